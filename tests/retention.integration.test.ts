/**
 * The daily retention job (issue E) on the embedded Postgres with a moved clock: closed requests
 * anonymised after 12 months (messages gone, figures unchanged), requesters' addresses removed when
 * nothing is left to follow, mail never sent deleted after 30 days, inactive ambassadors warned
 * after 24 months and deleted a month later unless they signed in meanwhile.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import { profilePath } from '../src/server/content/profiles.ts';
import { DONE, FEEDBACK_JOINS, YOUNG_REACHED } from '../src/server/indicators/facts.ts';
import { enqueueMail } from '../src/server/mail/outbox.ts';
import { actOnThread } from '../src/server/workflows/requests/thread-actions.ts';
import { runRetention, monthsBefore } from '../src/server/workflows/retention.ts';
import { openAmbassadorSession, requestManageLink } from '../src/server/workflows/self-service.ts';
import type { AppDeps } from '../src/server/deps.ts';
import type { Referent } from '../src/server/referents.ts';
import { formatParisDay } from '../src/lib/paris-time.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { insertAmbassador, type AmbassadorFixture } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { outbox, tokenIn } from './support/http.ts';
import { acceptedRequest, completeAccepted, giveFeedback, sentRequest } from './support/requests.ts';

const database = useTestDatabase();
const DAY = 86_400_000;
let root: string;
let deps: AppDeps & { referents: readonly Referent[]; clock: ReturnType<typeof manualClock> };

beforeEach(async () => {
  await database().db.query(
    `DELETE FROM feedback; DELETE FROM messages; DELETE FROM requests; DELETE FROM requesters; DELETE FROM ambassador_departures;
     DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM sessions; DELETE FROM rate_limits; DELETE FROM audit_events`,
  );
  root = mkdtempSync(join(tmpdir(), 'retention-'));
  deps = {
    db: database().db,
    clock: manualClock('2026-01-05T09:00:00Z'),
    settings: makeSettings(),
    siteUrl: 'https://ambassadeurs.example.org',
    content: fileSystemWriter(root),
    referents: makeReferents(),
  };
});

const db = () => database().db;
const count = async (sql: string, params: unknown[] = []) => Number((await db().query<{ n: string }>(sql, params))[0]!.n);

/** A published ambassador, published "now" by the test clock, with a profile file. */
async function ambassador(overrides: Parameters<typeof insertAmbassador>[1] = {}): Promise<AmbassadorFixture> {
  const fixture = await insertAmbassador(db(), { capacity: 20, ...overrides });
  await db().query('UPDATE ambassadors SET published_at = $2, updated_at = $2 WHERE id = $1', [fixture.id, deps.clock.now()]);
  const [department, slug] = fixture.path.split('/') as [string, string];
  await deps.content.write(profilePath(department, slug), 'displayName: Ambassadeur\n', 'test');
  return fixture;
}

/** The totals the dashboard and the public figures are built from. */
async function figures() {
  const [row] = await db().query<{ done: string; young: string }>(
    `SELECT count(*) FILTER (WHERE ${DONE}) AS done, coalesce(sum(${YOUNG_REACHED}) FILTER (WHERE ${DONE}), 0) AS young FROM requests r ${FEEDBACK_JOINS}`,
  );
  return { done: Number(row!.done), young: Number(row!.young) };
}

/** Moves the clock to `months` calendar months (and `days` days) after `from`. */
function moveTo(from: Date, months: number, days = 0) {
  const target = new Date(monthsBefore(from, -months).getTime() + days * DAY);
  deps.clock.advance(target.getTime() - deps.clock.now().getTime());
}

describe('closed requests', () => {
  it('given a done and a declined request, when 11 months pass nothing changes; after 12 months they are anonymised, their messages gone and the figures the same', async () => {
    const a = await ambassador();
    const done = await acceptedRequest(deps, a.path, { email: 'louise.martin@example.org' });
    const declined = await sentRequest(deps, a.path, { email: 'paul.durand@example.org', name: 'Paul Durand' });
    expect(await actOnThread(deps, declined.ambassadorToken, 'message', { body: 'Bonjour, je regarde mes disponibilités.' })).toMatchObject(
      {
        ok: true,
      },
    );
    expect(
      await actOnThread(deps, declined.ambassadorToken, 'decline', { body: 'Je ne suis pas disponible ces jours-là, désolé.' }),
    ).toMatchObject({
      ok: true,
    });
    await completeAccepted(deps);
    await giveFeedback(deps, done.id, 'requester', 5, 27);
    const closedAt = deps.clock.now();
    const before = await figures();
    expect(before).toEqual({ done: 1, young: 27 });
    expect(await count('SELECT count(*) AS n FROM messages')).toBe(2);

    // Both requests name the intervention's commune (issue 11), a quasi-identifier removed with the rest.
    await db().query("UPDATE requests SET requester_commune = '59350'");
    moveTo(closedAt, 11);
    expect(await runRetention(deps)).toMatchObject({ anonymisedRequests: 0, removedAddresses: 0 });
    expect(await count('SELECT count(*) AS n FROM requests WHERE requester_email IS NOT NULL')).toBe(2);
    expect(await count('SELECT count(*) AS n FROM messages')).toBe(2);

    moveTo(closedAt, 12, 1);
    expect(await runRetention(deps)).toMatchObject({ anonymisedRequests: 2, removedAddresses: 2 });
    const rows = await db().query<Record<string, unknown>>('SELECT * FROM requests ORDER BY status');
    for (const row of rows) {
      expect(row).toMatchObject({
        requester_name: null,
        requester_email: null,
        organisation_name: null,
        uai: null,
        requester_commune: null,
        message: null,
      });
      expect(row.anonymised_at).toEqual(deps.clock.now());
    }
    expect(rows.map((r) => r.status)).toEqual(['declined', 'done']);
    expect(await count('SELECT count(*) AS n FROM messages')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM feedback WHERE comment IS NOT NULL')).toBe(0);
    expect(await figures()).toEqual(before);
    // The requesters stay countable, pseudonymous.
    expect(await db().query('SELECT email FROM requesters')).toEqual([{ email: null }, { email: null }]);
    expect(await count('SELECT count(DISTINCT requester_id) AS n FROM requests')).toBe(2);
    // The audit trail names the requests by their ids only.
    const events = await db().query<{ actor: string; subject: string }>(
      `SELECT actor, subject FROM audit_events WHERE action = 'request_anonymised' ORDER BY subject`,
    );
    expect(events).toEqual([done.id, declined.id].sort().map((subject) => ({ actor: 'systeme', subject })));
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE subject LIKE '%@%'`)).toBe(0);

    expect(await runRetention(deps)).toMatchObject({ anonymisedRequests: 0, removedAddresses: 0 });
  });

  it('given a request still open, then it is never anonymised, however old', async () => {
    const a = await ambassador();
    await acceptedRequest(deps, a.path);
    moveTo(deps.clock.now(), 13);
    expect(await runRetention(deps)).toMatchObject({ anonymisedRequests: 0, removedAddresses: 0 });
    expect(await count('SELECT count(*) AS n FROM requests WHERE anonymised_at IS NULL')).toBe(1);
  });
});

describe('requesters’ addresses', () => {
  it('given requesters whose requests are all anonymised, then only the address of one not seen for 12 months is removed', async () => {
    const a = await ambassador();
    const start = deps.clock.now();
    for (const email of ['gone@example.org', 'again@example.org', 'signed-in@example.org']) {
      const request = await sentRequest(deps, a.path, { email });
      await actOnThread(deps, request.ambassadorToken, 'decline', { body: 'Je ne suis pas disponible, désolé.' });
    }
    moveTo(start, 11);
    // One asks again (a request still open), one signs in to « Mes demandes ».
    await sentRequest(deps, a.path, { email: 'again@example.org' });
    await db().query(`UPDATE requesters SET signed_in_at = $1, last_seen_at = $1 WHERE email = 'signed-in@example.org'`, [
      deps.clock.now(),
    ]);

    moveTo(start, 12, 1);
    expect(await runRetention(deps)).toMatchObject({ anonymisedRequests: 3, removedAddresses: 1 });
    expect((await db().query<{ email: string | null }>('SELECT email FROM requesters ORDER BY email')).map((r) => r.email)).toEqual([
      'again@example.org',
      'signed-in@example.org',
      null,
    ]);
    const [event] = await db().query<{ subject: string }>(`SELECT subject FROM audit_events WHERE action = 'requester_address_removed'`);
    expect(await count('SELECT count(*) AS n FROM requesters WHERE id = $1 AND email IS NULL', [event!.subject])).toBe(1);
  });
});

describe('mail never sent', () => {
  it('given an unsent and a sent mail, then the unsent one goes after 30 days and the sent one stays', async () => {
    const mail = { template: 'test', to: 'camille@example.org', subject: 'Essai', html: '<p>Essai</p>', text: 'Essai' };
    await enqueueMail(db(), deps.clock, mail);
    const sent = await enqueueMail(db(), deps.clock, mail);
    await db().query('UPDATE outbox SET sent_at = $2 WHERE id = $1', [sent, deps.clock.now()]);
    deps.clock.advance(30 * DAY - 60_000);
    expect(await runRetention(deps)).toMatchObject({ deletedMails: 0 });
    deps.clock.advance(2 * 60_000);
    expect(await runRetention(deps)).toMatchObject({ deletedMails: 1 });
    expect(await db().query('SELECT id FROM outbox')).toEqual([{ id: sent }]);
  });
});

describe('inactive ambassadors', () => {
  it('given no activity for 24 months, then a warning; a month later without action the account is deleted and its requests anonymised, the figures the same', async () => {
    const a = await ambassador({ department: '62' });
    const done = await acceptedRequest(deps, a.path);
    await completeAccepted(deps);
    await giveFeedback(deps, done.id, 'ambassador', 4, 20);
    const lastActive = (await db().query<{ last_active_at: Date }>('SELECT last_active_at FROM ambassadors WHERE id = $1', [a.id]))[0]!
      .last_active_at;
    expect(lastActive).not.toBeNull(); // the acceptance in the thread counted as activity
    const before = await figures();

    moveTo(lastActive, 24, -1);
    expect(await runRetention(deps)).toMatchObject({ warnedAmbassadors: 0 });
    moveTo(lastActive, 24, 1);
    expect(await runRetention(deps)).toMatchObject({ warnedAmbassadors: 1, deletedAccounts: 0 });
    const warnings = (await outbox(db())).filter((m) => m.template === 'ambassador_inactivity_warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.recipient).toBe(a.email);
    expect(warnings[0]!.text).toContain(`supprimé le ${formatParisDay(new Date(deps.clock.now().getTime() + 30 * DAY))}`);
    expect(warnings[0]!.text).toContain('Gérer mon profil : https://ambassadeurs.example.org/gerer-mon-profil/');
    expect(await runRetention(deps)).toMatchObject({ warnedAmbassadors: 0 }); // the same day again: no second warning
    const warnedAt = deps.clock.now();

    // A request arrives meanwhile: it is the requester who acts, not the ambassador.
    const open = await sentRequest(deps, a.path, { email: 'late@example.org' });
    deps.clock.advance(29 * DAY);
    expect(await runRetention(deps)).toMatchObject({ deletedAccounts: 0 });
    deps.clock.advance(2 * DAY);
    expect(await runRetention(deps)).toMatchObject({ deletedAccounts: 1, failedDeletions: 0, warnedAmbassadors: 0 });

    expect(await count('SELECT count(*) AS n FROM applications WHERE id = $1', [a.id])).toBe(0);
    expect(await deps.content.read(profilePath('62', a.path.split('/')[1]!))).toBeUndefined();
    const [left] = await db().query<Record<string, unknown>>(
      'SELECT status, ambassador_id, requester_email, anonymised_at FROM requests WHERE id = $1',
      [open.id],
    );
    expect(left).toMatchObject({ status: 'cancelled', ambassador_id: null, requester_email: null });
    expect(left!.anonymised_at).not.toBeNull();
    expect((await outbox(db())).some((m) => m.template === 'request_ambassador_left' && m.recipient === 'late@example.org')).toBe(true);
    expect(await figures()).toEqual(before);
    expect(await db().query(`SELECT actor, subject FROM audit_events WHERE action = 'account_deleted_inactive'`)).toEqual([
      { actor: 'systeme', subject: a.id },
    ]);
    expect(await count('SELECT count(*) AS n FROM ambassador_departures WHERE ambassador_id = $1', [a.id])).toBe(1);
    expect(warnedAt.getTime()).toBeLessThan(deps.clock.now().getTime());
  });

  it('given a warned ambassador who signs in before the date, then the account stays, and a new warning comes only after a new inactive spell', async () => {
    const a = await ambassador();
    const published = deps.clock.now();
    moveTo(published, 24, 1);
    expect(await runRetention(deps)).toMatchObject({ warnedAmbassadors: 1 });

    deps.clock.advance(10 * DAY);
    await requestManageLink(deps, a.email);
    const link = (await outbox(db())).filter((m) => m.template === 'manage_profile_link').at(-1);
    expect(await openAmbassadorSession(deps, tokenIn(link))).toMatchObject({ ok: true });
    const signedIn = deps.clock.now();

    deps.clock.advance(25 * DAY);
    expect(await runRetention(deps)).toMatchObject({ deletedAccounts: 0, warnedAmbassadors: 0 });
    expect(await count('SELECT count(*) AS n FROM ambassadors WHERE id = $1', [a.id])).toBe(1);

    moveTo(signedIn, 24, 1);
    expect(await runRetention(deps)).toMatchObject({ deletedAccounts: 0, warnedAmbassadors: 1 });
    expect((await outbox(db())).filter((m) => m.template === 'ambassador_inactivity_warning')).toHaveLength(1); // the first was over 30 days old: deleted as unsent
  });
});
