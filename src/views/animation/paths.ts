/** Where the unsubscribe link of every animation mail leads (GET: a page and its button; POST: done at once, RFC 8058). */
export const UNSUBSCRIBE_PATH = '/api/desabonnement';
