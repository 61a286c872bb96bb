/**
 * The referents' dashboard through its handler, with real Requests and a real session on the
 * embedded Postgres (the hand-built network of tests/support/figures-dataset.ts): it is the
 * landing after sign-in, it shows each figure with its definition, a referent sees their
 * départements only and the coordinator the whole Région, and a period or département outside
 * what the referent may see answers 404, a malformed one 400 in French.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import { dashboardHandler, referentSessionHandler, referentSignInHandler } from '../src/server/handlers/referents.ts';
import type { AppDeps } from '../src/server/deps.ts';
import type { Referent } from '../src/server/referents.ts';
import { figureDefinitions } from '../src/lib/indicators/definitions.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { NOW, clearFigures, insertDataset } from './support/figures-dataset.ts';
import { mainText, parseHtml, titleOf } from './support/html.ts';
import { SITE, cookieFrom, formPost, get, outbox, tokenIn } from './support/http.ts';

const database = useTestDatabase();
const referents: Referent[] = [
  ...makeReferents(),
  {
    name: 'Anne R.',
    role: 'Coordinatrice régionale',
    email: 'anne@example.org',
    phone: '03 99 10 20 30',
    departments: ['59'],
    order: 0,
    coordinator: true,
  },
];
let deps: AppDeps & { referents: Referent[] };
const cookies: Record<string, string> = {};

async function signIn(email: string): Promise<string> {
  await referentSignInHandler(async () => deps)(formPost('/api/referents/connexion', { email }));
  const token = tokenIn((await outbox(database().db)).filter((m) => m.recipient === email).at(-1));
  const response = await referentSessionHandler(async () => deps)(formPost('/api/referents/session', { jeton: token }));
  expect(response.status).toBe(303);
  expect(response.headers.get('Location')).toBe('/api/referents/tableau-de-bord');
  return cookieFrom(response);
}

beforeAll(async () => {
  await clearFigures(database().db);
  await insertDataset(database().db);
  deps = {
    db: database().db,
    clock: manualClock(NOW),
    settings: makeSettings(),
    siteUrl: SITE,
    referents,
    content: fileSystemWriter(mkdtempSync(join(tmpdir(), 'dashboard-'))),
  };
  for (const email of ['claire@example.org', 'sophie@example.org', 'anne@example.org']) cookies[email] = await signIn(email);
});

const dashboard = (query: string, email = 'claire@example.org') =>
  dashboardHandler(async () => deps)(get(`/api/referents/tableau-de-bord${query}`, cookies[email]));

/** The text of the figure section whose heading is `heading`. */
function figureText(html: string, heading: string): string {
  const h3 = parseHtml(html)
    .querySelectorAll('h3')
    .find((h) => h.text === heading);
  return (h3?.parentNode?.text ?? '').replace(/\s+/g, ' ').replace(/\u00a0/g, ' ');
}

describe('referents’ dashboard', () => {
  it('given a signed-in referent, then the current school year of their départements, each figure with its definition', async () => {
    const response = await dashboard('');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(titleOf(html)).toMatch(/^Tableau de bord – /);
    const page = parseHtml(html);
    expect(page.querySelectorAll('h2').map((h) => h.text)).toEqual([
      'Le réseau des ambassadeurs',
      'Les demandes et leurs réponses',
      'L’offre et la demande par département et secteur',
      'Les interventions réalisées et les avis',
      'Les mini-stages',
      'Équité et évaluation',
      'L’animation du réseau',
    ]);
    const definitions = figureDefinitions(deps.settings);
    for (const { label, definition } of Object.values(definitions)) {
      const h3 = page.querySelectorAll('h3').find((h) => h.text === label);
      expect(h3, label).toBeDefined();
      expect(h3!.nextElementSibling?.classList.contains('definition'), label).toBe(true);
      expect(h3!.nextElementSibling?.text, label).toContain(definition);
    }
    expect(mainText(html)).toContain('Chiffres du département Nord (59), pour l’année scolaire 2025-2026, données au 15/06/2026.');
    expect(figureText(html, 'Demandes envoyées')).toContain('6 demandes envoyées dans la période');
    expect(figureText(html, 'Taux de réponse dans le délai')).toContain(
      '80 % des demandes envoyées ont reçu une réponse dans le délai de 10 jours (4 sur 5).',
    );
    expect(figureText(html, 'Offre et demande par département et secteur')).toContain(
      '1 zone blanche : Industrie dans le département Nord (59) (1 demande).',
    );
    // Every chart: a figure, its takeaway as caption, a hidden drawing and the table of its numbers.
    const charts = page.querySelectorAll('figure.chart');
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const chart of charts) {
      expect(chart.querySelector('figcaption')?.text.length).toBeGreaterThan(10);
      expect(chart.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
      expect(chart.querySelector('table caption')).not.toBeNull();
    }
    // The referents' navigation leads here.
    expect(page.querySelector('nav[aria-label="Espace des référents"] a')?.getAttribute('href')).toBe('/api/referents/tableau-de-bord');
  });

  it('given the period chooser, then the school years with data and the months of the chosen one up to now, without script', async () => {
    const page = parseHtml(await (await dashboard('?periode=2026-02')).text());
    const form = page.querySelector('form[action="/api/referents/tableau-de-bord"]')!;
    expect(form.getAttribute('method')).toBe('get');
    const options = form.querySelectorAll('#periode option');
    expect(options.map((o) => o.getAttribute('value'))).toEqual([
      '2025-2026',
      '2024-2025',
      '2023-2024',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(options.find((o) => o.hasAttribute('selected'))?.getAttribute('value')).toBe('2026-02');
    // A single département: no département choice.
    expect(form.querySelector('#departement')).toBeNull();
    expect(page.querySelectorAll('script')).toHaveLength(0);
  });

  it('given a month, then the figures of that month', async () => {
    const html = await (await dashboard('?periode=2026-02')).text();
    expect(mainText(html)).toContain('pour février 2026');
    expect(figureText(html, 'Demandes envoyées')).toContain('2 demandes envoyées dans la période');
    expect(figureText(html, 'Interventions réalisées')).toContain('1 intervention réalisée, soit 1 h.');
  });

  it('given the Pas-de-Calais referent, then none of the Nord’s requests; given the coordinator, then the whole Région and a choice of département', async () => {
    expect(figureText(await (await dashboard('', 'sophie@example.org')).text(), 'Demandes envoyées')).toContain(
      '2 demandes envoyées dans la période',
    );
    const region = await (await dashboard('', 'anne@example.org')).text();
    expect(mainText(region)).toContain('Chiffres de toute la Région');
    expect(figureText(region, 'Demandes envoyées')).toContain('9 demandes envoyées dans la période');
    expect(
      parseHtml(region)
        .querySelectorAll('#departement option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['', '02', '59', '60', '62', '80']);
    const pdc = await dashboard('?departement=62', 'anne@example.org');
    expect(pdc.status).toBe(200);
    const pdcHtml = await pdc.text();
    expect(mainText(pdcHtml)).toContain('Chiffres du département Pas-de-Calais (62)');
    expect(figureText(pdcHtml, 'Demandes envoyées')).toContain('2 demandes envoyées dans la période');
  });

  it('given a period or a département outside what the referent may see, then 404 as an unknown page', async () => {
    for (const [query, email] of [
      ['?departement=62', 'claire@example.org'],
      ['?departement=75', 'anne@example.org'],
      ['?periode=2026-2027', 'claire@example.org'],
      ['?periode=2026-07', 'claire@example.org'],
      ['?periode=2019-2020', 'claire@example.org'],
      ['?periode=2025-2027', 'claire@example.org'],
      ['?periode=2199-2200', 'claire@example.org'],
    ] as const) {
      const response = await dashboard(query, email);
      expect(response.status, query).toBe(404);
      const html = await response.text();
      expect(titleOf(html), query).toMatch(/^Page introuvable/);
      expect(mainText(html), query).toContain('Cette page n’existe pas ou plus.');
    }
  });

  it('given a malformed period or département, then 400 with a French message saying what to write', async () => {
    const period = await dashboard('?periode=juin');
    expect(period.status).toBe(400);
    expect(mainText(await period.text())).toContain('La période doit être une année scolaire, par exemple 2025-2026, ou un mois');
    const department = await dashboard(`?departement=${encodeURIComponent("59' OR 1=1")}`);
    expect(department.status).toBe(400);
    expect(mainText(await department.text())).toContain('Le département doit être écrit par son code');
  });

  it('given no session or another method, then 401 or 405', async () => {
    expect((await dashboardHandler(async () => deps)(get('/api/referents/tableau-de-bord'))).status).toBe(401);
    const posted = formPost('/api/referents/tableau-de-bord', {}, { cookie: cookies['claire@example.org']! });
    expect((await dashboardHandler(async () => deps)(posted)).status).toBe(405);
  });
});
