/**
 * The dashboard's figures on a hand-built network (tests/support/figures-dataset.ts) against the
 * embedded Postgres, each expected number worked out by hand from the dataset's comments; the
 * scope (a référent of the Nord sees only the Nord, the coordinator the whole Région); deleting an
 * ambassador (the real self-service deletion) or anonymising requests leaves the totals as they were.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import { dashboardFigures } from '../src/server/indicators/dashboard.ts';
import { scopeOf } from '../src/server/indicators/scope.ts';
import { anonymiseRequests } from '../src/server/records/anonymise.ts';
import { deleteAccount } from '../src/server/workflows/self-service.ts';
import { calendarMonth, schoolYear, type Period } from '../src/lib/period.ts';
import type { DashboardFigures } from '../src/lib/indicators/figures.ts';
import { publicSnapshot } from '../src/server/directory-snapshot.ts';
import { makeAmbassadorData, makeReferents, makeSettings } from './fixtures.ts';
import { insertAmbassador } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { NOW, clearFigures, insertDataset, insertRequest, type Dataset } from './support/figures-dataset.ts';
import { SENT_COLUMNS } from '../src/server/indicators/sent.ts';

const database = useTestDatabase();
const settings = makeSettings();
const [claire, sophie] = makeReferents();
const coordinator = { ...claire!, departments: ['59'], coordinator: true };
const YEAR = schoolYear(2025);
let dataset: Dataset;

async function freshDataset() {
  await clearFigures(database().db);
  dataset = await insertDataset(database().db);
}
// The figures only read: one dataset for them; the deletions below start from a fresh one each.
beforeAll(freshDataset);

const figures = (departments: readonly string[], period: Period = YEAR): Promise<DashboardFigures> =>
  dashboardFigures(database().db, { departments }, period, settings, new Date(NOW));

describe('scope', () => {
  it('given a referent, then their départements; given the coordinator, then every département of the Région', () => {
    expect(scopeOf(claire!, settings)).toEqual({ departments: ['59'] });
    expect(scopeOf(coordinator, settings)).toEqual({ departments: ['02', '59', '60', '62', '80'] });
  });
});

describe('figures of the Nord for the school year 2025-2026', () => {
  it('network (1, 3, 4): published by home département, paused apart, active, never solicited', async () => {
    const { network } = await figures(['59']);
    expect(network.total).toEqual({ available: 2, paused: 1, active: 2, longPublished: 2, neverSolicited: 0, departed: 0 });
    expect(network.byType).toEqual([
      { key: 'professional', available: 2, paused: 0, active: 2, longPublished: 2, neverSolicited: 0, departed: 0 },
      { key: 'student_apprentice', available: 0, paused: 1, active: 0, longPublished: 0, neverSolicited: 0, departed: 0 },
    ]);
    expect(network.bySector.map((s) => [s.key, s.available, s.paused])).toEqual([
      ['H', 0, 1],
      ['I', 1, 0],
      ['J', 1, 0],
    ]);
    // Pas-de-Calais: a3 has received nothing in two years; a5 is active through the request reassigned to it.
    const pdc = (await figures(['62'])).network.total;
    expect(pdc).toEqual({ available: 2, paused: 0, active: 1, longPublished: 2, neverSolicited: 1, departed: 0 });
  });

  it('applications (2): waiting today with their age, decided in the period with the delay', async () => {
    const { applications } = await figures(['59']);
    expect(applications).toEqual({
      toValidate: 2,
      waiting: { under7Days: 0, from7To14Days: 1, over14Days: 1, medianDays: 28.5, oldestDays: 44 },
      submitted: 4,
      confirmed: 4,
      approved: 1,
      rejected: 1,
      decisionDays: { median: 7, p90: expect.closeTo(9.4, 6) },
    });
    expect((await figures(['62'])).applications.toValidate).toBe(1);
  });

  it('requests sent (6, 9) by status, open ones by waiting time', async () => {
    const { flow } = await figures(['59']);
    expect(flow.sent).toBe(6);
    expect(flow.byStatus).toEqual({
      awaiting_requester_confirmation: 0,
      sent: 1,
      accepted: 1,
      declined: 1,
      expired: 1,
      cancelled: 0,
      done: 2,
      filled_elsewhere: 0,
    });
    expect(flow.byRequesterKind).toEqual([
      { key: 'individual', count: 4 },
      { key: 'school', count: 2 },
    ]);
    expect(flow.bySector).toEqual([
      { key: 'I', count: 3 },
      { key: 'J', count: 2 },
      { key: 'H', count: 1 },
    ]);
    expect(flow.open).toEqual({
      beforeFirstReminder: 0,
      afterFirstReminder: 1,
      afterSecondReminder: 0,
      pastDeadline: 0,
      awaitingRequester: 0,
      upcoming: 1,
    });
  });

  it('response rate (8), first answer (10), escalations (11)', async () => {
    const { flow } = await figures(['59']);
    expect(flow.response).toEqual({ due: 5, inTime: 4, late: 0, unanswered: 1, pending: 1 });
    expect(flow.firstAnswer).toEqual({ answered: 4, median: 2, p90: expect.closeTo(2.7, 6) });
    expect(flow.escalations).toEqual({ escalated: 1, reassigned: 0, accepted: 0, resolved: 1, resolutionDays: 5 });

    const pdc = (await figures(['62'])).flow;
    expect(pdc.response).toEqual({ due: 2, inTime: 0, late: 2, unanswered: 0, pending: 0 });
    expect(pdc.firstAnswer).toEqual({ answered: 2, median: 13.5, p90: expect.closeTo(14.7, 6) });
    expect(pdc.escalations).toEqual({ escalated: 1, reassigned: 1, accepted: 1, resolved: 1, resolutionDays: 2 });
  });

  it('unmet demand and zones blanches (12) by intervention département × sector', async () => {
    const { supplyDemand } = await figures(['59']);
    expect(supplyDemand.unmet).toEqual({ total: 1, expired: 1, declined: 0, cancelledAfterEscalation: 0 });
    expect(supplyDemand.unmetBySector).toEqual([{ key: 'J', count: 1 }]);
    expect(supplyDemand.rows).toEqual([
      { department: '59', sector: 'H', requests: 1, unmet: 0, outsideZones: 0, available: 0, whiteZone: true },
      { department: '59', sector: 'I', requests: 3, unmet: 0, outsideZones: 0, available: 1, whiteZone: false },
      { department: '59', sector: 'J', requests: 2, unmet: 1, outsideZones: 0, available: 1, whiteZone: false },
    ]);
    // a1 lives in the Nord and intervenes in the Pas-de-Calais too: supply there counts it.
    expect((await figures(['62'])).supplyDemand.rows).toEqual([
      { department: '62', sector: 'F', requests: 1, unmet: 0, outsideZones: 0, available: 1, whiteZone: false },
      { department: '62', sector: 'I', requests: 1, unmet: 1, outsideZones: 0, available: 2, whiteZone: false },
    ]);
  });

  it('zones blanches follow the zone of intervention, not only the département lived in (issue 11)', async () => {
    // An industry ambassador of the Pas-de-Calais whose radius around Arras reaches the Nord: the Nord is no longer blank in H.
    const radius = makeAmbassadorData({
      sector: 'H',
      homeCommune: '62041',
      position: '{"type":"Point","coordinates":[2.7775,50.291]}',
      departments: ['62'],
      zoneKind: 'commune_radius',
      zoneCommune: '62041',
      zoneRadiusKm: 30,
    });
    const snapshot = publicSnapshot(radius);
    expect(snapshot.departments).toEqual(['59', '62']);
    const { id } = await insertAmbassador(database().db, { ...snapshot, department: '62' });
    await database().db.query(`UPDATE ambassadors SET published_at = '2025-01-01' WHERE id = $1`, [id]);
    const rows = (await figures(['59'])).supplyDemand.rows;
    expect(rows.find((r) => r.sector === 'H')).toEqual({
      department: '59',
      sector: 'H',
      requests: 1,
      unmet: 0,
      outsideZones: 0,
      available: 1,
      whiteZone: false,
    });
    await freshDataset();
  });

  it('given requests sent from a commune, then those no zone of an available ambassador of the sector covered count outside the zones, as decided at the sending', async () => {
    const db = database().db;
    // A trade ambassador (G) of the Nord whose zone is Lille alone, and one on pause covering the whole Nord.
    const lille = await insertAmbassador(db, { sector: 'G', departments: ['59'], zoneCommunes: ['59350'] });
    await insertAmbassador(db, { sector: 'G', departments: ['59'], paused: true });
    await db.query(`UPDATE ambassadors SET published_at = '2025-01-01' WHERE id = $1`, [lille.id]);
    const sent = { ambassador: lille.id, department: '59', status: 'sent', sentAt: '2026-02-02T08:00:00Z' };
    const fromLille = await insertRequest(db, { ...sent, email: 'lille@example.org', commune: '59350' });
    const fromDunkerque = await insertRequest(db, { ...sent, email: 'dunkerque@example.org', commune: '59183' });
    await insertRequest(db, { ...sent, email: 'sans-commune@example.org' });
    // An ambassador of the Nord without a zone (a4, sector J) covers every commune of the Nord.
    const fromRoubaix = await insertRequest(db, {
      ...sent,
      ambassador: dataset.ambassadors.a4,
      email: 'roubaix@example.org',
      commune: '59512',
    });
    const flags = await db.query<{ id: string; outside_zones: boolean | null }>(
      'SELECT id, outside_zones FROM requests WHERE id = ANY($1)',
      [[fromLille, fromDunkerque, fromRoubaix]],
    );
    expect(Object.fromEntries(flags.map((f) => [f.id, f.outside_zones]))).toEqual({
      [fromLille]: false,
      [fromDunkerque]: true,
      [fromRoubaix]: false,
    });
    // Decided at the sending: the zone widened later, or the commune removed by anonymisation, change nothing.
    await db.query(`UPDATE ambassadors SET public = public - 'zoneCommunes' WHERE id = $1`, [lille.id]);
    await db.query(
      `UPDATE requests SET requester_commune = NULL, status = 'declined', answered_at = '2026-02-03T08:00:00Z' WHERE id = $1`,
      [fromDunkerque],
    );
    const rows = (await figures(['59'])).supplyDemand.rows;
    expect(rows.find((r) => r.sector === 'G')).toMatchObject({ requests: 3, outsideZones: 1, available: 1, whiteZone: false });
    expect(rows.find((r) => r.sector === 'J')).toMatchObject({ requests: 3, outsideZones: 0 });
    await freshDataset();
  });

  it('interventions done, hours, young people and their source, satisfaction per side (14–17)', async () => {
    const { outcomes } = await figures(['59']);
    expect(outcomes.done).toBe(2);
    expect(outcomes.minutes).toBe(150);
    expect(outcomes.young).toEqual({
      total: 27,
      bySource: {
        requester: { interventions: 1, young: 26 },
        ambassador: { interventions: 0, young: 0 },
        group_size: { interventions: 1, young: 1 },
      },
    });
    expect(outcomes.satisfaction).toEqual({
      requester: { count: 1, mean: 5, distribution: [0, 0, 0, 0, 1] },
      ambassador: { count: 2, mean: 3.5, distribution: [0, 0, 1, 1, 0] },
    });
    expect(outcomes.byTerritory).toEqual([{ key: '59', done: 2, minutes: 150, young: 27 }]);
    const pdc = (await figures(['62'])).outcomes;
    expect(pdc.young.bySource.ambassador).toEqual({ interventions: 1, young: 18 });
    expect(pdc.bySector).toEqual([{ key: 'F', done: 1, minutes: 120, young: 18 }]);
  });

  it('by declared sex (19) and the evaluation table in requests and distinct requesters (20)', async () => {
    const { equity } = await figures(['59']);
    expect(equity.bySex).toEqual([
      { key: 'female', requests: 2, young: 1 },
      { key: 'male', requests: 2, young: 0 },
      { key: 'undisclosed', requests: 0, young: 0 },
      { key: 'group', requests: 2, young: 26 },
    ]);
    const cell = (sex: string | null, age: string | null, situation: string | null) =>
      equity.evaluation.find((e) => e.sex === sex && e.age === age && e.situation === situation);
    expect(cell(null, null, null)).toMatchObject({ requests: 4, requesters: 2 });
    expect(cell(null, '18_25', 'higher_education_student')).toMatchObject({ requests: 1, requesters: 1 });
    expect(cell(null, '18_25', 'job_seeker')).toMatchObject({ requests: 1, requesters: 1 });
    // The same student in two situations: two requests, one person.
    expect(cell(null, '18_25', null)).toMatchObject({ requests: 2, requesters: 1 });
    expect(cell('male', 'under_16', 'pupil')).toMatchObject({ requests: 2, requesters: 1 });
    expect(cell('female', 'under_16', null)).toBeUndefined();
    expect(equity.groups).toEqual([
      { public: 'high_school', level: '2de', requests: 1, requesters: 1, participants: 28 },
      { public: 'middle_school', level: '3e', requests: 1, requesters: 1, participants: 25 },
    ]);
  });

  it('given a month, then only what happened in it', async () => {
    const { flow, outcomes } = await figures(['59'], calendarMonth(2026, 2));
    // Sent in February: r6 and r7; done in February: r3 (1 February, 10:00 in Paris).
    expect(flow.sent).toBe(2);
    expect(outcomes.done).toBe(1);
    expect((await figures(['59'], schoolYear(2024))).outcomes.done).toBe(1);
  });

  it('given a declined request, then only a request accepted in the same period counts as its alternative', async () => {
    // r12 (August 2025) is unmet in 2024-2025, though the same pupil's r7 was accepted in February 2026.
    const before = await figures(['59'], schoolYear(2024));
    expect(before.supplyDemand.unmet).toEqual({ total: 1, expired: 0, declined: 1, cancelledAfterEscalation: 0 });
  });
});

describe('scope of the figures', () => {
  it('given the Nord, then no request of the Pas-de-Calais; given the coordinator, then the whole Région', async () => {
    const nord = await figures(scopeOf(claire!, settings).departments);
    const pdc = await figures(scopeOf(sophie!, settings).departments);
    const region = await figures(scopeOf(coordinator, settings).departments);
    expect(nord.flow.byTerritory).toEqual([{ key: '59', count: 6 }]);
    expect(pdc.flow.byTerritory).toEqual([{ key: '62', count: 2 }]);
    expect(region.flow.sent).toBe(9);
    expect(region.flow.byTerritory.map((t) => t.key).sort()).toEqual(['59', '62', '80']);
    // Cancelled the day after sending, without an answer: not yet counted against anyone.
    expect(region.flow.response).toEqual({ due: 7, inTime: 4, late: 2, unanswered: 1, pending: 2 });
    expect(region.network.total.available).toBe(nord.network.total.available + pdc.network.total.available);
  });
});

describe('unmet demand: the alternative of a declined request', () => {
  beforeEach(freshDataset);

  it('given the same requester accepted in another département after a refusal, then not unmet; accepted before it, then unmet', async () => {
    const db = database().db;
    const before = (await figures(['59'])).supplyDemand.unmet;
    const requester = { kind: 'individual' as const, email: 'apprentie@example.org', sex: 'female', age: '18_25', situation: 'apprentice' };
    const { a1, a2 } = dataset.ambassadors;
    // Declined in the Nord, then accepted in the Pas-de-Calais (outside the scope): an alternative.
    await insertRequest(db, {
      ...requester,
      ambassador: a2,
      department: '59',
      status: 'declined',
      sentAt: '2026-03-02T08:00:00Z',
      answeredAt: '2026-03-03T08:00:00Z',
      closedAt: '2026-03-03T08:00:00Z',
    });
    await insertRequest(db, {
      ...requester,
      ambassador: a1,
      department: '62',
      status: 'accepted',
      sentAt: '2026-03-09T08:00:00Z',
      answeredAt: '2026-03-10T08:00:00Z',
      acceptedStart: '2026-06-25T12:00:00Z',
    });
    // Declined again after that acceptance: no alternative since, unmet.
    await insertRequest(db, {
      ...requester,
      ambassador: a2,
      department: '59',
      status: 'declined',
      sentAt: '2026-04-06T08:00:00Z',
      answeredAt: '2026-04-07T08:00:00Z',
      closedAt: '2026-04-07T08:00:00Z',
    });
    const after = (await figures(['59'])).supplyDemand.unmet;
    expect(after).toEqual({ ...before, total: before.total + 1, declined: before.declined + 1 });
  });

  it('given the index of the sent figures (migration 0021), then it covers every column they read', async () => {
    const rows = await database().db.query<{ name: string }>(
      `SELECT a.attname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
       WHERE c.relname = 'requests_sent_figures'`,
    );
    expect(rows.map((r) => r.name).sort()).toEqual([...SENT_COLUMNS].sort());
  });
});

describe('figures survive deletions', () => {
  beforeEach(freshDataset);
  const deletionDeps = () => ({
    db: database().db,
    clock: manualClock(NOW),
    settings,
    siteUrl: 'https://ambassadeurs.example.org',
    content: fileSystemWriter(mkdtempSync(join(tmpdir(), 'figures-'))),
  });

  it('given an ambassador deletes their account, then the totals of the year do not change', async () => {
    const db = database().db;
    const region = scopeOf(coordinator, settings).departments;
    const before = await figures(region);
    expect(await deleteAccount(deletionDeps(), dataset.ambassadors.a4)).toEqual({ ok: true });
    expect(await db.query('SELECT 1 FROM ambassadors WHERE id = $1', [dataset.ambassadors.a4])).toEqual([]);
    expect(await db.query('SELECT count(*)::int AS n FROM requests WHERE ambassador_id IS NULL AND anonymised_at IS NOT NULL')).toEqual([
      { n: 2 },
    ]);

    const after = await figures(region);
    expect(after.flow).toEqual(before.flow);
    expect(after.outcomes).toEqual(before.outcomes);
    expect(after.equity).toEqual(before.equity);
    expect(after.applications).toEqual(before.applications);
    expect(after.supplyDemand.unmet).toEqual(before.supplyDemand.unmet);
    const demand = (f: DashboardFigures) =>
      f.supplyDemand.rows
        .filter((r) => r.requests > 0)
        .map(({ department, sector, requests, unmet }) => ({ department, sector, requests, unmet }));
    expect(demand(after)).toEqual(demand(before));
    // Figures 1, 3 and 4 still count a4 on the day the figures describe (it left after), through its departure.
    expect(after.network.total).toEqual({ ...before.network.total, departed: 1 });
    expect(after.network.bySector.find((s) => s.key === 'J')).toMatchObject({ available: 1, departed: 1 });
  });

  it('given themes (issue 11), then requests by their theme and ambassadors in each of theirs, kept when an ambassador leaves', async () => {
    const db = database().db;
    const region = scopeOf(coordinator, settings).departments;
    // What the directory sync writes of a profile's themes.
    const { themes } = publicSnapshot(makeAmbassadorData({ themes: ['job_gender_mix', 'disability_employment'] }));
    expect(themes).toEqual(['job_gender_mix', 'disability_employment']);
    await db.query(`UPDATE ambassadors SET public = public || jsonb_build_object('themes', $2::jsonb) WHERE id = $1`, [
      dataset.ambassadors.a4,
      JSON.stringify(themes),
    ]);
    const themed = await db.query<{ id: string }>(
      `UPDATE requests SET theme = 'job_gender_mix' WHERE id IN (SELECT id FROM requests WHERE counts_in_flow AND first_sent_at >= $1
         AND first_sent_at < $2 ORDER BY id LIMIT 2) RETURNING id`,
      [YEAR.start, YEAR.end],
    );
    expect(themed).toHaveLength(2);
    const before = await figures(region);
    expect(before.flow.byTheme).toEqual([
      { key: '', count: before.flow.sent - 2 },
      { key: 'job_gender_mix', count: 2 },
    ]);
    const byTheme = (f: DashboardFigures) => f.network.byTheme.map((t) => [t.key, t.available, t.departed]);
    const published = before.network.total.available;
    expect(byTheme(before)).toEqual([
      ['', published - 1, 0],
      ['disability_employment', 1, 0],
      ['job_gender_mix', 1, 0],
    ]);

    expect(await deleteAccount(deletionDeps(), dataset.ambassadors.a4)).toEqual({ ok: true });
    const after = await figures(region);
    expect(after.flow.byTheme).toEqual(before.flow.byTheme);
    expect(byTheme(after)).toEqual([
      ['', published - 1, 0],
      ['disability_employment', 1, 1],
      ['job_gender_mix', 1, 1],
    ]);
  });

  it('given the requests are anonymised (retention), then the totals do not change', async () => {
    const db = database().db;
    const region = scopeOf(coordinator, settings).departments;
    const before = await figures(region);
    expect(await anonymiseRequests(db, new Date(NOW), `status IN ('done', 'declined', 'expired', 'cancelled')`, [])).toHaveLength(9);
    const after = await figures(region);
    expect(after.flow).toEqual(before.flow);
    expect(after.outcomes).toEqual(before.outcomes);
    expect(after.equity.evaluation).toEqual(before.equity.evaluation);
    expect(after.equity.bySex).toEqual(before.equity.bySex);
  });
});
