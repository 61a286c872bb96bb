/**
 * The addresses of « Mes demandes ». The space lives under /api/demandes, next to the request
 * form's endpoint, so that one session cookie limited to /api/demandes reaches both: the list
 * and the form's POST, which sends a signed-in requester's request without a confirmation link.
 */
export const REQUESTER_COOKIE_PATH = '/api/demandes';
export const MY_REQUESTS_PATH = '/api/demandes/mes-demandes';
export const REQUESTER_LINK_PATH = `${MY_REQUESTS_PATH}/lien`;
export const REQUESTER_SESSION_PATH = `${MY_REQUESTS_PATH}/session`;
export const REQUESTER_SIGN_OUT_PATH = `${MY_REQUESTS_PATH}/deconnexion`;
export const REQUESTER_THREAD_PATH = `${MY_REQUESTS_PATH}/fil`;
export const MINISTAGE_WITHDRAW_PATH = `${MY_REQUESTS_PATH}/annuler-mini-stage`;
/** The static page where a requester asks for a sign-in link. */
export const REQUESTER_SIGN_IN_PAGE = '/mes-demandes/';

export const requesterThreadPath = (requestId: string) => `${REQUESTER_THREAD_PATH}?demande=${encodeURIComponent(requestId)}`;
export const ministageWithdrawPath = (id: string) => `${MINISTAGE_WITHDRAW_PATH}?candidature=${encodeURIComponent(id)}`;
