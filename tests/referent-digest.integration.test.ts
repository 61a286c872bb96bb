/**
 * The referents' weekly digest (issue E) on the embedded Postgres with a moved clock: what waits
 * in the referent's départements and last week's figures, no mail for an empty week, once a week
 * however often the job runs, and the referent's choice to turn it off (/api/referents/preferences).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import type { AppDeps } from '../src/server/deps.ts';
import { referentPreferencesHandler } from '../src/server/handlers/referent-preferences.ts';
import { referentSessionHandler, referentSignInHandler } from '../src/server/handlers/referents.ts';
import type { Referent } from '../src/server/referents.ts';
import { runFollowUp } from '../src/server/workflows/requests/follow-up.ts';
import { digestWeek, sendWeeklyDigests } from '../src/server/workflows/referent-digest.ts';
import { confirmApplication, submitApplication } from '../src/server/workflows/signup.ts';
import { makeApplicationInput, makeReferents, makeSettings } from './fixtures.ts';
import { insertAmbassador } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { checkedValues, fieldErrors, mainText } from './support/html.ts';
import { SITE, cookieFrom, formPost, get, outbox, tokenIn } from './support/http.ts';
import { acceptedRequest, completeAccepted, giveFeedback, sentRequest } from './support/requests.ts';

const database = useTestDatabase();
const DAY = 86_400_000;
let deps: AppDeps & { referents: Referent[]; clock: ReturnType<typeof manualClock> };

beforeEach(async () => {
  await database().db.query(
    `DELETE FROM feedback; DELETE FROM messages; DELETE FROM requests; DELETE FROM requesters; DELETE FROM applications; DELETE FROM outbox;
     DELETE FROM link_tokens; DELETE FROM sessions; DELETE FROM rate_limits; DELETE FROM referent_digests; DELETE FROM referent_preferences`,
  );
  deps = {
    db: database().db,
    // Thursday 12 November 2026: a request is sent that will be escalated.
    clock: manualClock('2026-11-12T09:00:00Z'),
    settings: makeSettings(),
    siteUrl: SITE,
    content: fileSystemWriter(mkdtempSync(join(tmpdir(), 'digest-'))),
    referents: makeReferents(),
  };
});

const db = () => database().db;
const digests = async () => (await outbox(db())).filter((m) => m.template === 'referent_weekly_digest');
const provider = async () => deps;
const moveTo = (iso: string) => deps.clock.advance(new Date(iso).getTime() - deps.clock.now().getTime());

/** In the Nord (59): an escalated request, an application to validate, a request awaiting its answer and an intervention done, the week of 23 November. */
async function aWeekInTheNord() {
  const ambassador = await insertAmbassador(db(), { capacity: 20 });
  await sentRequest(deps, ambassador.path, { email: 'escalade@example.org' });
  moveTo('2026-11-23T09:00:00Z');
  await runFollowUp(deps); // ten days without an answer: escalated
  expect(await submitApplication(deps, makeApplicationInput({ email: 'candidate@example.org' }))).toMatchObject({ ok: true });
  const confirmation = (await outbox(db())).find((m) => m.template === 'confirm_application');
  expect(await confirmApplication(deps, tokenIn(confirmation))).toMatchObject({ ok: true });
  await sentRequest(deps, ambassador.path, { email: 'attente@example.org' });
  const done = await acceptedRequest(deps, ambassador.path, { email: 'realisee@example.org' });
  await completeAccepted(deps);
  await giveFeedback(deps, done.id, 'requester', 5, 25);
}

describe('the week a digest covers', () => {
  it('given any day, then the digest covers Monday to Sunday before the last Monday, in Paris time', () => {
    const week = digestWeek(new Date('2026-11-30T07:00:00Z'));
    expect(week).toEqual({ monday: '2026-11-30', start: new Date('2026-11-22T23:00:00Z'), end: new Date('2026-11-29T23:00:00Z') });
    expect(digestWeek(new Date('2026-12-02T12:00:00Z')).monday).toBe('2026-11-30');
    // Across the change to winter time (25 October 2026): the week starts at midnight in Paris, summer time.
    expect(digestWeek(new Date('2026-10-26T07:00:00Z')).start).toEqual(new Date('2026-10-18T22:00:00Z'));
  });
});

describe('weekly digest', () => {
  it('given a week in the Nord, then its referent gets what waits and the week’s figures; the Pas-de-Calais referent, with nothing, no mail', async () => {
    await aWeekInTheNord();
    moveTo('2026-11-30T07:00:00Z');
    expect(await sendWeeklyDigests(deps)).toEqual({ sent: 1, empty: 1, turnedOff: 0, alreadySent: 0 });
    const [mail] = await digests();
    expect(mail!.recipient).toBe('claire@example.org');
    expect(mail!.subject).toBe('Récapitulatif de la semaine du lundi 23 novembre 2026 au dimanche 29 novembre 2026');
    const text = mail!.text.replace(/\s+/g, ' ');
    expect(text).toContain(
      'Inscriptions à valider : 1, la plus ancienne confirmée depuis 6 jours. https://ambassadeurs.example.org/api/referents/candidatures',
    );
    expect(text).toContain('toujours sans réponse de l’ambassadeur après le délai : 1.');
    expect(text).toContain('dans le délai : 1.');
    expect(text).toContain('2 demandes envoyées, 1 acceptée, 1 intervention réalisée, 25 jeunes touchés (nombre déclaré)');
    expect(text).toContain('https://ambassadeurs.example.org/api/referents/preferences');
    // Nothing about a person: neither the requesters nor the candidate.
    for (const address of ['escalade@', 'attente@', 'realisee@', 'candidate@', 'Louise', 'Camille']) expect(text).not.toContain(address);
  });

  it('given the job runs twice the same week, then one digest only; the next week, a new one', async () => {
    await aWeekInTheNord();
    moveTo('2026-11-30T07:00:00Z');
    await sendWeeklyDigests(deps);
    deps.clock.advance(3_600_000);
    expect(await sendWeeklyDigests(deps)).toMatchObject({ sent: 0, alreadySent: 1 });
    expect(await digests()).toHaveLength(1);
    deps.clock.advance(7 * DAY);
    expect(await sendWeeklyDigests(deps)).toMatchObject({ sent: 1, alreadySent: 0 }); // the application and the requests still wait
    expect(await digests()).toHaveLength(2);
  });

  it('given an empty week everywhere, then no mail', async () => {
    moveTo('2026-11-30T07:00:00Z');
    expect(await sendWeeklyDigests(deps)).toEqual({ sent: 0, empty: 2, turnedOff: 0, alreadySent: 0 });
    expect(await digests()).toHaveLength(0);
  });
});

describe('the referent turns the digest off', () => {
  async function signIn(email: string): Promise<string> {
    await referentSignInHandler(provider)(formPost('/api/referents/connexion', { email }));
    const link = (await outbox(db())).filter((m) => m.template === 'referent_sign_in').at(-1);
    return cookieFrom(await referentSessionHandler(provider)(formPost('/api/referents/session', { jeton: tokenIn(link) })));
  }
  const preferences = referentPreferencesHandler(provider);

  it('given a signed-in referent who answers no, then the choice shows and no digest comes; yes again brings it back', async () => {
    await aWeekInTheNord();
    const cookie = await signIn('claire@example.org');
    const page = await preferences(get('/api/referents/preferences', cookie));
    expect(page.status).toBe(200);
    expect(checkedValues(await page.text(), 'weeklyDigest')).toEqual(['oui']);

    const saved = await preferences(formPost('/api/referents/preferences', { weeklyDigest: 'non' }, { cookie }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('Location')).toBe('/api/referents/preferences?fait=1');
    const after = await (await preferences(get('/api/referents/preferences?fait=1', cookie))).text();
    expect(checkedValues(after, 'weeklyDigest')).toEqual(['non']);
    expect(mainText(after)).toContain('Votre choix est enregistré.');

    moveTo('2026-11-30T07:00:00Z');
    expect(await sendWeeklyDigests(deps)).toEqual({ sent: 0, empty: 1, turnedOff: 1, alreadySent: 0 });
    expect(await digests()).toHaveLength(0);

    const again = await signIn('claire@example.org');
    await preferences(formPost('/api/referents/preferences', { weeklyDigest: 'oui' }, { cookie: again }));
    expect(await sendWeeklyDigests(deps)).toMatchObject({ sent: 1, turnedOff: 0 });
  });

  it('given no session, another origin or another value, then nothing is recorded', async () => {
    expect((await preferences(formPost('/api/referents/preferences', { weeklyDigest: 'non' }))).status).toBe(401);
    const cookie = await signIn('claire@example.org');
    const foreign = await preferences(
      formPost('/api/referents/preferences', { weeklyDigest: 'non' }, { cookie, origin: 'https://ailleurs.example' }),
    );
    expect(foreign.status).toBe(403);
    const wrong = await preferences(formPost('/api/referents/preferences', { weeklyDigest: 'peut-être' }, { cookie }));
    expect(wrong.status).toBe(422);
    expect(fieldErrors(await wrong.text())).toEqual({ weeklyDigest: 'Récapitulatif de la semaine : choisissez oui ou non.' });
    expect(await db().query('SELECT * FROM referent_preferences')).toEqual([]);
    expect(
      (await preferences(new Request(`${SITE}/api/referents/preferences`, { method: 'DELETE', headers: { Cookie: cookie } }))).status,
    ).toBe(405);
  });
});
