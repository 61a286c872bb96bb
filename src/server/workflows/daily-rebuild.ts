/**
 * The static pages that depend on the date (the agenda's « à venir » and « passés », the
 * calendar feed of upcoming events) are decided at build: a Netlify build hook rebuilds the site
 * each night, so that an event over yesterday is listed as past today.
 */

/** What the scheduled function reports: rebuilt, or why not. */
export type RebuildResult = { triggered: true } | { triggered: false; reason: 'not_configured' | 'refused'; status?: number };

/** POSTs to the build hook (an empty body, as Netlify's documentation shows). */
export async function triggerRebuild(hookUrl: string | undefined, send: typeof fetch = fetch): Promise<RebuildResult> {
  if (!hookUrl) return { triggered: false, reason: 'not_configured' };
  const answer = await send(hookUrl, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
  return answer.ok ? { triggered: true } : { triggered: false, reason: 'refused', status: answer.status };
}
