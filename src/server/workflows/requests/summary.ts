/**
 * The few facts of a request that its mails repeat (intervention, public, who asks, to whom).
 */
import type { PublicSnapshot } from '../../directory-snapshot.ts';
import type { RequestSummary } from '../../mail/request-templates.ts';
import type { RequestRow } from '../../records/requests.ts';

export function summaryOf(
  request: Pick<RequestRow, 'intervention' | 'public' | 'requester_name' | 'organisation_name'> & { theme?: string | null | undefined },
  ambassador: { public: PublicSnapshot },
): RequestSummary {
  return {
    intervention: request.intervention,
    public: request.public,
    requesterName: request.requester_name,
    organisationName: request.organisation_name,
    ambassadorName: ambassador.public.displayName,
    theme: request.theme ?? null,
  };
}
