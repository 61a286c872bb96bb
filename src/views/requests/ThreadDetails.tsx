/** What was asked, as a list of terms: who asks, whom, where, what, for whom, when, and the first message. */
import { Fragment } from 'react';
import { departmentLabel } from '../../lib/directory.ts';
import { formatParis } from '../../lib/paris-time.ts';
import { DURATIONS } from '../../lib/request.ts';
import { INTERVENTIONS, LEVELS, MODALITIES, PUBLICS, THEMES } from '../../lib/vocabularies.ts';
import type { ThreadData } from './thread-types.ts';

/** A code's label in a vocabulary, else the code itself. */
export const labelIn = (vocabulary: Readonly<Record<string, string>>, code: string): string => vocabulary[code] ?? code;

function details({ request: r, ambassador }: ThreadData): [term: string, description: string][] {
  const requester = [r.requester_name, r.requester_role, r.organisation_name, r.uai ? `UAI ${r.uai}` : null].filter(Boolean).join(', ');
  const duration = (DURATIONS as Readonly<Record<string, string>>)[String(r.duration_minutes)] ?? `${r.duration_minutes} minutes`;
  const decided = r.status === 'accepted' || r.status === 'done';
  return [
    ['Demandeur', requester],
    ['Ambassadeur', `${ambassador.public.displayName}, ${ambassador.public.jobTitle}`],
    ...(r.requester_department ? [['Département', departmentLabel(r.requester_department)] as [string, string]] : []),
    ['Intervention', `${labelIn(INTERVENTIONS, r.intervention)}, ${labelIn(MODALITIES, r.modality).toLowerCase()}, ${duration}`],
    // A level is a code of LEVELS; one typed freely before the list existed shows as typed.
    [
      'Public',
      `${labelIn(PUBLICS, r.public)}${r.level ? `, ${labelIn(LEVELS, r.level)}` : ''}, ${r.group_size} participant${r.group_size > 1 ? 's' : ''}`,
    ],
    ...(r.theme ? [['Thème transversal', labelIn(THEMES, r.theme)] as [string, string]] : []),
    ...(r.accompanied_by ? [['Accompagnement', r.accompanied_by] as [string, string]] : []),
    [
      decided ? 'Date retenue' : r.awaiting === 'requester' ? 'Dates proposées par l’ambassadeur' : 'Créneaux proposés',
      r.accepted_start && r.status !== 'sent' ? formatParis(r.accepted_start) : r.slots.map((s) => formatParis(new Date(s))).join(' ; '),
    ],
    ['Message initial', r.message],
  ];
}

export function ThreadDetails({ thread }: { thread: ThreadData }) {
  return (
    <dl>
      {details(thread).map(([term, description]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{description}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
