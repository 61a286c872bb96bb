/**
 * HTTP side of the referent's preferences (the weekly digest on or off), within the referents'
 * session: GET shows the choice, POST (same origin) records it and comes back to the page.
 */
import { createElement } from 'react';
import { isSameOrigin, methodNotAllowed, page, readBody, seeOther } from '../http.ts';
import { setDigestWanted, wantsDigest } from '../workflows/referent-digest.ts';
import { forbidden } from './link-session.ts';
import { forReferent, type Provider } from './referents.ts';
import { DIGEST_CHOICES, DIGEST_FIELD, PREFERENCES_PATH, PreferencesPage } from '../../views/referents/PreferencesPage.tsx';

export function referentPreferencesHandler(deps: Provider) {
  return forReferent(deps, 'referent-preferences', async (req, d, referent) => {
    if (req.method === 'GET') {
      const saved = new URL(req.url).searchParams.get('fait') === '1';
      return page(createElement(PreferencesPage, { referent, weeklyDigest: await wantsDigest(d.db, referent.email), saved }));
    }
    if (req.method !== 'POST') return methodNotAllowed('GET, POST');
    if (!isSameOrigin(req)) return forbidden();
    const choice = (await readBody(req, []))?.[DIGEST_FIELD.name];
    if (typeof choice !== 'string' || !Object.hasOwn(DIGEST_CHOICES, choice)) {
      const errors = { [DIGEST_FIELD.name]: `${DIGEST_FIELD.shortLabel} : choisissez oui ou non.` };
      return page(createElement(PreferencesPage, { referent, weeklyDigest: await wantsDigest(d.db, referent.email), errors }), 422);
    }
    await setDigestWanted(d.db, referent.email, choice === 'oui');
    return seeOther(`${PREFERENCES_PATH}?fait=1`);
  });
}
