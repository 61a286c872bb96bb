/** Where the ambassador's space lives: every path under /api/profil, where its session cookie is sent. */
export const SPACE_PATH = '/api/profil';
export const EXPORT_PATH = '/api/profil/donnees';
export const SIGN_OUT_PATH = '/api/profil/deconnexion';
export const AGENDA_PATH = '/api/profil/agenda';
/** ?demande=<id>: the request's thread, opened from the session (a fresh short-lived thread link). */
export const SPACE_THREAD_PATH = '/api/profil/fil';
/** ?demande=<id>: the feedback form of a request done, opened from the session. */
export const SPACE_FEEDBACK_PATH = '/api/profil/avis';
/** GET: the attestations issued and the period form; POST: a new attestation, answered as a printable page. */
export const ATTESTATION_PATH = '/api/profil/attestation';
