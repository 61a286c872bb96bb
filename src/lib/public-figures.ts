/**
 * What the public « Chiffres clés » page shows (src/server/indicators/public-figures.ts computes it,
 * src/views/public/KeyFiguresPage.tsx renders it): the shape of the figures and the small-cell rule.
 */

/** Served by a function (netlify/functions/key-figures.mts), linked from the home page and the footer. */
export const KEY_FIGURES_PATH = '/chiffres-cles/';

/** The smallest count shown as such; below, the cell says « moins de 5 ». */
export const SMALL_CELL = 5;
/** A count under SMALL_CELL: « moins de 5 ». */
export const FEWER_THAN_5 = 'fewer_than_5';
/**
 * A sum or a mean over fewer than SMALL_CELL interventions or answers: not shown either, since it
 * would tell one request's figure (the young people of one class, one person's score).
 */
export const FROM_FEWER_THAN_5 = 'from_fewer_than_5';
/** School years shown: the current one and the two before, when the network has data for them. */
export const YEARS_SHOWN = 3;
/** The row of the whole Région in every table. */
export const REGION = 'region';

export type Count = number | typeof FEWER_THAN_5;
export type Sum = Count | typeof FROM_FEWER_THAN_5;
export type Satisfaction = { mean: number; answers: number } | typeof FROM_FEWER_THAN_5;
/** A figure by département code, and REGION. */
export type ByPlace<T> = Readonly<Record<string, T>>;

export interface PublicFigures {
  at: Date;
  departments: readonly { code: string; name: string }[];
  /** Newest first; the first is the school year in progress. */
  years: readonly { key: string; current: boolean }[];
  ambassadors: ByPlace<Count>;
  /** By school year key. */
  requesters: Readonly<Record<string, ByPlace<Count>>>;
  interventions: Readonly<Record<string, ByPlace<Count>>>;
  /** Mini-stages held (issue 11), apart from the interventions. */
  ministagesHeld: Readonly<Record<string, ByPlace<Count>>>;
  youngReached: Readonly<Record<string, ByPlace<Sum>>>;
  requesterSatisfaction: Readonly<Record<string, ByPlace<Satisfaction>>>;
  ambassadorSatisfaction: Readonly<Record<string, ByPlace<Satisfaction>>>;
}
