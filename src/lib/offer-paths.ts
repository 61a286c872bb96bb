/**
 * Addresses and search names of the mini-stage offers (issue 11, part 5), shared by the build and
 * the browser script of /stages/ (this module imports nothing, so the script stays small).
 */
export const OFFERS_PATH = '/stages/';
/** The applications' function (another part of issue 11): the form of a request for one offer. */
export const OFFER_APPLY_PATH = '/api/mini-stages';
/** Offers per static list page (the first is /stages/, then /stages/page/2/…). */
export const OFFER_PAGE_SIZE = 30;

/**
 * Filters of the offers' Pagefind index (/pagefind-stages/, its own bundle: the profiles' search
 * never sees an offer). `type:offre` on every offer page lets the search ignore any other page the
 * index would hold (Pagefind indexes the list page when there is no offer page at all).
 */
export const OFFER_FACETS = { department: 'departement', public: 'public', sector: 'secteur', duration: 'duree' } as const;
export const OFFER_KIND_FILTER = { name: 'type', value: 'offre' } as const;
export const OFFER_COMMUNE_FILTER = 'commune';
export const OFFERS_BUNDLE = '/pagefind-stages/';

export const applyUrl = (id: string) => `${OFFER_APPLY_PATH}?offre=${encodeURIComponent(id)}`;
