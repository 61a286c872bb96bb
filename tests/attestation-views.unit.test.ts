/**
 * The attestation's pages rendered as the functions render them and read back as a browser
 * would: the printable attestation (headings in order, the table with its caption and header
 * cells, totals, issuer, date, code, the stylesheet's print rules for A4), the space's form, and
 * the public verification page (valid, revoked without any name, the one message for a wrong code).
 */
import { readFileSync } from 'node:fs';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { STYLESHEET } from '../src/lib/navigation.ts';
import { AttestationFormPage } from '../src/views/attestation/AttestationFormPage.tsx';
import { AttestationPage, type AttestationSheet } from '../src/views/attestation/AttestationPage.tsx';
import { NO_SUCH_CODE, REVOKED, VerificationPage } from '../src/views/attestation/VerificationPage.tsx';
import { SiteContext } from '../src/views/layout/site.ts';
import { fieldErrors, mainText, parseHtml } from './support/html.ts';

const SITE = { siteName: 'Réseau des ambassadeurs métiers', regionName: 'Hauts-de-France', contactEmail: 'contact@example.org' };
const render = (view: ReactElement) => `<!doctype html>${renderToStaticMarkup(createElement(SiteContext, { value: SITE }, view))}`;
const HOSTILE = '<script>alert("x")</script> & l’"autre"';

function sheet(overrides: Partial<AttestationSheet> = {}): AttestationSheet {
  return {
    code: 'ABCD2345',
    holderName: 'Camille Roussel',
    periodLabel: 'année scolaire 2025-2026',
    issuedAt: new Date('2026-11-02T09:00:00Z'),
    interventions: [
      {
        at: new Date('2025-10-06T12:00:00Z'),
        intervention: 'classroom_talk',
        modality: 'in_person',
        public: 'high_school',
        level: 'lycee_seconde',
        youngPeople: 28,
        durationMinutes: 90,
      },
      {
        at: new Date('2026-03-12T08:00:00Z'),
        intervention: 'remote_exchange',
        modality: 'remote',
        public: 'job_seekers',
        level: null,
        youngPeople: 1,
        durationMinutes: 60,
      },
    ],
    totals: { interventions: 2, minutes: 150, youngPeople: 29 },
    issuer: { regionName: 'Hauts-de-France', siteName: 'Réseau des ambassadeurs métiers' },
    verifyUrl: 'https://ambassadeurs.example.org/attestation/verifier/',
    ...overrides,
  };
}

const cells = (row: ReturnType<typeof parseHtml>) => row.querySelectorAll('th, td').map((c) => c.text.trim());

describe('printable attestation', () => {
  const html = render(createElement(AttestationPage, { sheet: sheet() }));
  const doc = parseHtml(html);

  it('given an attestation, then its headings go in order and name the issuer and the holder', () => {
    const headings = doc.querySelectorAll('main h1, main h2, main h3').map((h) => `${h.tagName} ${h.text}`);
    expect(headings).toEqual([
      'H1 Attestation d’engagement',
      'H2 La Région Hauts-de-France atteste de l’engagement de Camille Roussel',
      'H3 En résumé',
      'H3 Interventions réalisées',
      'H3 Délivrance et vérification',
    ]);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('fr');
  });

  it('given the interventions, then one table with a caption, column headers and a total row lists them, without who asked', () => {
    const tables = doc.querySelectorAll('main table');
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(table.querySelector('caption')?.text).toBe('Interventions réalisées, année scolaire 2025-2026');
    const headers = table.querySelectorAll('thead th');
    expect(headers.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col', 'col']);
    expect(headers.map((th) => th.text)).toEqual(['Date', 'Intervention', 'Modalité', 'Public', 'Jeunes touchés', 'Durée']);
    expect(table.querySelectorAll('tbody tr').map(cells)).toEqual([
      ['06/10/2025', 'Intervention en classe', 'Présentiel', 'Lycéens (Lycée général ou technologique : seconde)', '28', '1 h 30'],
      ['12/03/2026', 'Échange à distance', 'Distanciel', "Demandeurs d'emploi", '1', '1 h'],
    ]);
    const total = table.querySelector('tfoot tr')!;
    expect(total.querySelector('th')?.getAttribute('scope')).toBe('row');
    expect(cells(total)).toEqual(['Total : 2 interventions', '29', '2 h 30']);
    // The scrolling box of narrow screens is named by the caption and reachable by keyboard.
    const region = doc.querySelector('.table-scroll')!;
    expect(region.getAttribute('aria-labelledby')).toBe(table.querySelector('caption')!.id);
    expect(region.getAttribute('tabindex')).toBe('0');
  });

  it('given an attestation, then it states the totals, the date of issue and the code with where to check it', () => {
    const text = mainText(html);
    expect(doc.querySelectorAll('.attestation dt, .attestation dd').map((e) => e.text)).toEqual([
      'Interventions réalisées',
      '2',
      'Heures d’intervention',
      '2 h 30',
      'Jeunes et participants touchés (déclarés)',
      '29',
    ]);
    expect(text).toContain('Délivrée le 2 novembre 2026 par la Région Hauts-de-France, au titre du Réseau des ambassadeurs métiers.');
    expect(doc.querySelector('.attestation .attestation-code')?.text).toBe('ABCD-2345');
    const link = doc.querySelector('.attestation a[href="https://ambassadeurs.example.org/attestation/verifier/"]');
    expect(link?.text).toBe('https://ambassadeurs.example.org/attestation/verifier/');
  });

  it('given the page on paper, then what is not the attestation is marked to stay off it, and the stylesheet prints A4 without the navigation', () => {
    const screenOnly = doc.querySelector('main .no-print')!;
    expect(screenOnly.text).toContain('Imprimer');
    expect(screenOnly.querySelector('a[href="/api/profil/attestation"]')).not.toBeNull();
    expect(doc.querySelector('.no-print .attestation')).toBeNull();
    expect(doc.querySelector('link[rel=stylesheet]')?.getAttribute('href')).toBe(STYLESHEET);
    const css = readFileSync(new URL(`../public${STYLESHEET}`, import.meta.url), 'utf8');
    const print = css.slice(css.indexOf('@media print {'));
    expect(print).not.toBe(css);
    expect(print).toMatch(/@page\s*\{[^}]*size:\s*A4;/);
    const hidden = /([^{}]+)\{\s*display:\s*none !important;\s*\}/
      .exec(print)?.[1]
      ?.split(',')
      .map((s) => s.trim());
    expect(hidden).toEqual(expect.arrayContaining(['.site-nav', '.site-footer', '.skip', '.no-print']));
  });

  it('given names and labels with markup, then they show as text', () => {
    const hostile = render(createElement(AttestationPage, { sheet: sheet({ holderName: HOSTILE, periodLabel: HOSTILE }) }));
    expect(parseHtml(hostile).querySelectorAll('script')).toHaveLength(0);
    expect(mainText(hostile)).toContain(HOSTILE);
  });
});

describe('attestations in the space', () => {
  const years = [
    { key: '2026-2027', label: 'année scolaire 2026-2027' },
    { key: '2025-2026', label: 'année scolaire 2025-2026' },
  ];

  it('given interventions done, then the form offers their school years (the newest chosen) and other dates', () => {
    const html = render(
      createElement(AttestationFormPage, {
        schoolYears: years,
        issued: [{ issuedAt: new Date('2026-10-01T10:00:00Z'), periodLabel: 'année scolaire 2025-2026', interventions: 3, minutes: 270 }],
      }),
    );
    const doc = parseHtml(html);
    const select = doc.querySelector('form select[name=periode]')!;
    expect(doc.querySelector(`label[for=${select.id}]`)?.text).toBe('Période');
    expect(select.querySelectorAll('option').map((o) => [o.getAttribute('value'), o.text])).toEqual([
      ['2026-2027', 'Année scolaire 2026-2027'],
      ['2025-2026', 'Année scolaire 2025-2026'],
      ['dates', 'D’autres dates'],
    ]);
    expect(select.querySelector('option[selected]')?.getAttribute('value')).toBe('2026-2027');
    expect(doc.querySelectorAll('form input[type=date]').map((i) => i.getAttribute('name'))).toEqual(['debut', 'fin']);
    expect(mainText(html)).toContain('Délivrée le 1er octobre 2026 : année scolaire 2025-2026, 3 interventions, 4 h 30.');
  });

  it('given a wrong period, then the page says what to fix next to the field and keeps what was chosen', () => {
    const html = render(
      createElement(AttestationFormPage, {
        schoolYears: years,
        issued: [],
        errors: { fin: 'Date de fin : aujourd’hui au plus tard.' },
        posted: { periode: 'dates', debut: '2026-09-01', fin: '2027-01-01' },
      }),
    );
    expect(fieldErrors(html)).toEqual({ fin: 'Date de fin : aujourd’hui au plus tard.' });
    const doc = parseHtml(html);
    expect(doc.querySelector('select[name=periode] option[selected]')?.getAttribute('value')).toBe('dates');
    expect(doc.querySelector('input[name=fin]')?.getAttribute('aria-invalid')).toBe('true');
    expect(doc.querySelector('.error-summary a[href="#fin"]')).not.toBeNull();
  });

  it('given no intervention done yet, then there is no form, and the page says when one will be possible', () => {
    const html = render(createElement(AttestationFormPage, { schoolYears: [], issued: [] }));
    expect(parseHtml(html).querySelector('form select')).toBeNull();
    expect(mainText(html)).toContain('vous pourrez obtenir une attestation après votre première intervention');
  });
});

describe('public verification page', () => {
  it('given no code yet, then a labelled field and a button, and search engines may list the page', () => {
    const doc = parseHtml(render(createElement(VerificationPage, {})));
    const input = doc.querySelector('form[action="/attestation/verifier/"] input[name=code]')!;
    expect(doc.querySelector(`label[for=${input.id}]`)?.text).toBe('Code de vérification');
    expect(input.getAttribute('aria-describedby')).toContain('aide-code');
    expect(doc.querySelector('meta[name=robots]')).toBeNull();
  });

  it('given a valid code, then what the attestation states and that it is still valid', () => {
    const html = render(
      createElement(VerificationPage, {
        verification: {
          revoked: false,
          holderName: 'Camille Roussel',
          periodLabel: 'année scolaire 2025-2026',
          interventions: 2,
          minutes: 150,
          youngPeople: 29,
          issuedAt: new Date('2026-11-02T09:00:00Z'),
        },
        posted: { code: 'abcd-2345' },
      }),
    );
    const doc = parseHtml(html);
    expect(doc.querySelector('h2#titre-resultat')?.text).toBe('Attestation valide');
    expect(doc.querySelector('[role=status]')?.text).toContain('toujours valable');
    expect(doc.querySelectorAll('main dt, main dd').map((e) => e.text)).toEqual([
      'Délivrée à',
      'Camille Roussel',
      'Période',
      'année scolaire 2025-2026',
      'Interventions réalisées',
      '2',
      'Heures d’intervention',
      '2 h 30',
      'Jeunes et participants touchés (déclarés)',
      '29',
      'Délivrée le',
      '2 novembre 2026',
    ]);
    expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
  });

  it('given a revoked code, then only that it is revoked', () => {
    const html = render(createElement(VerificationPage, { verification: { revoked: true }, posted: { code: 'ABCD2345' } }));
    const doc = parseHtml(html);
    expect(doc.querySelector('[role=status]')?.text).toBe(REVOKED);
    expect(doc.querySelectorAll('main dl')).toHaveLength(0);
  });

  it('given a wrong code, then the one message next to the field, and the code typed kept as text', () => {
    const html = render(createElement(VerificationPage, { errors: { code: NO_SUCH_CODE }, posted: { code: HOSTILE } }));
    expect(fieldErrors(html)).toEqual({ code: NO_SUCH_CODE });
    expect(NO_SUCH_CODE).toMatch(/^Code de vérification : /);
    const doc = parseHtml(html);
    expect(doc.querySelector('input[name=code]')?.getAttribute('value')).toBe(HOSTILE);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });
});
