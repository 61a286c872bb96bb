/**
 * The addresses of a need. Under /api/demandes, like the request form, so that the session
 * cookie of « Mes demandes » (limited to /api/demandes) reaches the form's POST.
 */
export const NEED_FORM_PATH = '/api/demandes/besoin';
export const CONFIRM_NEED_PATH = `${NEED_FORM_PATH}/confirmer`;
