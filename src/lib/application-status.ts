/**
 * W1, the application's state machine: submitted → (email confirmed) confirmed →
 * (referent) approved | rejected. Unconfirmed applications expire and are purged.
 */
export const APPLICATION_STATUSES = {
  submitted: 'En attente de confirmation de l’adresse',
  confirmed: 'À valider par le référent',
  approved: 'Validée, profil publié',
  rejected: 'Refusée',
} as const;
export type ApplicationStatus = keyof typeof APPLICATION_STATUSES;

export type ApplicationEvent = 'confirm_email' | 'approve' | 'reject';

const TRANSITIONS: Record<ApplicationStatus, Partial<Record<ApplicationEvent, ApplicationStatus>>> = {
  submitted: { confirm_email: 'confirmed' },
  confirmed: { approve: 'approved', reject: 'rejected' },
  approved: {},
  rejected: {},
};

export class IllegalTransition extends Error {
  override name = 'IllegalTransition';
}

export function nextApplicationStatus(status: ApplicationStatus, event: ApplicationEvent): ApplicationStatus {
  const next = TRANSITIONS[status][event];
  if (!next) throw new IllegalTransition(`Transition impossible : ${event} depuis ${status}.`);
  return next;
}
