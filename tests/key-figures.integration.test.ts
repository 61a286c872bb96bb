/**
 * The public « Chiffres clés » (/chiffres-cles/) on the embedded Postgres: figures by département
 * and school year computed from requests taken through the real workflows (mini-stages held counted
 * apart), the small-cell rule
 * (« moins de 5 », also for sums and means over fewer than 5 interventions or answers), « Données au »,
 * tables with captions and header cells, a public cache header and the security headers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { keyFiguresHandler } from '../src/server/handlers/key-figures.ts';
import { SECURITY_HEADERS } from '../src/server/http.ts';
import type { RequestDeps } from '../src/server/workflows/requests/deps.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { insertAmbassador } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { formPost, get } from './support/http.ts';
import { parseHtml } from './support/html.ts';
import { acceptedRequest, completeAccepted, giveFeedback } from './support/requests.ts';

const database = useTestDatabase();
let deps: RequestDeps & { clock: ReturnType<typeof manualClock> };
let html: HTMLElement;
let response: Response;

/**
 * School year 2025-2026: five interventions in the Nord (59), each with 20 young people and a
 * requester's score, three with an ambassador's score; one in the Pas-de-Calais (62). School year
 * 2026-2027 (the current one): two in the Nord. Six requesters signed in to « Mes demandes » in March.
 */
beforeAll(async () => {
  const db = database().db;
  deps = {
    db,
    clock: manualClock('2026-03-02T09:00:00Z'),
    settings: makeSettings(),
    siteUrl: 'https://ambassadeurs.example.org',
    referents: makeReferents(),
  };
  const nord = await insertAmbassador(db, { capacity: 20 });
  for (let i = 0; i < 5; i++) await insertAmbassador(db);
  const pasDeCalais = await insertAmbassador(db, { department: '62' });
  await insertAmbassador(db, { department: '62' });

  const lastYear = [];
  for (let i = 0; i < 5; i++) lastYear.push(await acceptedRequest(deps, nord.path, { email: `nord${i}@example.org` }));
  const inPasDeCalais = await acceptedRequest(deps, pasDeCalais.path, { email: 'pdc@example.org', department: '62', groupSize: '28' });
  await completeAccepted(deps);
  for (const [i, request] of lastYear.entries()) {
    await giveFeedback(deps, request.id, 'requester', [5, 4, 5, 4, 4][i]!, 20);
    if (i < 3) await giveFeedback(deps, request.id, 'ambassador', 5);
  }
  await db.query(`UPDATE requesters SET signed_in_at = $1`, [deps.clock.now()]);
  expect(inPasDeCalais.id).toBeTruthy();

  // Mini-stages held (as the follow-up job leaves them): five in the Nord and one in the Somme last school year, one
  // declined (not held); counted apart from the interventions.
  for (const [department, status, day] of [
    ...Array.from({ length: 5 }, () => ['59', 'done', '2026-02-09']),
    ['80', 'done', '2025-09-01'],
    ['59', 'declined', '2026-02-16'],
  ])
    await db.query(
      `INSERT INTO ministage_applications (offer_id, department, sector, offer_title, status, period_start, start_day, end_day, level, under_16,
         agreement_issuer, requester_kind, created_at) VALUES ('boulanger', $1, 'C', 'Boulanger', $2, $3, $3, $3::date + 2, 'college_4_3', true, 'school', 'school', $3)`,
      [department, status, day],
    );

  deps.clock.advance(new Date('2026-11-02T09:00:00Z').getTime() - deps.clock.now().getTime());
  for (let i = 0; i < 2; i++) await acceptedRequest(deps, nord.path, { email: `nouveau${i}@example.org` });
  await completeAccepted(deps); // 5 November 2026

  response = await keyFiguresHandler(async () => deps)(get('/chiffres-cles/'));
  html = parseHtml(await response.clone().text());
});

/** The cells of the table whose caption starts with `caption`: row header → the texts of its cells. */
function table(caption: string): Record<string, string[]> {
  const found = html.querySelectorAll('table').find((t) => t.querySelector('caption')!.text.startsWith(caption));
  if (!found) throw new Error(`Pas de tableau « ${caption} »`);
  const rows: Record<string, string[]> = {};
  rows.colonnes = found.querySelectorAll('thead th').map((th) => th.text.trim());
  for (const tr of found.querySelectorAll('tbody tr'))
    rows[tr.querySelector('th')!.text.trim()] = tr.querySelectorAll('td').map((td) => td.text.trim());
  return rows;
}

describe('public key figures', () => {
  it('given the network’s data, then each figure is shown by département and school year, with the date', () => {
    expect(response.status).toBe(200);
    expect(html.querySelector('h1')!.text).toBe('Chiffres clés du réseau');
    expect(html.querySelector('main')!.text).toContain('Données au jeudi 5 novembre 2026.');

    expect(table('Ambassadeurs publiés')).toEqual({
      colonnes: ['Département', 'Ambassadeurs publiés'],
      'Aisne (02)': ['moins de 5'],
      'Nord (59)': ['6'],
      'Oise (60)': ['moins de 5'],
      'Pas-de-Calais (62)': ['moins de 5'],
      'Somme (80)': ['moins de 5'],
      'Région Hauts-de-France': ['8'],
    });
    const years = ['Département', '2026-2027 (en cours)', '2025-2026'];
    expect(table('Interventions réalisées')).toMatchObject({
      colonnes: years,
      'Nord (59)': ['moins de 5', '5'],
      'Pas-de-Calais (62)': ['moins de 5', 'moins de 5'],
      'Région Hauts-de-France': ['moins de 5', '6'],
    });
    expect(table('Mini-stages réalisés')).toMatchObject({
      colonnes: years,
      'Nord (59)': ['moins de 5', '5'],
      'Somme (80)': ['moins de 5', 'moins de 5'],
      'Région Hauts-de-France': ['moins de 5', '6'],
    });
    expect(table('Jeunes touchés')).toMatchObject({
      'Nord (59)': ['moins de 5 interventions', '100'],
      // 28 young people, but from one intervention: not shown.
      'Pas-de-Calais (62)': ['moins de 5 interventions', 'moins de 5 interventions'],
      'Région Hauts-de-France': ['moins de 5 interventions', '128'],
    });
    expect(table('Satisfaction des demandeurs')).toMatchObject({
      'Nord (59)': ['moins de 5 avis', '4,4 sur 5 (5 avis)'],
      'Région Hauts-de-France': ['moins de 5 avis', '4,4 sur 5 (5 avis)'],
    });
    // The ambassadors' three scores are never mixed with the requesters' five.
    expect(table('Satisfaction des ambassadeurs')).toMatchObject({
      'Nord (59)': ['moins de 5 avis', 'moins de 5 avis'],
      'Région Hauts-de-France': ['moins de 5 avis', 'moins de 5 avis'],
    });
    expect(table('Demandeurs inscrits')).toMatchObject({
      'Nord (59)': ['moins de 5', '5'],
      'Pas-de-Calais (62)': ['moins de 5', 'moins de 5'],
      'Région Hauts-de-France': ['moins de 5', '6'],
    });
  });

  it('given the page, then no cell shows a number under 5, and every table has a caption and header cells', () => {
    const tables = html.querySelectorAll('table');
    expect(tables).toHaveLength(7);
    for (const t of tables) {
      expect(t.querySelector('caption')!.text.length).toBeGreaterThan(10);
      expect(t.querySelectorAll('thead th').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
      expect(t.querySelectorAll('tbody th').every((th) => th.getAttribute('scope') === 'row')).toBe(true);
      for (const td of t.querySelectorAll('td')) expect(td.text.trim()).not.toMatch(/^[0-4]$|^[0-4] |\([0-4] avis\)/);
    }
    // Headings in order, and nothing personal.
    expect(html.querySelectorAll('main h2').map((h) => h.text)).toContain('Méthode');
    expect(html.querySelector('main')!.text).not.toMatch(/@|Louise|Lycée/);
  });

  it('given a GET, then it is cached publicly an hour with the security headers; any other method answers 405, not cached', async () => {
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=3600');
    expect(response.headers.get('Netlify-CDN-Cache-Control')).toBe('public, durable, max-age=3600, stale-while-revalidate=3600');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      if (name !== 'Cache-Control') expect(response.headers.get(name), name).toBe(value);
    expect(html.querySelector('meta[name=robots]')).toBeNull();
    const post = await keyFiguresHandler(async () => deps)(formPost('/chiffres-cles/', {}));
    expect(post.status).toBe(405);
    expect(post.headers.get('Cache-Control')).toBe('no-store');
  });

  it('given the database down, then 503 and nothing cached', async () => {
    const down = await keyFiguresHandler(async () => {
      throw Object.assign(new Error('connexion refusée'), { name: 'ConnectionError' });
    })(get('/chiffres-cles/'));
    expect(down.status).toBe(503);
    expect(down.headers.get('Cache-Control')).toBe('no-store');
  });
});
