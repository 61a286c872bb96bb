/** The addresses of the call for ambassadors (issue 10): the referents' pages and the ambassadors' emailed links. */
export const EVENT_CALLS_PATH = '/api/referents/evenements';
export const EVENT_CALL_PATH = '/api/referents/evenement';
export const EVENT_ANSWER_PATH = '/api/evenements/reponse';
export const EVENT_PARTICIPATION_PATH = '/api/evenements/participation';
