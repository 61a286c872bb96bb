/**
 * A need sent to several ambassadors (« Je ne sais pas qui solliciter ») against the embedded
 * Postgres with a clock moved by hand: whom it goes to, the first acceptance winning, declines,
 * the follow-up job (reminders per invitation, escalation and expiry once per need), nobody
 * matching, a signed-in requester, the purge of needs never confirmed, « Mes demandes », and the
 * figures (fill rate, time to fill, a need counted once in the demand). Every step says which
 * mails leave, and to whom.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import { dashboardFigures } from '../src/server/indicators/dashboard.ts';
import { confirmNeed } from '../src/server/workflows/needs/dispatch.ts';
import { submitNeed } from '../src/server/workflows/needs/submit.ts';
import { requestsOfRequester } from '../src/server/workflows/requester-space.ts';
import { deleteAccount } from '../src/server/workflows/self-service.ts';
import { runFollowUp } from '../src/server/workflows/requests/follow-up.ts';
import { openThread } from '../src/server/workflows/requests/thread.ts';
import { actOnThread } from '../src/server/workflows/requests/thread-actions.ts';
import { NEED_FILLED_MESSAGE } from '../src/lib/need.ts';
import { schoolYearOf } from '../src/lib/period.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { insertAmbassador, makeNeedInput, type AmbassadorFixture } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { outbox, tokenIn, type OutboxMail } from './support/http.ts';
import { sentNeed } from './support/needs.ts';
import { sentRequest, type JourneyDeps } from './support/requests.ts';

const DAY = 86_400_000;
const REQUESTER = 'louise.martin@example.org';
const database = useTestDatabase();
let deps: JourneyDeps;

beforeEach(async () => {
  await database().db.query(
    'DELETE FROM messages; DELETE FROM requests; DELETE FROM needs; DELETE FROM requesters; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens',
  );
  deps = {
    db: database().db,
    clock: manualClock(),
    settings: makeSettings(),
    siteUrl: 'https://ambassadeurs.example.org',
    referents: makeReferents(),
  };
});

const mails = () => outbox(database().db);
const mailsSince = async (before: number) => (await mails()).slice(before);
const sent = (list: OutboxMail[]) => list.map((m) => `${m.template} → ${m.recipient}`).sort();
const needRow = async (id: string) =>
  (
    await database().db.query<{ status: string; invited: number; form: unknown; job: string | null }>('SELECT * FROM needs WHERE id = $1', [
      id,
    ])
  )[0]!;
const invitations = async (needId: string) =>
  database().db.query<{ id: string; ambassador_id: string; status: string; need_rank: number; counts_in_flow: boolean }>(
    'SELECT id, ambassador_id, status, need_rank, counts_in_flow FROM requests WHERE need_id = $1 ORDER BY need_rank',
    [needId],
  );

/** Ambassadors who match the default need: sector I, talk in class, lycée, in person, in the Nord. */
const matching = (n: number, overrides: Parameters<typeof insertAmbassador>[1] = {}) =>
  Promise.all(Array.from({ length: n }, () => insertAmbassador(database().db, { capacity: 4, ...overrides })));

describe('a need described once', () => {
  it('given matching and non-matching ambassadors, then once confirmed it goes to the five least asked who match, one request each, and the requester gets one mail', async () => {
    const [quiet1, quiet2, quiet3, quiet4, quiet5, busy, busier] = await matching(7);
    // Asked recently: they come after the others.
    await sentRequest(deps, busy!.path, { email: 'a@example.org' });
    await sentRequest(deps, busier!.path, { email: 'b@example.org' });
    await sentRequest(deps, busier!.path, { email: 'c@example.org' });
    // None of these may receive it.
    const paused = await insertAmbassador(database().db, { paused: true });
    const otherSector = await insertAmbassador(database().db, { sector: 'H' });
    const full = await insertAmbassador(database().db, { capacity: 1 });
    await sentRequest(deps, full.path, { email: 'd@example.org' });
    const noTalk = await insertAmbassador(database().db, { interventions: ['company_visit'] });
    const elsewhere = await insertAmbassador(database().db, { department: '62' });
    const noLycee = await insertAmbassador(database().db, { publics: ['middle_school'] });
    const remoteOnly = await insertAmbassador(database().db, { modalities: ['remote'] });

    const before = (await mails()).length;
    expect(await submitNeed(deps, makeNeedInput({ slot1: '2026-11-20T14:00' }))).toEqual({ ok: true });
    const confirmation = await mailsSince(before);
    expect(sent(confirmation)).toEqual([`confirm_need → ${REQUESTER}`]);
    const [need] = await database().db.query<{ id: string; status: string }>('SELECT id, status FROM needs');
    expect(need!.status).toBe('awaiting_requester_confirmation');
    expect(await invitations(need!.id)).toEqual([]);

    const confirmed = await confirmNeed(deps, tokenIn(confirmation[0]));
    expect(confirmed).toMatchObject({ ok: true, invited: 5 });
    const out = await mailsSince(before + 1);
    const quiet = [quiet1!, quiet2!, quiet3!, quiet4!, quiet5!];
    expect(sent(out)).toEqual([...quiet.map((a) => `need_to_ambassador → ${a.email}`), `need_sent → ${REQUESTER}`].sort());
    for (const excluded of [busy, busier, paused, otherSector, full, noTalk, elsewhere, noLycee, remoteOnly])
      expect(out.map((m) => m.recipient)).not.toContain(excluded!.email);
    // The ambassadors see who asks and how many are asked, never the requester's address.
    const toAmbassador = out.find((m) => m.template === 'need_to_ambassador')!;
    expect(toAmbassador.text).toContain('Louise Martin (Lycée Faidherbe)');
    expect(toAmbassador.text).toContain('proposé à 5 ambassadeurs');
    expect(toAmbassador.text + toAmbassador.html).not.toContain(REQUESTER);

    const rows = await invitations(need!.id);
    expect(rows.map((r) => [r.status, r.need_rank, r.counts_in_flow])).toEqual([
      ['sent', 1, true],
      ['sent', 2, false],
      ['sent', 3, false],
      ['sent', 4, false],
      ['sent', 5, false],
    ]);
    expect(new Set(rows.map((r) => r.ambassador_id))).toEqual(new Set(quiet.map((a) => a.id)));
    // The typed form is gone once each request holds what its ambassador must know.
    expect(await needRow(need!.id)).toMatchObject({ status: 'sent', invited: 5, form: null });
    // The link served once.
    expect(await confirmNeed(deps, tokenIn(confirmation[0]))).toEqual({ ok: false, reason: 'used' });
  });

  it('given a job typed without accents, then it finds the job titles that carry them', async () => {
    const [electrician] = await matching(1, { jobTitle: 'Électricienne du bâtiment', sector: 'F' });
    await matching(1, { jobTitle: 'Plombier', sector: 'F' });
    const { tokens } = await sentNeed(deps, { sector: '', job: 'electricienne' });
    expect([...tokens.keys()]).toEqual([electrician!.email]);
  });

  it('given an ambassador with a request of this requester still open, then the need does not go to them', async () => {
    const [asked, other] = await matching(2);
    await sentRequest(deps, asked!.path);
    const { tokens } = await sentNeed(deps);
    expect([...tokens.keys()]).toEqual([other!.email]);
  });

  it('given a requester signed in to « Mes demandes » with the address, then the need goes out at once, without a confirmation link', async () => {
    const [a] = await matching(1);
    const before = (await mails()).length;
    expect(await submitNeed(deps, makeNeedInput({ slot1: '2026-11-20T14:00' }), { signedInRequester: { email: REQUESTER } })).toEqual({
      ok: true,
      invited: 1,
    });
    expect(sent(await mailsSince(before))).toEqual([`need_sent → ${REQUESTER}`, `need_to_ambassador → ${a!.email}`].sort());
  });

  it('given no available ambassador who matches, then nobody is invited and the referent of the département gets the need at once, with suggestions', async () => {
    // Same sector and intervention, but in the Pas-de-Calais: a suggestion, not an invitation.
    const near = await insertAmbassador(database().db, { department: '62', displayName: 'Yanis B.' });
    const before = (await mails()).length;
    const { id, invited } = await sentNeed(deps);
    expect(invited).toBe(0);
    const out = await mailsSince(before + 1);
    expect(sent(out)).toEqual([`need_escalated → claire@example.org`, `need_no_taker → ${REQUESTER}`]);
    for (const mail of out)
      expect(mail.text).toContain(`Yanis B., Technicienne de maintenance : https://ambassadeurs.example.org/ambassadeurs/${near.path}/`);
    expect(await needRow(id)).toMatchObject({ status: 'unfilled', invited: 0, form: null, job: null });
  });
});

describe('the first to accept wins', () => {
  it('given five invited, one declining first, when one accepts, then it wins: the acceptance to both sides with the invitation, the three still waiting closed and thanked, their links saying so', async () => {
    const ambassadors = await matching(5);
    const { id, tokens } = await sentNeed(deps);
    const [decliner, winner, ...others] = ambassadors as [AmbassadorFixture, AmbassadorFixture, ...AmbassadorFixture[]];
    const before = (await mails()).length;
    expect(await actOnThread(deps, tokens.get(decliner.email)!, 'decline', { body: 'Pas disponible ce mois-ci, désolée.' })).toMatchObject({
      ok: true,
    });
    // One of several: the requester is not told of each decline.
    expect(await mailsSince(before)).toEqual([]);

    expect(await actOnThread(deps, tokens.get(winner.email)!, 'accept', { slot: '0' })).toMatchObject({ ok: true });
    const out = await mailsSince(before);
    expect(sent(out)).toEqual(
      [
        `request_accepted → ${REQUESTER}`,
        `request_accepted → ${winner.email}`,
        ...others.map((a) => `need_filled_elsewhere → ${a.email}`),
      ].sort(),
    );
    const [attachments] = await database().db.query<{ n: string }>(
      `SELECT count(*) AS n FROM outbox WHERE template = 'request_accepted' AND attachments->0->>'contentType' LIKE 'text/calendar%'`,
    );
    expect(attachments!.n).toBe('2');
    const toRequester = out.find((m) => m.template === 'request_accepted' && m.recipient === REQUESTER)!;
    const [{ name }] = (await database().db.query<{ name: string }>(
      `SELECT public->>'displayName' AS name FROM ambassadors WHERE id = $1`,
      [winner.id],
    )) as [{ name: string }];
    expect(toRequester.subject).toBe(`${name} a accepté votre demande`);
    expect(out.find((m) => m.template === 'need_filled_elsewhere')!.text).toContain('Merci d’avoir été disponible');

    const rows = await invitations(id);
    const state = (id: string) => rows.filter((r) => r.ambassador_id === id).map((r) => [r.status, r.counts_in_flow]);
    expect(state(winner.id)).toEqual([['accepted', true]]);
    expect(state(decliner.id)).toEqual([['declined', false]]);
    for (const other of others) expect(state(other.id)).toEqual([['filled_elsewhere', false]]);
    expect(await needRow(id)).toMatchObject({ status: 'filled', job: null });

    // A late acceptance from another link: refused with thanks, nothing mailed; its thread says the need is filled.
    const late = tokens.get(others[0]!.email)!;
    const after = (await mails()).length;
    expect(await actOnThread(deps, late, 'accept', { slot: '0' })).toEqual({ ok: false, refused: NEED_FILLED_MESSAGE });
    expect(await mailsSince(after)).toEqual([]);
    const thread = await openThread(deps, late);
    expect('request' in thread && thread.request.status).toBe('filled_elsewhere');
  });

  it('given every invited ambassador declines, then at the last decline the referent gets the need with suggestions and the requester is told once', async () => {
    const [a, b] = await matching(2);
    await insertAmbassador(database().db, { department: '62', displayName: 'Yanis B.' });
    const { id, tokens } = await sentNeed(deps);
    const before = (await mails()).length;
    await actOnThread(deps, tokens.get(a!.email)!, 'decline', { body: 'Pas disponible ce mois-ci, désolée.' });
    expect(await mailsSince(before)).toEqual([]);
    await actOnThread(deps, tokens.get(b!.email)!, 'decline', { body: 'En déplacement tout le mois.' });
    const out = await mailsSince(before);
    expect(sent(out)).toEqual([`need_escalated → claire@example.org`, `need_no_taker → ${REQUESTER}`]);
    expect(out[0]!.text).toContain('Yanis B.');
    expect(await needRow(id)).toMatchObject({ status: 'unfilled' });
    // Nothing left for the follow-up job to send about it.
    deps.clock.advance(20 * DAY);
    const later = (await mails()).length;
    await runFollowUp(deps);
    expect((await mailsSince(later)).filter((m) => m.template.startsWith('need_') || m.template === 'request_expired')).toEqual([]);
  });
});

describe('an invited ambassador who leaves', () => {
  it('given the ambassador standing for an open need deletes their account, then the requester is not told, another invitation stands for it, and the referent still reaches the requester at the deadline', async () => {
    await matching(2);
    const { id } = await sentNeed(deps);
    const [first] = await invitations(id);
    const before = (await mails()).length;
    const content = fileSystemWriter(mkdtempSync(join(tmpdir(), 'besoin-')));
    expect(await deleteAccount({ ...deps, content }, first!.ambassador_id)).toEqual({ ok: true });
    expect(await mailsSince(before)).toEqual([]);
    const rows = await invitations(id);
    expect(rows.map((r) => [r.status, r.counts_in_flow])).toEqual([
      ['cancelled', false],
      ['sent', true],
    ]);
    deps.clock.advance(10 * DAY);
    const later = (await mails()).length;
    await runFollowUp(deps);
    expect(sent(await mailsSince(later))).toEqual([`need_escalated → claire@example.org`, `need_no_taker → ${REQUESTER}`]);
  });
});

describe('follow-up of a need', () => {
  it('given nobody answers, then each invited is reminded, the referent gets the need once at the deadline, and it expires once, even with the job run twice at once', async () => {
    const invited = await matching(3);
    const { id } = await sentNeed(deps);
    const step = async (days: number) => {
      deps.clock.advance(days * DAY);
      const before = (await mails()).length;
      const reports = await Promise.all([runFollowUp(deps), runFollowUp(deps)]);
      return { reports, sent: sent(await mailsSince(before)) };
    };
    expect((await step(3)).sent).toEqual(invited.map((a) => `request_reminder → ${a.email}`).sort());
    expect((await step(4)).sent).toEqual(invited.map((a) => `request_reminder → ${a.email}`).sort());
    // One escalation for the need, not one per invitation.
    const deadline = await step(3);
    expect(deadline.sent).toEqual([`need_escalated → claire@example.org`, `need_no_taker → ${REQUESTER}`]);
    expect(deadline.reports.map((r) => r.needsEscalated).sort()).toEqual([0, 1]);
    expect(deadline.reports.map((r) => r.escalations)).toEqual([0, 0]);
    expect((await step(2)).sent).toEqual([]);
    const expiry = await step(3);
    expect(expiry.sent).toEqual([...invited.map((a) => `request_expired → ${a.email}`), `need_expired → ${REQUESTER}`].sort());
    expect(expiry.reports.map((r) => r.needsExpired).sort()).toEqual([0, 1]);
    expect(await needRow(id)).toMatchObject({ status: 'unfilled' });
    expect((await invitations(id)).map((r) => r.status)).toEqual(['expired', 'expired', 'expired']);
    expect((await step(30)).sent).toEqual([]);
  });

  it('given the deadline passed, then a late acceptance before the expiry still wins', async () => {
    const [a, b] = await matching(2);
    const { id, tokens } = await sentNeed(deps);
    deps.clock.advance(11 * DAY);
    await runFollowUp(deps);
    const before = (await mails()).length;
    expect(await actOnThread(deps, tokens.get(b!.email)!, 'accept', { slot: '1' })).toMatchObject({ ok: true });
    expect(sent(await mailsSince(before))).toEqual(
      [`need_filled_elsewhere → ${a!.email}`, `request_accepted → ${REQUESTER}`, `request_accepted → ${b!.email}`].sort(),
    );
    expect(await needRow(id)).toMatchObject({ status: 'filled' });
    deps.clock.advance(10 * DAY);
    const later = (await mails()).length;
    await runFollowUp(deps);
    expect((await mailsSince(later)).map((m) => m.template)).not.toContain('need_expired');
  });

  it('given a need never confirmed, then the follow-up job deletes it and its link after a week', async () => {
    await submitNeed(deps, makeNeedInput({ slot1: '2026-11-20T14:00' }));
    const link = tokenIn((await mails()).at(-1));
    deps.clock.advance(6 * DAY);
    expect((await runFollowUp(deps)).purged).toBe(0);
    deps.clock.advance(2 * DAY);
    expect((await runFollowUp(deps)).purged).toBe(1);
    expect(await database().db.query('SELECT id FROM needs')).toEqual([]);
    expect(await confirmNeed(deps, link)).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('a need counted once', () => {
  it('given a need filled in two days, one still open and a single request, then fill rate 50 %, two days to fill, and three requests in the demand figures', async () => {
    const first = await matching(3);
    const filled = await sentNeed(deps);
    deps.clock.advance(2 * DAY);
    await actOnThread(deps, filled.tokens.get(first[2]!.email)!, 'accept', { slot: '0' });
    const second = await matching(2, { department: '59', sector: 'J' });
    const open = await sentNeed(deps, { sector: 'J', email: 'marc.petit@example.org' });
    // One invitation of the open need is declined: one still waiting stands for it.
    await actOnThread(deps, open.tokens.get(second[0]!.email)!, 'decline', { body: 'Pas disponible ce mois-ci, désolé.' });
    const [single] = await matching(1, { sector: 'K' });
    await sentRequest(deps, single!.path, { email: 'ines.roux@example.org' });

    const now = deps.clock.now();
    const f = await dashboardFigures(database().db, { departments: ['59'] }, schoolYearOf(now), deps.settings, now);
    expect(f.needs).toEqual({ sent: 2, filled: 1, unfilled: 0, open: 1, nobodyMatched: 0, invited: 5, fillDays: 2 });
    expect(f.flow.sent).toBe(3);
    expect(f.flow.byStatus).toMatchObject({ accepted: 1, sent: 2, declined: 0, filled_elsewhere: 0 });
    expect(f.flow.bySector).toEqual([
      { key: 'I', count: 1 },
      { key: 'J', count: 1 },
      { key: 'K', count: 1 },
    ]);
    expect(f.flow.firstAnswer).toMatchObject({ answered: 1, median: 2 });

    // « Mes demandes » lists the filled need once, by its accepted request.
    const [requester] = await database().db.query<{ id: string }>('SELECT id FROM requesters WHERE email = $1', [REQUESTER]);
    const listed = await requestsOfRequester(deps, { id: requester!.id, email: REQUESTER });
    expect(listed.map((r) => [r.status, r.need?.status])).toEqual([['accepted', 'filled']]);
    const [other] = await database().db.query<{ id: string }>('SELECT id FROM requesters WHERE email = $1', ['marc.petit@example.org']);
    expect((await requestsOfRequester(deps, { id: other!.id, email: 'marc.petit@example.org' })).map((r) => [r.status, r.need])).toEqual([
      ['sent', { status: 'sent', invited: 2 }],
    ]);
  });
});
