/**
 * What the thread page shows, as the workflow gives it (src/server/workflows/requests/thread.ts):
 * described here structurally, since views never import src/server.
 */
import type { RequestStatus } from '../../lib/request-status.ts';
import type { Errors } from '../form/Field.tsx';

export type Side = 'requester' | 'ambassador';

export interface ThreadData {
  /** Whose link opened the thread. */
  side: Side;
  request: {
    status: RequestStatus;
    awaiting: Side;
    requester_name: string;
    requester_role: string | null;
    organisation_name: string | null;
    uai: string | null;
    requester_department: string | null;
    intervention: string;
    public: string;
    level: string | null;
    theme?: string | null;
    group_size: number;
    modality: string;
    accompanied_by: string | null;
    duration_minutes: number;
    slots: readonly string[];
    accepted_start: Date | null;
    message: string;
  };
  /** The ambassador assigned now. */
  ambassador: { id: string; public: { displayName: string; jobTitle: string } };
  /** As this side may see them: an ambassador sees only the messages of their own assignment. */
  messages: readonly {
    author: Side | 'referent';
    /** The ambassador of the conversation; null for a referent's, or once that account is deleted. */
    ambassador_id: string | null;
    authorName: string;
    body: string;
    created_at: Date;
  }[];
  /** For an invitation of a need sent to several ambassadors: to how many it went. */
  need?: { invited: number } | null;
  /** Issue 11: a company's confirmed members, to whom it may entrust the request (« confier à … »). */
  members?: readonly { value: string; label: string }[];
}

/** The form of the thread that was sent and refused: its action, its errors, what was typed. */
export interface SentForm {
  action?: string | undefined;
  errors: Errors;
  posted: Readonly<Record<string, unknown>>;
}

/** The errors and typed values of one action's form (none unless it is the form that was sent). */
export function formOf(sent: SentForm | undefined, action: string) {
  const mine = sent?.action === action;
  return {
    errors: mine ? sent.errors : {},
    value: (name: string) => (mine && typeof sent.posted[name] === 'string' ? (sent.posted[name] as string) : ''),
  };
}
