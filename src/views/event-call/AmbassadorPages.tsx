/**
 * The pages the call's emailed links open (brief W3: the GET shows, only the button's POST acts):
 * the answer to an invitation (yes or no, the link's choice first), « Gérer ma participation »
 * (withdraw), what was done, and why a link cannot be used.
 */
import type { AnswerCode } from '../../lib/forms/event-call.ts';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { LinkProblemPage } from '../shared/LinkPages.tsx';
import { MessagePage } from '../shared/MessagePage.tsx';
import { EventFacts } from './EventFacts.tsx';
import { EVENT_ANSWER_PATH, EVENT_PARTICIPATION_PATH } from './paths.ts';
import type { EventSummary } from './types.ts';

const CHOICES: Record<AnswerCode, { intro: string; button: string; other: string }> = {
  oui: {
    intro: 'Vous participez ? Confirmez avec ce bouton : vous êtes confirmé s’il reste une place, sinon inscrit sur la liste d’attente.',
    button: 'Oui, je participe',
    other: 'Vous pouvez venir, finalement ?',
  },
  non: {
    intro: 'Vous ne pourrez pas venir ? Dites-le avec ce bouton : nous ne vous relancerons pas pour cet événement.',
    button: 'Non, je ne pourrai pas venir',
    other: 'Vous ne pourrez pas venir ?',
  },
};

function AnswerForm({ token, answer, secondary = false }: { token: string; answer: AnswerCode; secondary?: boolean }) {
  return (
    <PostForm action={EVENT_ANSWER_PATH} hidden={{ jeton: token, reponse: answer }}>
      {secondary ? (
        <button className="button secondary" type="submit">
          {CHOICES[answer].button}
        </button>
      ) : (
        <SubmitButton>{CHOICES[answer].button}</SubmitButton>
      )}
    </PostForm>
  );
}

/** GET of an answer link: the event, the link's answer to confirm, and the other one. */
export function AnswerPage({
  token,
  event,
  name,
  chosen,
}: {
  token: string;
  event: EventSummary;
  name: string;
  chosen: AnswerCode | undefined;
}) {
  const first = chosen ?? 'oui';
  const other: AnswerCode = first === 'oui' ? 'non' : 'oui';
  return (
    <FunctionPage title={`Invitation : ${event.title}`}>
      <p>{`Bonjour ${name}, vous êtes invité à présenter votre métier ou votre formation à cet événement.`}</p>
      <EventFacts event={event} />
      <h2>Votre réponse</h2>
      {chosen ? <p>{CHOICES[first].intro}</p> : <p>Choisissez votre réponse.</p>}
      <AnswerForm token={token} answer={first} />
      {chosen && <p>{CHOICES[other].other}</p>}
      <AnswerForm token={token} answer={other} secondary={chosen !== undefined} />
    </FunctionPage>
  );
}

export type AnswerOutcome = { outcome: 'confirmed' | 'declined' } | { outcome: 'waiting'; position: number };

export function AnswerDonePage({ result, event }: { result: AnswerOutcome; event: EventSummary }) {
  if (result.outcome === 'confirmed')
    return (
      <MessagePage
        title="Votre participation est confirmée"
        paragraphs={[
          `Merci ! Vous participez à « ${event.title} », ${event.dates}.`,
          'Vous venez de recevoir un courriel avec le fichier pour votre agenda et le lien pour vous désister si besoin. Votre profil sera présenté sur la page de l’événement.',
        ]}
      />
    );
  if (result.outcome === 'waiting')
    return (
      <MessagePage
        title="L’événement est complet"
        paragraphs={[
          `Merci de votre réponse. Les places prévues pour les ambassadeurs à « ${event.title} » sont déjà prises : vous êtes sur la liste d’attente, en position ${result.position}.`,
          'Si une place se libère, vous serez confirmé dans l’ordre de la liste et prévenu par courriel. Un courriel vient de vous le confirmer, avec le lien pour quitter la liste.',
        ]}
      />
    );
  return (
    <MessagePage
      title="Merci de votre réponse"
      paragraphs={[`Votre réponse est enregistrée : vous ne participerez pas à « ${event.title} ».`]}
    />
  );
}

/** GET of « Gérer ma participation »: where the ambassador stands, and the button to withdraw. */
export function ParticipationPage({
  token,
  event,
  name,
  position,
}: {
  token: string;
  event: EventSummary;
  name: string;
  /** On the waiting list at this position; undefined when confirmed. */
  position: number | undefined;
}) {
  const waiting = position !== undefined;
  return (
    <FunctionPage title={`Ma participation : ${event.title}`}>
      <p role="status">
        {waiting
          ? `Bonjour ${name}, vous êtes sur la liste d’attente, en position ${position}. Si une place se libère, vous serez confirmé et prévenu par courriel.`
          : `Bonjour ${name}, votre participation est confirmée.`}
      </p>
      <EventFacts event={event} />
      <h2>{waiting ? 'Quitter la liste d’attente' : 'Vous ne pouvez plus venir ?'}</h2>
      <p>
        {waiting
          ? 'Si vous ne souhaitez plus attendre, quittez la liste : les suivants avancent d’une place.'
          : 'Dites-le ici : votre place ira à la première personne de la liste d’attente, et votre profil ne sera plus présenté sur la page de l’événement.'}
      </p>
      <PostForm action={EVENT_PARTICIPATION_PATH} hidden={{ jeton: token }}>
        <SubmitButton danger>{waiting ? 'Quitter la liste d’attente' : 'Me désister'}</SubmitButton>
      </PostForm>
    </FunctionPage>
  );
}

export function WithdrawnPage({ event, wasConfirmed }: { event: EventSummary; wasConfirmed: boolean }) {
  return (
    <MessagePage
      title="C’est noté"
      paragraphs={[
        wasConfirmed
          ? `Vous ne participez plus à « ${event.title} » : votre place est libérée pour la personne suivante de la liste d’attente. Pensez à retirer l’événement de votre agenda.`
          : `Vous avez quitté la liste d’attente de « ${event.title} ».`,
        'Merci de l’avoir signalé.',
      ]}
    />
  );
}

export type EventLinkProblem = 'unknown' | 'expired' | 'used' | 'event_gone' | 'closed';

const PROBLEMS: Record<'answer' | 'participation', Record<EventLinkProblem, string>> = {
  answer: {
    unknown: 'Ce lien n’est pas valide : vérifiez qu’il est complet, ou utilisez le dernier courriel reçu.',
    expired: 'Ce lien a expiré : les réponses sont closes au début de l’événement.',
    used: 'Vous avez déjà répondu à cette invitation. Pour vous désister, utilisez le lien « Gérer ma participation » du courriel reçu après votre réponse.',
    event_gone: 'Cet événement n’est plus à l’agenda du réseau : aucune réponse n’est attendue.',
    closed: 'L’événement a commencé : les réponses sont closes.',
  },
  participation: {
    unknown: 'Ce lien n’est pas valide : vérifiez qu’il est complet, ou utilisez le dernier courriel reçu.',
    expired: 'Ce lien a expiré : les désistements sont clos au début de l’événement.',
    used: 'Vous n’êtes plus inscrit à cet événement : votre désistement est déjà enregistré.',
    event_gone: 'Cet événement n’est plus à l’agenda du réseau.',
    closed: 'L’événement a commencé : pour un empêchement de dernière minute, prévenez le référent de votre département.',
  },
};

export function EventLinkProblemPage({ link, problem }: { link: 'answer' | 'participation'; problem: EventLinkProblem }) {
  return (
    <LinkProblemPage explanation={PROBLEMS[link][problem]}>
      <p>
        <a href="/agenda/">Voir l’agenda du réseau</a>
      </p>
    </LinkProblemPage>
  );
}
