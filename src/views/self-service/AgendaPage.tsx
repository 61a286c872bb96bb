/**
 * « Mon agenda » (brief F10), in the ambassador's space: the requests to answer with their
 * deadline, the meetings to come and past ones (with the feedback still to give), the closed
 * requests, and the load of the last 30 days against the monthly capacity. Each entry opens its
 * thread from the session. A list of short entries, read on a phone as on a computer.
 */
import { Fragment, type ReactNode } from 'react';
import { departmentLabel } from '../../lib/directory.ts';
import { formatParis, formatParisDay } from '../../lib/paris-time.ts';
import { DURATIONS } from '../../lib/request.ts';
import { REQUEST_STATUSES, type RequestStatus } from '../../lib/request-status.ts';
import { INTERVENTIONS, MODALITIES } from '../../lib/vocabularies.ts';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { labelIn } from '../requests/ThreadDetails.tsx';
import { SignOutForm } from '../shared/SignOutForm.tsx';
import { AGENDA_PATH, SIGN_OUT_PATH, SPACE_FEEDBACK_PATH, SPACE_PATH, SPACE_THREAD_PATH } from './paths.ts';

/** One request of the agenda, as the workflow gives it (src/server/workflows/self-service/agenda.ts). */
export interface AgendaEntry {
  id: string;
  status: RequestStatus;
  /** While sent: who is expected to answer (the requester once the ambassador proposed other dates). */
  awaiting: 'ambassador' | 'requester';
  intervention: string;
  /** Who asks, as the thread and the mails name them. */
  requester: string;
  modality: string;
  /** The intervention's département, when the requester gave it. */
  department: string | null;
  durationMinutes: number;
  /** The start times proposed, while sent. */
  slots: readonly Date[];
  acceptedStart: Date | null;
  /** While the ambassador is to answer: sent + the answer deadline of the settings. */
  deadline: Date | null;
  deadlinePassed: boolean;
  closedAt: Date | null;
  /** Whether the ambassador's own feedback is recorded. */
  feedbackGiven: boolean;
}

export interface Agenda {
  /** Sent: those awaiting the ambassador first, soonest deadline first, then those awaiting the requester. */
  toAnswer: readonly AgendaEntry[];
  /** Accepted, still to come: soonest first. */
  upcoming: readonly AgendaEntry[];
  /** Done, or accepted with a start past: latest first. */
  past: readonly AgendaEntry[];
  /** Declined, expired or cancelled: latest first. */
  closed: readonly AgendaEntry[];
  /** What counts against the monthly capacity (the same count as the check made when someone asks). */
  load: { count: number; capacity: number; windowDays: number };
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

const titleOf = (e: AgendaEntry) => `${labelIn(INTERVENTIONS, e.intervention)} – ${e.requester}`;

const when = (e: AgendaEntry) =>
  `${formatParis(e.acceptedStart!)}, ${(DURATIONS as Readonly<Record<string, string>>)[String(e.durationMinutes)] ?? `${e.durationMinutes} minutes`}`;

const where = (e: AgendaEntry) =>
  e.modality === 'in_person' && e.department
    ? `${labelIn(MODALITIES, e.modality)}, ${departmentLabel(e.department)}`
    : labelIn(MODALITIES, e.modality);

const slotList = (e: AgendaEntry) => e.slots.map(formatParis).join(' ; ');

type Fact = [term: string, description: ReactNode];

function toAnswerFacts(e: AgendaEntry): Fact[] {
  if (e.awaiting === 'requester')
    return [
      ['État', 'Vous avez proposé d’autres dates : le demandeur doit en choisir une.'],
      ['Dates proposées', slotList(e)],
      ['Modalité', where(e)],
    ];
  return [
    [
      'À répondre avant le',
      e.deadlinePassed ? `${formatParisDay(e.deadline!)} : délai dépassé, répondez dès que possible` : formatParisDay(e.deadline!),
    ],
    ['Créneaux proposés', slotList(e)],
    ['Modalité', where(e)],
  ];
}

const upcomingFacts = (e: AgendaEntry): Fact[] => [
  ['Date', when(e)],
  ['Modalité', where(e)],
];

function pastFacts(e: AgendaEntry): Fact[] {
  const feedback: ReactNode = e.feedbackGiven ? (
    'Donné, merci !'
  ) : e.status === 'done' ? (
    <a href={`${SPACE_FEEDBACK_PATH}?demande=${e.id}`}>
      Donner mon avis<span className="sr-only">{` sur ${titleOf(e)}`}</span>
    </a>
  ) : (
    'Il vous sera demandé par courriel à la fin du rendez-vous.'
  );
  return [
    ['Date', when(e)],
    ['Modalité', where(e)],
    ['Votre avis', feedback],
  ];
}

const closedFacts = (e: AgendaEntry): Fact[] => [
  ['État', REQUEST_STATUSES[e.status]],
  ...(e.closedAt ? [['Close le', formatParisDay(e.closedAt)] as Fact] : []),
];

function Section({
  id,
  title,
  entries,
  empty,
  facts,
}: {
  id: string;
  title: string;
  entries: readonly AgendaEntry[];
  empty: string;
  facts: (e: AgendaEntry) => Fact[];
}) {
  return (
    <section className="page-section" aria-labelledby={id}>
      <h2 id={id}>{`${title} (${entries.length})`}</h2>
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="plain agenda">
          {entries.map((e) => (
            <li key={e.id}>
              <h3>
                <a href={`${SPACE_THREAD_PATH}?demande=${e.id}`}>{titleOf(e)}</a>
              </h3>
              <dl>
                {facts(e).map(([term, description]) => (
                  <Fragment key={term}>
                    <dt>{term}</dt>
                    <dd>{description}</dd>
                  </Fragment>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function AgendaPage({ agenda }: { agenda: Agenda }) {
  const { count, capacity, windowDays } = agenda.load;
  return (
    <FunctionPage title="Mon agenda">
      <p>
        <a href={SPACE_PATH}>Gérer mon profil</a>
      </p>
      <SignOutForm action={SIGN_OUT_PATH} />
      <p>
        {`Sur les ${windowDays} derniers jours : `}
        <strong>{`${plural(count, 'demande')} sur ${capacity}`}</strong>
        {` au plus par mois${count >= capacity ? ' : vous avez atteint votre disponibilité, on ne peut plus vous solliciter pour l’instant.' : '.'}`}
      </p>
      <p className="hint">
        {`Comptent les demandes reçues ces ${windowDays} derniers jours qui attendent une réponse, sont acceptées ou réalisées. Au-delà, les plus anciennes ne comptent plus. `}
        <a href={`${SPACE_PATH}#monthlyCapacity`}>Changer ma disponibilité</a>
      </p>
      <p>Chaque demande s’ouvre sur sa messagerie, où vous pouvez répondre et écrire au demandeur.</p>
      <Section
        id="titre-a-traiter"
        title="Demandes à traiter"
        entries={agenda.toAnswer}
        empty="Aucune demande n’attend votre réponse."
        facts={toAnswerFacts}
      />
      <Section
        id="titre-a-venir"
        title="Rendez-vous à venir"
        entries={agenda.upcoming}
        empty="Aucun rendez-vous à venir."
        facts={upcomingFacts}
      />
      <Section id="titre-passes" title="Rendez-vous passés" entries={agenda.past} empty="Aucun rendez-vous passé." facts={pastFacts} />
      <Section
        id="titre-closes"
        title="Demandes closes"
        entries={agenda.closed}
        empty="Aucune demande déclinée, expirée ou annulée."
        facts={closedFacts}
      />
    </FunctionPage>
  );
}

/** A request that is not (or no longer) the signed-in ambassador's: reassigned, or a mistyped address. */
export function AgendaRequestNotFoundPage() {
  return (
    <FunctionPage title="Demande introuvable">
      <p>
        {'Cette demande n’est pas dans votre agenda : elle a peut-être été confiée à un autre ambassadeur. '}
        <a href={AGENDA_PATH}>Retour à mon agenda</a>
      </p>
    </FunctionPage>
  );
}
