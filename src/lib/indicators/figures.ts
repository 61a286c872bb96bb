/**
 * The figures of the referents' dashboard as data: computed by src/server/indicators, shown by
 * src/views/referents/dashboard. Numbers only (no name, no address); a "key" is a vocabulary code,
 * a département code or a status, "" when the fact is unknown.
 */
import type { RequestStatus } from '../request-status.ts';

/** A median and a 9th decile, in days; null when nothing was measured. */
export interface Spread {
  median: number | null;
  p90: number | null;
}

export interface KeyCount {
  key: string;
  count: number;
}

/** Figures 1, 3, 4 for one group of ambassadors (a type, a sector, a département, or all). */
export interface SupplyCounts {
  /** Published and not paused on the last day of the period (those who left since included). */
  available: number;
  /** Published, paused today. */
  paused: number;
  /** Figure 3. */
  active: number;
  /** Published for more than 90 days on the last day of the period (figure 4's denominator). */
  longPublished: number;
  /** Figure 4. */
  neverSolicited: number;
  /** Counted in `available` though their account has been deleted since. */
  departed: number;
}

export interface NetworkFigures {
  total: SupplyCounts;
  byType: (SupplyCounts & { key: string })[];
  bySector: (SupplyCounts & { key: string })[];
  byDepartment: (SupplyCounts & { key: string })[];
  /** An ambassador in each theme they speak of; key '' for those who name none. */
  byTheme: (SupplyCounts & { key: string })[];
}

/** Figure 2. */
export interface ApplicationFigures {
  /** Today: confirmed, waiting for a referent's decision. */
  toValidate: number;
  waiting: { under7Days: number; from7To14Days: number; over14Days: number; medianDays: number | null; oldestDays: number | null };
  submitted: number;
  confirmed: number;
  approved: number;
  rejected: number;
  decisionDays: Spread;
}

/** Figures 6, 8, 9, 10, 11. */
export interface FlowFigures {
  sent: number;
  byStatus: Record<RequestStatus, number>;
  byRequesterKind: KeyCount[];
  byIntervention: KeyCount[];
  byPublic: KeyCount[];
  byModality: KeyCount[];
  /** By the request's transversal theme; key '' for a request without one. */
  byTheme: KeyCount[];
  bySector: KeyCount[];
  byTerritory: KeyCount[];
  /** Of those sent in the period, still waiting for an answer today. */
  open: {
    /** Waiting for the ambassador, by days since the sending to the current ambassador. */
    beforeFirstReminder: number;
    afterFirstReminder: number;
    afterSecondReminder: number;
    pastDeadline: number;
    /** Other slots proposed, waiting for the requester. */
    awaitingRequester: number;
    /** Accepted, the intervention still to come. */
    upcoming: number;
  };
  /** Figure 8: `due` = inTime + late + unanswered; `pending` are still within the deadline. */
  response: { due: number; inTime: number; late: number; unanswered: number; pending: number };
  /** Figure 10. */
  firstAnswer: Spread & { answered: number };
  /** Figure 11. */
  escalations: { escalated: number; reassigned: number; accepted: number; resolved: number; resolutionDays: number | null };
}

/** Figure 12. */
export interface SupplyDemandFigures {
  unmet: { total: number; expired: number; declined: number; cancelledAfterEscalation: number };
  /** One row per département × sector with requests or available ambassadors, in the scope's order then the sectors'. */
  rows: {
    department: string;
    sector: string;
    requests: number;
    unmet: number;
    /** Requests sent from a commune that no available ambassador of the sector covered by their zone of intervention. */
    outsideZones: number;
    available: number;
    whiteZone: boolean;
  }[];
  unmetBySector: KeyCount[];
}

/** Figure 13: needs sent to several ambassadors in the period. */
export interface NeedFigures {
  sent: number;
  /** Accepted by one of the invited ambassadors (or by the one a referent handed it to). */
  filled: number;
  /** Closed without an acceptance. */
  unfilled: number;
  /** Still waiting for an acceptance today. */
  open: number;
  /** Sent to nobody: no available ambassador matched (straight to the referent). */
  nobodyMatched: number;
  /** Invitations sent for them, in all. */
  invited: number;
  /** Median days from the sending to the acceptance, among those filled. */
  fillDays: number | null;
}

/** Figure 23: mini-stages, apart from the requests. */
export interface MinistageFigures {
  /** Applications sent to a company (address confirmed) in the period. */
  sent: number;
  /** The same by status today, in the statuses' order. */
  byStatus: KeyCount[];
  /** Stages held whose first day falls in the period. */
  held: number;
  /** Feedback on those stages, per side; the return rate is count / held. */
  satisfaction: { requester: Satisfaction; company: Satisfaction };
}

export interface Satisfaction {
  count: number;
  mean: number | null;
  /** Scores 1 to 5: distribution[0] is the number of 1s. */
  distribution: [number, number, number, number, number];
}

export interface DoneCounts {
  key: string;
  done: number;
  minutes: number;
  young: number;
}

/** Figures 14 to 17. */
export interface OutcomeFigures {
  done: number;
  minutes: number;
  byIntervention: DoneCounts[];
  byModality: DoneCounts[];
  byTerritory: DoneCounts[];
  bySector: DoneCounts[];
  young: { total: number; bySource: Record<YoungSource, { interventions: number; young: number }> };
  satisfaction: { requester: Satisfaction; ambassador: Satisfaction };
}

export type YoungSource = 'requester' | 'ambassador' | 'group_size';

/** Figures 19 and 20. */
export interface EquityFigures {
  /** Figure 19: individual requests by declared sex ("undisclosed" includes never asked), then "group". */
  bySex: { key: string; requests: number; young: number }[];
  /** Figure 20: every combination, with null for "all" (null, null, null is the total). */
  evaluation: { sex: string | null; age: string | null; situation: string | null; requests: number; requesters: number }[];
  groups: { public: string; level: string | null; requests: number; requesters: number; participants: number }[];
}

/** Figure 22 for one kind of mailing (or all): counted in the recipients' home départements. */
export interface AnimationCounts {
  /** Mailings queued in the period with at least one recipient in the scope. */
  messages: number;
  /** Their recipients in the scope. */
  recipients: number;
  /** Animation mails handed to the provider in the period. */
  sent: number;
  /** Reported bounced by the provider, or abandoned by the outbox, in the period. */
  bounced: number;
}

export interface AnimationFigures {
  total: AnimationCounts;
  byKind: (AnimationCounts & { key: string })[];
  /** Refusals of animation mail in the period, and how many of them were undone since. */
  refused: number;
  undone: number;
  /** Published ambassadors refusing animation mail today. */
  refusingToday: number;
}

export interface DashboardFigures {
  /** The instant the figures describe: the period's end, or now for the current period. */
  asOf: Date;
  network: NetworkFigures;
  applications: ApplicationFigures;
  flow: FlowFigures;
  supplyDemand: SupplyDemandFigures;
  needs: NeedFigures;
  ministages: MinistageFigures;
  outcomes: OutcomeFigures;
  equity: EquityFigures;
  animation: AnimationFigures;
}
