/**
 * The calendar invitation (.ics) of a request, sent on acceptance, on a date change and on
 * cancellation; the same event for both sides, with its sequence number.
 */
import { invitationFile } from '../../calendar.ts';
import type { AmbassadorRecord } from '../../records/ambassadors.ts';
import type { RequestRow } from '../../records/requests.ts';
import { INTERVENTIONS, LEVELS } from '../../../lib/vocabularies.ts';

export function invitationOf(
  deps: { siteUrl: string; settings: { siteName: string; contactEmail: string } },
  request: Pick<RequestRow, 'id' | 'intervention' | 'duration_minutes' | 'requester_name' | 'organisation_name' | 'level' | 'group_size'>,
  ambassador: Pick<AmbassadorRecord, 'public'>,
  start: Date,
  sequence: number,
  cancelled: boolean,
) {
  const kind = INTERVENTIONS[request.intervention as keyof typeof INTERVENTIONS] ?? request.intervention;
  return invitationFile({
    requestId: request.id,
    siteHost: new URL(deps.siteUrl).host,
    sequence,
    cancelled,
    start,
    durationMinutes: request.duration_minutes,
    title: `${kind} – ${ambassador.public.displayName}`,
    description: [
      request.organisation_name ?? request.requester_name,
      // A code of LEVELS, or a level typed freely before the list existed.
      request.level && (LEVELS[request.level as keyof typeof LEVELS] ?? request.level),
      `${request.group_size} participant(s)`,
    ]
      .filter(Boolean)
      .join(' – '),
    organizer: { name: deps.settings.siteName, email: deps.settings.contactEmail },
  });
}
