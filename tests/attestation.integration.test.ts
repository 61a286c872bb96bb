/**
 * Attestations of engagement through the function handlers on the embedded Postgres, with a clock
 * moved by hand: issued from the ambassador's space for a school year or two dates (only the
 * interventions done in it, counted as the figures count them), checked on the public page with
 * the code as people type it, revoked when the account is deleted, and out of reach of guessing
 * (one answer for any wrong code, nothing written, limits per connection).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { CODE_ALPHABET } from '../src/lib/attestation.ts';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import type { AppDeps } from '../src/server/deps.ts';
import { VERIFICATION_LIMITS, attestationVerificationHandler, profileAttestationHandler } from '../src/server/handlers/attestation.ts';
import {
  manageLinkRequestHandler,
  profileExportHandler,
  profileSessionHandler,
  profileSpaceHandler,
} from '../src/server/handlers/self-service.ts';
import { ATTESTATIONS_PER_HOUR } from '../src/server/workflows/attestation/issue.ts';
import { NO_SUCH_CODE, REVOKED } from '../src/views/attestation/VerificationPage.tsx';
import { makeSettings } from './fixtures.ts';
import { insertAmbassador, type AmbassadorFixture } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { fieldErrors, mainText, parseHtml } from './support/html.ts';
import { SITE, cookieFrom, formPost, get, outbox, tokenIn } from './support/http.ts';

const database = useTestDatabase();
let deps: AppDeps & { clock: ReturnType<typeof manualClock> };
let ambassador: AmbassadorFixture;
let other: AmbassadorFixture;

beforeEach(async () => {
  await database().db.query(
    'DELETE FROM attestations; DELETE FROM feedback; DELETE FROM requests; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM sessions; DELETE FROM rate_limits; DELETE FROM audit_events',
  );
  deps = {
    db: database().db,
    // Monday 2 November 2026, 10:00 in Paris.
    clock: manualClock('2026-11-02T09:00:00Z'),
    settings: makeSettings(),
    siteUrl: SITE,
    content: fileSystemWriter(mkdtempSync(join(tmpdir(), 'attestation-'))),
  };
  ambassador = await insertAmbassador(database().db, { displayName: 'Camille R.' });
  other = await insertAmbassador(database().db, { displayName: 'Yanis B.' });
  await database().db.query(`UPDATE applications SET first_name = 'Camille', last_name = 'Roussel' WHERE id = $1`, [ambassador.id]);
});

const provider = async () => deps;
const attestationPage = profileAttestationHandler(provider);
const verifier = attestationVerificationHandler(provider);
const verify = (code: unknown, ip = '192.0.2.10') => verifier(formPost('/attestation/verifier/', { code }), { ip });

let requesters = 0;

/** A request straight in the table (the facts the figures read), with each side's young people reached if given. */
async function insertRequest(
  ambassadorId: string,
  r: {
    status?: string;
    acceptedStart: string;
    intervention?: string;
    public?: string;
    level?: string | null;
    modality?: string;
    groupSize?: number;
    durationMinutes?: number;
    requesterYoung?: number;
    ambassadorYoung?: number;
  },
): Promise<string> {
  requesters += 1;
  const [row] = await database().db.query<{ id: string }>(
    `INSERT INTO requests (ambassador_id, status, requester_kind, requester_name, requester_email, organisation_name, requester_department,
       intervention, public, level, group_size, modality, duration_minutes, slots, requester_slots, accepted_start, message, created_at, sent_at, closed_at)
     VALUES ($1, $2, 'school', 'Louise Martin', $3, 'Lycée Faidherbe', '59', $4, $5, $6, $7, $8, $9, '[]', '[]', $10,
       'Nous préparons les choix d’orientation.', $10::timestamptz - interval '20 days', $10::timestamptz - interval '20 days', $10::timestamptz + interval '1 day')
     RETURNING id`,
    [
      ambassadorId,
      r.status ?? 'done',
      `demandeur${requesters}@example.org`,
      r.intervention ?? 'classroom_talk',
      r.public ?? 'high_school',
      r.level === undefined ? 'lycee_seconde' : r.level,
      r.groupSize ?? 28,
      r.modality ?? 'in_person',
      r.durationMinutes ?? 90,
      r.acceptedStart,
    ],
  );
  for (const [side, young] of [
    ['requester', r.requesterYoung],
    ['ambassador', r.ambassadorYoung],
  ] as const) {
    if (young !== undefined)
      await database().db.query(
        `INSERT INTO feedback (request_id, side, satisfaction, young_people_reached, created_at) VALUES ($1, $2, 5, $3, now())`,
        [row!.id, side, young],
      );
  }
  return row!.id;
}

/** Interventions of 2025-2026 and around it: three done in the year, the rest not to count. */
async function schoolYearActivity(): Promise<void> {
  // 1 September 00:30 in Paris: the new school year already.
  await insertRequest(ambassador.id, { acceptedStart: '2025-08-31T22:30:00Z', requesterYoung: 25, ambassadorYoung: 30 });
  await insertRequest(ambassador.id, {
    acceptedStart: '2026-01-15T13:00:00Z',
    intervention: 'remote_exchange',
    modality: 'remote',
    public: 'job_seekers',
    level: null,
    groupSize: 1,
    durationMinutes: 60,
    ambassadorYoung: 2,
  });
  await insertRequest(ambassador.id, {
    acceptedStart: '2026-06-20T08:00:00Z',
    groupSize: 18,
    durationMinutes: 240,
    public: 'middle_school',
    level: 'college_4_3',
  });
  // Not to count: 31 August 23:30 in Paris (the year before), the next year, accepted but not done, cancelled, someone else's.
  await insertRequest(ambassador.id, { acceptedStart: '2025-08-31T21:30:00Z' });
  await insertRequest(ambassador.id, { acceptedStart: '2026-09-10T08:00:00Z' });
  await insertRequest(ambassador.id, { status: 'accepted', acceptedStart: '2026-05-10T08:00:00Z' });
  await insertRequest(ambassador.id, { status: 'cancelled', acceptedStart: '2026-05-11T08:00:00Z' });
  await insertRequest(other.id, { acceptedStart: '2026-03-10T08:00:00Z' });
}

async function signIn(email: string): Promise<string> {
  await manageLinkRequestHandler(provider)(formPost('/api/profil/lien', { email }));
  const link = (await outbox(database().db)).filter((m) => m.template === 'manage_profile_link').at(-1);
  return cookieFrom(await profileSessionHandler(provider)(formPost('/api/profil/session', { jeton: tokenIn(link) })));
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await database().db.query<{ n: number }>(sql, params);
  return Number(row!.n);
}

const attestationRows = () => database().db.query<Record<string, unknown>>('SELECT * FROM attestations ORDER BY issued_at, id');

/** Issues an attestation from the space; its page and its code. */
async function issue(cookie: string, fields: Record<string, unknown> = { periode: '2025-2026' }) {
  const response = await attestationPage(formPost('/api/profil/attestation', fields, { cookie }));
  const html = await response.text();
  return { response, html, code: parseHtml(html).querySelector('.attestation-code')?.text ?? '' };
}

const rowsOf = (html: string) =>
  parseHtml(html)
    .querySelectorAll('.attestation tbody tr')
    .map((tr) => tr.querySelectorAll('td').map((td) => td.text));

describe('issuing an attestation', () => {
  it('given interventions done, when the ambassador asks for a school year, then the page lists those done in it, with the figures’ young-people rule, and stores only the code’s hash', async () => {
    await schoolYearActivity();
    const cookie = await signIn(ambassador.email);
    const form = await attestationPage(get('/api/profil/attestation', cookie));
    expect(form.status).toBe(200);
    const formHtml = await form.text();
    // From the school year of the first intervention done to today's.
    expect(
      parseHtml(formHtml)
        .querySelectorAll('select[name=periode] option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['2026-2027', '2025-2026', '2024-2025', 'dates']);

    const { response, html, code } = await issue(cookie);
    expect(response.status).toBe(200);
    expect(rowsOf(html)).toEqual([
      ['01/09/2025', 'Intervention en classe', 'Présentiel', 'Lycéens (Lycée général ou technologique : seconde)', '25', '1 h 30'],
      ['15/01/2026', 'Échange à distance', 'Distanciel', "Demandeurs d'emploi", '2', '1 h'],
      ['20/06/2026', 'Intervention en classe', 'Présentiel', 'Collégiens (Collège : 4e ou 3e)', '18', '4 h'],
    ]);
    expect(
      parseHtml(html)
        .querySelector('.attestation tfoot tr')!
        .querySelectorAll('th, td')
        .map((c) => c.text),
    ).toEqual(['Total : 3 interventions', '45', '6 h 30']);
    const text = mainText(html);
    expect(text).toContain('La Région Hauts-de-France, qui anime le Réseau des ambassadeurs métiers, atteste que Camille Roussel');
    expect(text).toContain('Délivrée le 2 novembre 2026 par la Région Hauts-de-France');
    expect(text).not.toMatch(/Louise|Faidherbe|demandeur\d/);
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`));

    const rows = await attestationRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      ambassador_id: ambassador.id,
      code_hash: createHash('sha256').update(code.replace('-', '')).digest('hex'),
      holder_name: 'Camille Roussel',
      period_label: 'année scolaire 2025-2026',
      interventions: 3,
      minutes: 390,
      young_people: 45,
      revoked_at: null,
    });
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(code.replace('-', ''));
    expect(stored).not.toContain(code);
    const events = await database().db.query<{ action: string; subject: string }>(
      `SELECT action, subject FROM audit_events WHERE action LIKE 'attestation%'`,
    );
    expect(events).toEqual([{ action: 'attestation_issued', subject: ambassador.id }]);

    // The space lists it (without its code), and the data export holds what it states.
    const listed = mainText(await (await attestationPage(get('/api/profil/attestation', cookie))).text());
    expect(listed).toContain('Délivrée le 2 novembre 2026 : année scolaire 2025-2026, 3 interventions, 6 h 30.');
    expect(listed).not.toContain(code);
    const data = await (await profileExportHandler(provider)(get('/api/profil/donnees', cookie))).json();
    expect(data.attestations).toEqual([
      expect.objectContaining({
        delivreeA: 'Camille Roussel',
        periode: 'année scolaire 2025-2026',
        interventions: 3,
        minutesDIntervention: 390,
        jeunesTouches: 45,
      }),
    ]);
  });

  it('given two dates, then only what was done between them, the last day included', async () => {
    await schoolYearActivity();
    const cookie = await signIn(ambassador.email);
    const { response, html } = await issue(cookie, { periode: 'dates', debut: '2026-01-15', fin: '2026-06-20' });
    expect(response.status).toBe(200);
    expect(rowsOf(html).map((r) => r[0])).toEqual(['15/01/2026', '20/06/2026']);
    expect(parseHtml(html).querySelector('caption')?.text).toBe('Interventions réalisées, du 15 janvier 2026 au 20 juin 2026');
  });

  it('given a wrong period, or one without any intervention done, then 422 with a French message and nothing written', async () => {
    await schoolYearActivity();
    const cookie = await signIn(ambassador.email);
    const before = await count('SELECT count(*) AS n FROM audit_events');
    for (const [fields, field, message] of [
      [{ periode: 'dates', debut: '2026-03-01', fin: '2026-12-31' }, 'fin', 'Date de fin : aujourd’hui au plus tard.'],
      [{ periode: '2030-2031' }, 'periode', 'Période : choisissez une année scolaire de la liste ou « D’autres dates ».'],
      [
        { periode: 'dates', debut: '2026-07-01', fin: '2026-08-31' },
        'periode',
        'Période : aucune intervention réalisée sur cette période. Choisissez-en une autre.',
      ],
    ] as const) {
      const { response, html } = await issue(cookie, fields);
      expect(response.status, JSON.stringify(fields)).toBe(422);
      expect(fieldErrors(html)[field]).toBe(message);
    }
    expect(await count('SELECT count(*) AS n FROM attestations')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM audit_events')).toBe(before);
  });

  it('given generated period forms, then each is refused with a French message or issues exactly one attestation', async () => {
    await insertRequest(ambassador.id, { acceptedStart: '2026-03-10T08:00:00Z' });
    const cookie = await signIn(ambassador.email);
    const value = fc.oneof(
      fc.constantFrom(
        '',
        'dates',
        '2025-2026',
        '2026-2027',
        '2026-03',
        '2099-2100',
        '2026-02-30',
        '2026-03-10',
        '2026-13-01',
        '2030-01-01',
      ),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(value, value, value, async (periode, debut, fin) => {
        await database().db.query('DELETE FROM rate_limits');
        const before = await count('SELECT count(*) AS n FROM attestations');
        const { response, html } = await issue(cookie, { periode, debut, fin });
        if (response.status === 200) {
          expect(await count('SELECT count(*) AS n FROM attestations')).toBe(before + 1);
          return;
        }
        expect(response.status).toBe(422);
        const messages = Object.values(fieldErrors(html));
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) expect(message).toMatch(/^(Période|Date de début|Date de fin) : /);
        expect(await count('SELECT count(*) AS n FROM attestations')).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('given many attestations asked in an hour, then past the limit 429 and nothing more is stored', async () => {
    await schoolYearActivity();
    const cookie = await signIn(ambassador.email);
    for (let i = 0; i < ATTESTATIONS_PER_HOUR.max; i++) expect((await issue(cookie)).response.status).toBe(200);
    const over = await issue(cookie);
    expect(over.response.status).toBe(429);
    expect(fieldErrors(over.html).periode).toContain('Réessayez plus tard');
    expect(await count('SELECT count(*) AS n FROM attestations')).toBe(ATTESTATIONS_PER_HOUR.max);
    // The session lasts an hour too: a new one the next hour.
    deps.clock.advance(3_600_000);
    expect((await issue(await signIn(ambassador.email))).response.status).toBe(200);
  });

  it('given no session, or a post from another site, then no attestation', async () => {
    await schoolYearActivity();
    expect((await attestationPage(formPost('/api/profil/attestation', { periode: '2025-2026' }))).status).toBe(401);
    const cookie = await signIn(ambassador.email);
    const foreign = await attestationPage(
      formPost('/api/profil/attestation', { periode: '2025-2026' }, { cookie, origin: 'https://ailleurs.example' }),
    );
    expect(foreign.status).toBe(403);
    expect(
      (await attestationPage(new Request(`${SITE}/api/profil/attestation`, { method: 'PUT', headers: { Cookie: cookie } }))).status,
    ).toBe(405);
    expect(await count('SELECT count(*) AS n FROM attestations')).toBe(0);
  });
});

describe('verifying an attestation', () => {
  it('given the code typed in lower case with spaces, then the page shows what the attestation states and that it is valid', async () => {
    await schoolYearActivity();
    const { code } = await issue(await signIn(ambassador.email));
    deps.clock.advance(30 * 86_400_000);
    const response = await verify(` ${code.toLowerCase().replace('-', ' ')} `);
    expect(response.status).toBe(200);
    const doc = parseHtml(await response.text());
    expect(doc.querySelector('#titre-resultat')?.text).toBe('Attestation valide');
    expect(doc.querySelectorAll('main dd').map((d) => d.text)).toEqual([
      'Camille Roussel',
      'année scolaire 2025-2026',
      '3',
      '6 h 30',
      '45',
      '2 novembre 2026',
    ]);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('given the account deleted, then the code reads « révoquée » and nothing else, and the name is erased', async () => {
    await schoolYearActivity();
    const cookie = await signIn(ambassador.email);
    const first = (await issue(cookie)).code;
    const second = (await issue(cookie, { periode: 'dates', debut: '2026-01-01', fin: '2026-06-30' })).code;
    deps.clock.advance(86_400_000);
    const deleted = await profileSpaceHandler(provider)(
      formPost('/api/profil', { action: 'supprimer', confirmation: 'oui' }, { cookie: await signIn(ambassador.email) }),
    );
    expect(deleted.status).toBe(200);

    for (const code of [first, second]) {
      const response = await verify(code);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(parseHtml(html).querySelector('[role=status]')?.text).toBe(REVOKED);
      expect(mainText(html)).not.toMatch(/Camille|Roussel|2025-2026|6 h 30/);
    }
    const rows = await attestationRows();
    expect(rows.map((r) => [r.holder_name, r.ambassador_id, (r.revoked_at as Date).toISOString()])).toEqual([
      [null, null, '2026-11-03T09:00:00.000Z'],
      [null, null, '2026-11-03T09:00:00.000Z'],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Camille|Roussel/);
  });

  it('given an account deleted without revoking its attestations, then the database refuses the deletion', async () => {
    await schoolYearActivity();
    await issue(await signIn(ambassador.email));
    await expect(database().db.query('DELETE FROM applications WHERE id = $1', [ambassador.id])).rejects.toThrow(/attestations/);
    expect(await count('SELECT count(*) AS n FROM ambassadors WHERE id = $1', [ambassador.id])).toBe(1);
  });

  it('given generated codes, malformed or well formed but unknown, then the same 422 and message for all, and nothing written but the counter', async () => {
    await schoolYearActivity();
    const { code } = await issue(await signIn(ambassador.email));
    const rows = JSON.stringify(await attestationRows());
    const events = await count('SELECT count(*) AS n FROM audit_events');
    const wellFormed = fc.array(fc.constantFrom(...CODE_ALPHABET), { minLength: 8, maxLength: 8 }).map((c) => c.join(''));
    const typed = fc.oneof(
      wellFormed,
      wellFormed.map((c) => `${c.slice(0, 4)}-${c.slice(4)}`.toLowerCase()),
      fc.string({ maxLength: 20 }),
      fc.constantFrom('', ' ', 'ABCD-234', 'ABCD-23456', 'ABCD-I0L1', 'OOOOOOOO', 'x'.repeat(500), '<script>', "' OR 1=1 --"),
    );
    const answers = new Set<string>();
    await fc.assert(
      fc.asyncProperty(typed, async (value) => {
        fc.pre(value.replace(/[\s-]/g, '').toUpperCase() !== code.replace('-', ''));
        await database().db.query('DELETE FROM rate_limits');
        const response = await verify(value);
        expect(response.status).toBe(422);
        const html = await response.text();
        expect(fieldErrors(html)).toEqual({ code: NO_SUCH_CODE });
        expect(parseHtml(html).querySelector('#titre-resultat')).toBeNull();
        // The same page whatever was typed, but for the field that keeps it.
        const page = parseHtml(html);
        page.querySelector('input[name=code]')?.setAttribute('value', '');
        answers.add(page.toString());
      }),
      { numRuns: 150 },
    );
    expect(answers.size).toBe(1);
    expect(JSON.stringify(await attestationRows())).toBe(rows);
    expect(await count('SELECT count(*) AS n FROM audit_events')).toBe(events);
    expect(await count('SELECT count(*) AS n FROM outbox WHERE template <> $1', ['manage_profile_link'])).toBe(0);
  });

  it('given a connection that has tried 10 codes in an hour, then even the right code is refused (429) until the next hour, and 30 a day at most', async () => {
    await schoolYearActivity();
    const { code } = await issue(await signIn(ambassador.email));
    const [hourly, daily] = VERIFICATION_LIMITS;
    expect([hourly!.max, daily!.max]).toEqual([10, 30]);
    // 09:00 UTC: three hours of ten attempts each stay within the same day.
    for (let i = 0; i < 9; i++) expect((await verify('ZZZZ-ZZZZ')).status).toBe(422);
    expect((await verify(code)).status).toBe(200);
    const over = await verify(code);
    expect(over.status).toBe(429);
    expect(over.headers.get('Retry-After')).toBe('3600');
    expect(fieldErrors(await over.text()).code).toBe(
      'Code de vérification : trop de vérifications depuis votre connexion. Réessayez plus tard.',
    );
    // Another connection is not held up; another address of the same IPv6 /64 is the same connection.
    expect((await verify(code, '198.51.100.7')).status).toBe(200);
    for (let i = 0; i < 10; i++) await verify('ZZZZ-ZZZZ', '2001:db8:1:2::1');
    expect((await verify(code, '2001:db8:1:2::ff')).status).toBe(429);

    // The day counts what each hour let through: 10, then 10, then 10; the 31st waits for the next day.
    deps.clock.advance(3_600_000);
    expect((await verify(code)).status).toBe(200);
    for (let i = 0; i < 9; i++) await verify('ZZZZ-ZZZZ');
    deps.clock.advance(3_600_000);
    for (let i = 0; i < 9; i++) await verify('ZZZZ-ZZZZ');
    expect((await verify(code)).status).toBe(200);
    deps.clock.advance(3_600_000);
    const overDay = await verify(code);
    expect(overDay.status).toBe(429);
    expect(overDay.headers.get('Retry-After')).toBe('86400');
  });

  it('given the page, then GET shows the form without the database, and other methods or sites are refused', async () => {
    const failing = attestationVerificationHandler(async () => {
      throw new Error('down');
    });
    const form = await failing(get('/attestation/verifier/'));
    expect(form.status).toBe(200);
    expect(
      parseHtml(await form.text()).querySelector('form[method=post][action="/attestation/verifier/"] input[name=code]'),
    ).not.toBeNull();
    expect((await failing(formPost('/attestation/verifier/', { code: 'ABCD-2345' }))).status).toBe(503);
    expect((await verifier(formPost('/attestation/verifier/', { code: 'ABCD-2345' }, { origin: 'https://ailleurs.example' }))).status).toBe(
      403,
    );
    expect((await verifier(new Request(`${SITE}/attestation/verifier/`, { method: 'DELETE' }))).status).toBe(405);
    expect(await count('SELECT count(*) AS n FROM rate_limits')).toBe(0);
  });
});
