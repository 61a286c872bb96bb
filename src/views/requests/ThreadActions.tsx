/**
 * What this side can do now, one form per action: accept a slot, propose others, decline,
 * move the date, cancel. Each form's ids start with its action, so they stay unique on the page.
 */
import type { ReactNode } from 'react';
import { THREAD_FIELDS as F } from '../../lib/forms/request.ts';
import { formatParis } from '../../lib/paris-time.ts';
import { Radios } from '../form/Choices.tsx';
import { Select, TextArea, TextField } from '../form/Field.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { formOf, type SentForm, type ThreadData } from './thread-types.ts';

/** One action: a titled section around a form posted to the thread with the link's token. */
export function ActionSection({
  id,
  title,
  token,
  action,
  intro,
  children,
}: {
  id: string;
  title: string;
  token: string;
  action: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section className="page-section" aria-labelledby={`titre-${id}`}>
      <h2 id={`titre-${id}`}>{title}</h2>
      {intro && <p>{intro}</p>}
      <PostForm action="/api/demandes/fil" hidden={{ jeton: token, action }}>
        {children}
      </PostForm>
    </section>
  );
}

/** The slots to propose (three, the first required) or the new date (one). */
function SlotFields({ action, count, sent }: { action: string; count: 1 | 3; sent: SentForm | undefined }) {
  const { errors, value } = formOf(sent, action);
  const specs = count === 1 ? [{ ...F.slot1, label: 'Nouvelle date et heure' }] : [F.slot1, F.slot2, F.slot3];
  return (
    <>
      {specs.map((spec) => (
        <TextField key={spec.name} {...spec} idPrefix={action} defaultValue={value(spec.name)} errors={errors} />
      ))}
    </>
  );
}

/** A text for the other side, under the label this action gives it. */
function Body({
  action,
  label,
  hint,
  optional,
  sent,
}: {
  action: string;
  label: string;
  hint?: string;
  optional?: boolean;
  sent: SentForm | undefined;
}) {
  const { errors, value } = formOf(sent, action);
  return (
    <TextArea
      {...F.body}
      label={label}
      {...(hint ? { hint } : {})}
      required={!optional}
      idPrefix={action}
      defaultValue={value('body')}
      errors={errors}
    />
  );
}

export function ThreadActions({ thread: t, token, sent }: { thread: ThreadData; token: string; sent?: SentForm | undefined }) {
  const r = t.request;
  const awaitingMe = r.status === 'sent' && r.awaiting === t.side;
  const accept = formOf(sent, 'accept');
  return (
    <>
      {awaitingMe && r.slots.length > 0 && (
        <ActionSection id="accepter" title="Accepter" token={token} action="accept">
          <Radios
            {...F.slot}
            idPrefix="accept"
            options={r.slots.map((s, i) => ({ value: String(i), label: formatParis(new Date(s)) }))}
            value={accept.value('slot')}
            errors={accept.errors}
          />
          <SubmitButton>Accepter ce créneau</SubmitButton>
        </ActionSection>
      )}
      {awaitingMe && t.side === 'ambassador' && (
        <>
          <ActionSection id="proposer" title="Proposer d’autres dates" token={token} action="propose">
            <SlotFields action="propose" count={3} sent={sent} />
            <Body action="propose" label="Un mot pour la personne (facultatif)" optional sent={sent} />
            <SubmitButton>Proposer ces dates</SubmitButton>
          </ActionSection>
          <ActionSection id="decliner" title="Décliner" token={token} action="decline">
            <Body
              action="decline"
              label="Votre message à la personne"
              hint={
                t.need
                  ? 'Quelques mots suffisent : le besoin reste proposé aux autres ambassadeurs.'
                  : 'Quelques mots suffisent : elle recevra aussi des suggestions d’autres ambassadeurs.'
              }
              sent={sent}
            />
            <SubmitButton danger>Décliner la demande</SubmitButton>
          </ActionSection>
        </>
      )}
      {r.status === 'sent' && t.side === 'ambassador' && t.members && t.members.length > 0 && (
        <ActionSection
          id="confier"
          title="Confier à un membre de votre structure"
          token={token}
          action="entrust"
          intro="La demande lui est transmise avec les créneaux de la personne ; elle est prévenue de qui viendra. Ce lien ne servira plus pour cette demande."
        >
          <Select
            name="member"
            label="Ambassadeur de votre structure"
            idPrefix="entrust"
            options={t.members}
            placeholder="Choisissez un membre"
            required
            errors={formOf(sent, 'entrust').errors}
          />
          <SubmitButton>Confier la demande</SubmitButton>
        </ActionSection>
      )}
      {r.status === 'accepted' && (
        <ActionSection
          id="deplacer"
          title="Déplacer l’intervention"
          token={token}
          action="reschedule"
          intro="Mettez-vous d’accord par message, puis indiquez la nouvelle date : les deux agendas sont mis à jour."
        >
          <SlotFields action="reschedule" count={1} sent={sent} />
          <SubmitButton>Enregistrer la nouvelle date</SubmitButton>
        </ActionSection>
      )}
      {(r.status === 'accepted' || (r.status === 'sent' && t.side === 'requester')) && (
        <ActionSection id="annuler" title="Annuler" token={token} action="cancel">
          <Body action="cancel" label="Un mot d’explication (facultatif)" optional sent={sent} />
          <SubmitButton danger>Annuler la demande</SubmitButton>
        </ActionSection>
      )}
    </>
  );
}
