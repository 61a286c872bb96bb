/**
 * W2, the request's state machine. awaiting_requester_confirmation → (requester confirms)
 * sent → accepted | declined | expired | cancelled; accepted → done (after the date) |
 * cancelled. While sent, the ambassador may propose other slots (the requester then
 * accepts one) and the referent may reassign; once accepted, either side may move the date.
 * A request that is one invitation of a need sent to several ambassadors (src/lib/need.ts)
 * becomes filled_elsewhere when another invitation of the same need is accepted first.
 */
export const REQUEST_STATUSES = {
  awaiting_requester_confirmation: 'En attente de la confirmation du demandeur',
  sent: 'Envoyée, en attente de réponse',
  accepted: 'Acceptée',
  declined: 'Déclinée',
  expired: 'Expirée sans réponse',
  cancelled: 'Annulée',
  done: 'Réalisée',
  filled_elsewhere: 'Pourvue par un autre ambassadeur',
} as const;
export type RequestStatus = keyof typeof REQUEST_STATUSES;

export const REQUEST_EVENTS = [
  'confirm_requester',
  'accept',
  'decline',
  'propose_slots',
  'reassign',
  'reschedule',
  'cancel',
  'expire',
  'complete',
  'fill_elsewhere',
] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

const TRANSITIONS: Record<RequestStatus, Partial<Record<RequestEvent, RequestStatus>>> = {
  awaiting_requester_confirmation: { confirm_requester: 'sent', expire: 'expired' },
  sent: {
    accept: 'accepted',
    decline: 'declined',
    propose_slots: 'sent',
    reassign: 'sent',
    cancel: 'cancelled',
    expire: 'expired',
    fill_elsewhere: 'filled_elsewhere',
  },
  accepted: { reschedule: 'accepted', cancel: 'cancelled', complete: 'done' },
  declined: {},
  expired: {},
  cancelled: {},
  done: {},
  filled_elsewhere: {},
};

/** Statuses in which a request still counts against the ambassador and blocks a second one from the same requester. */
export const OPEN_STATUSES: readonly RequestStatus[] = ['awaiting_requester_confirmation', 'sent', 'accepted'];

/** Statuses in which the thread takes messages: not before the requester's confirmation, nor once declined, expired or cancelled. */
export const MESSAGE_STATUSES: readonly RequestStatus[] = ['sent', 'accepted', 'done'];

export class IllegalRequestTransition extends Error {
  override name = 'IllegalRequestTransition';
}

export function nextRequestStatus(status: RequestStatus, event: RequestEvent): RequestStatus {
  const next = TRANSITIONS[status][event];
  if (!next) throw new IllegalRequestTransition(`Transition impossible : ${event} depuis ${status}.`);
  return next;
}

export function canHappen(status: RequestStatus, event: RequestEvent): boolean {
  return TRANSITIONS[status][event] !== undefined;
}
