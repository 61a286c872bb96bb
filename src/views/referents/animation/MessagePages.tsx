/**
 * « Écrire aux ambassadeurs » (issue F, part 2): the form (the message, then its recipients
 * within the referent's territory), the preview (the mail as the same view renders it, the number
 * of recipients, the button that sends), and the referent's latest messages.
 */
import { ANIMATION_FIELDS as F } from '../../../lib/forms/animation.ts';
import { summaryLabels } from '../../../lib/forms/field.ts';
import type { FieldValues } from '../../../lib/forms/values.ts';
import { departmentLabel } from '../../../lib/directory.ts';
import { formatNewsDate } from '../../../lib/news.ts';
import { formatParis } from '../../../lib/paris-time.ts';
import { AMBASSADOR_TYPES, SECTORS } from '../../../lib/vocabularies.ts';
import { Checkboxes } from '../../form/Choices.tsx';
import { ErrorSummary } from '../../form/ErrorSummary.tsx';
import { TextArea, TextField, type Errors, type Options } from '../../form/Field.tsx';
import { PostForm, SubmitButton } from '../../form/PostForm.tsx';
import { MailBody, mailText, type MailContent } from '../../mail/MailLayout.tsx';
import { MESSAGES_PATH, ReferentPage, type ReferentIdentity } from '../ReferentPage.tsx';

const LABELS = summaryLabels(F);

export interface SentMessageView {
  subject: string;
  createdAt: Date;
  recipients: number;
  sent: number;
}

/** The message and its recipients as posted (what the preview's forms post again). */
export interface DraftView {
  subject: string;
  body: string;
  newsUrl?: string | undefined;
  departments: readonly string[];
  sectors: readonly string[];
  types: readonly string[];
  neverSolicited: boolean;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n >= 2 ? many : one}`;

export function MessageFormPage({
  referent,
  news,
  departments,
  values,
  errors = {},
  sentToday,
  done,
  messages,
}: {
  referent: ReferentIdentity;
  /** The news items a message may start from, the most recent first. */
  news: readonly { id: string; title: string; date: Date }[];
  /** The départements the referent may write to (all the Région's for the coordinator). */
  departments: Options;
  values: FieldValues;
  errors?: Errors;
  /** The message of the day is already sent: a new one waits until tomorrow. */
  sentToday: boolean;
  done?: string | undefined;
  messages: readonly SentMessageView[];
}) {
  const newsUrl = values.text('newsUrl');
  const chosen = values.list('departments');
  return (
    <ReferentPage title="Écrire aux ambassadeurs" referent={referent}>
      {done && (
        <p className="status-message" role="status">
          {done}
        </p>
      )}
      <ErrorSummary errors={errors} labels={LABELS} />
      <p>
        Un message aux ambassadeurs publiés de votre territoire, par courriel : vous le relisez et voyez le nombre de destinataires avant de
        l’envoyer. Un message par jour au plus. Chaque courriel porte un lien pour ne plus recevoir ces messages ; les ambassadeurs qui
        l’ont utilisé ne les reçoivent pas (les demandes d’intervention leur parviennent toujours).
      </p>
      {sentToday && (
        <p className="status-message" role="status">
          Vous avez déjà envoyé votre message d’aujourd’hui : le prochain pourra partir demain.
        </p>
      )}
      <FromNews news={news} />
      <PostForm action={MESSAGES_PATH} hidden={{ etape: 'apercu', ...(newsUrl ? { newsUrl } : {}) }}>
        <section className="page-section" aria-labelledby="titre-message">
          <h2 id="titre-message">Le message</h2>
          <TextField {...F.subject} defaultValue={values.text('subject')} errors={errors} />
          <TextArea {...F.body} defaultValue={values.text('body')} errors={errors} />
          {newsUrl && <p className="hint">{`Le courriel se termine par un bouton « Lire l’actualité » vers ${newsUrl}.`}</p>}
        </section>
        <section className="page-section" aria-labelledby="titre-destinataires">
          <h2 id="titre-destinataires">Les destinataires</h2>
          <Checkboxes
            {...F.departments}
            options={departments}
            values={values.list('departments').length > 0 || errors.departments ? chosen : Object.keys(toRecord(departments))}
            errors={errors}
          />
          <Checkboxes {...F.sectors} options={SECTORS} values={values.list('sectors')} errors={errors} />
          <Checkboxes {...F.types} options={AMBASSADOR_TYPES} values={values.list('types')} errors={errors} />
          <Checkboxes
            {...F.neverSolicited}
            options={{ oui: 'Seulement les ambassadeurs jamais sollicités' }}
            values={[values.text('neverSolicited')]}
            errors={errors}
          />
        </section>
        <SubmitButton>Voir l’aperçu et le nombre de destinataires</SubmitButton>
      </PostForm>
      <LatestMessages messages={messages} />
    </ReferentPage>
  );
}

/** A GET form: the message filled with a news item (its title, its summary, a button to its page). */
function FromNews({ news }: { news: readonly { id: string; title: string; date: Date }[] }) {
  if (news.length === 0) return null;
  return (
    <form method="get" action={MESSAGES_PATH} className="page-section">
      <div className="field">
        <label htmlFor="actualite">Partir d’une actualité (facultatif)</label>
        <p className="hint" id="actualite-aide">
          Son titre devient l’objet et son résumé le texte, que vous pouvez modifier ; le courriel se termine par un bouton vers
          l’actualité.
        </p>
        <select id="actualite" name="actualite" aria-describedby="actualite-aide">
          {news.map((n) => (
            <option key={n.id} value={n.id}>
              {`${formatNewsDate(n.date)} : ${n.title}`}
            </option>
          ))}
        </select>
      </div>
      <button className="button secondary" type="submit">
        Reprendre cette actualité
      </button>
    </form>
  );
}

function toRecord(options: Options): Record<string, string> {
  return Array.isArray(options) ? Object.fromEntries(options.map((o) => [o.value, o.label])) : (options as Record<string, string>);
}

function LatestMessages({ messages }: { messages: readonly SentMessageView[] }) {
  if (messages.length === 0) return null;
  return (
    <section className="page-section" aria-labelledby="titre-envoyes">
      <h2 id="titre-envoyes">Mes derniers messages</h2>
      <ul>
        {messages.map((m) => (
          <li key={m.createdAt.toISOString()}>
            {`${formatParis(m.createdAt)} : « ${m.subject} », ${plural(m.recipients, 'destinataire', 'destinataires')}, ${plural(m.sent, 'courriel parti', 'courriels partis')}.`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The draft again, as hidden fields (lists as repeated keys). */
function DraftFields({ draft }: { draft: DraftView }) {
  const hidden = (name: string, value: string, key = name) => <input key={key} type="hidden" name={name} value={value} />;
  return (
    <>
      {hidden('subject', draft.subject)}
      {hidden('body', draft.body)}
      {draft.newsUrl && hidden('newsUrl', draft.newsUrl)}
      {draft.departments.map((d) => hidden('departments', d, `departments-${d}`))}
      {draft.sectors.map((s) => hidden('sectors', s, `sectors-${s}`))}
      {draft.types.map((t) => hidden('types', t, `types-${t}`))}
      {draft.neverSolicited && hidden('neverSolicited', 'oui')}
    </>
  );
}

function audienceSentence(draft: DraftView): string {
  const parts = [`départements ${draft.departments.map(departmentLabel).join(', ')}`];
  parts.push(
    draft.sectors.length > 0
      ? `secteurs ${draft.sectors.map((s) => SECTORS[s as keyof typeof SECTORS] ?? s).join(', ')}`
      : 'tous les secteurs',
  );
  parts.push(
    draft.types.length > 0
      ? `types ${draft.types.map((t) => AMBASSADOR_TYPES[t as keyof typeof AMBASSADOR_TYPES] ?? t).join(', ')}`
      : 'tous les types d’ambassadeur',
  );
  if (draft.neverSolicited) parts.push('jamais sollicités seulement');
  return parts.join(' ; ');
}

export function MessagePreviewPage({
  referent,
  draft,
  recipients,
  subject,
  mail,
  changedFrom,
}: {
  referent: ReferentIdentity;
  draft: DraftView;
  recipients: number;
  /** The subject as sent (on one line). */
  subject: string;
  /** The mail as the view renders it, with an example unsubscribe link. */
  mail: MailContent;
  /** The number of recipients shown before, when it has changed since. */
  changedFrom?: number | undefined;
}) {
  const count = plural(recipients, 'ambassadeur', 'ambassadeurs');
  return (
    <ReferentPage title="Aperçu du message" referent={referent}>
      {changedFrom !== undefined && (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p>{`Le nombre de destinataires a changé depuis l’aperçu : ${recipients.toLocaleString('fr-FR')} au lieu de ${changedFrom.toLocaleString('fr-FR')}. Rien n’est parti : vérifiez, puis envoyez.`}</p>
        </div>
      )}
      <p className="status-message" role="status">
        {`Ce message partira vers ${count} (${audienceSentence(draft)}).`}
      </p>
      <section className="page-section" aria-labelledby="titre-apercu">
        <h2 id="titre-apercu">Le courriel</h2>
        <p>
          <strong>Objet : </strong>
          {subject}
        </p>
        <div className="card">
          <MailBody {...mail} styled={false} />
        </div>
        <p className="hint">
          Chaque destinataire reçoit son propre lien de désabonnement (celui de l’aperçu est un exemple) ; sa messagerie peut aussi proposer
          un bouton « Se désabonner », qui agit aussitôt.
        </p>
        <details>
          <summary>Version texte du courriel</summary>
          <pre className="mail-text">{mailText(mail)}</pre>
        </details>
      </section>
      <PostForm action={MESSAGES_PATH} hidden={{ etape: 'envoyer', destinataires: String(recipients) }}>
        <DraftFields draft={draft} />
        <SubmitButton>{`Envoyer à ${count}`}</SubmitButton>
      </PostForm>
      <PostForm action={MESSAGES_PATH} hidden={{ etape: 'modifier' }}>
        <DraftFields draft={draft} />
        <button className="button secondary" type="submit">
          Modifier le message
        </button>
      </PostForm>
    </ReferentPage>
  );
}
