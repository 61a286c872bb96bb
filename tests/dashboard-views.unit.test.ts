/**
 * The dashboard view on its own: a network with no data yet (a new Région, or a month without a
 * request) still says something true in every figure, never NaN, and keeps every definition.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DashboardPage } from '../src/views/referents/dashboard/DashboardPage.tsx';
import { figureDefinitions } from '../src/lib/indicators/definitions.ts';
import type { DashboardFigures, Satisfaction, SupplyCounts } from '../src/lib/indicators/figures.ts';
import { calendarMonth, schoolYear } from '../src/lib/period.ts';
import { makeSettings } from './fixtures.ts';
import { mainText, parseHtml } from './support/html.ts';

const settings = makeSettings();
const supply: SupplyCounts = { available: 0, paused: 0, active: 0, longPublished: 0, neverSolicited: 0, departed: 0 };
const noScore: Satisfaction = { count: 0, mean: null, distribution: [0, 0, 0, 0, 0] };
const empty: DashboardFigures = {
  asOf: new Date('2026-03-10T10:00:00Z'),
  network: { total: supply, byType: [], bySector: [], byDepartment: [], byTheme: [] },
  applications: {
    toValidate: 0,
    waiting: { under7Days: 0, from7To14Days: 0, over14Days: 0, medianDays: null, oldestDays: null },
    submitted: 0,
    confirmed: 0,
    approved: 0,
    rejected: 0,
    decisionDays: { median: null, p90: null },
  },
  flow: {
    sent: 0,
    byStatus: {
      awaiting_requester_confirmation: 0,
      sent: 0,
      accepted: 0,
      declined: 0,
      expired: 0,
      cancelled: 0,
      done: 0,
      filled_elsewhere: 0,
    },
    byRequesterKind: [],
    byIntervention: [],
    byPublic: [],
    byModality: [],
    byTheme: [],
    bySector: [],
    byTerritory: [],
    open: { beforeFirstReminder: 0, afterFirstReminder: 0, afterSecondReminder: 0, pastDeadline: 0, awaitingRequester: 0, upcoming: 0 },
    response: { due: 0, inTime: 0, late: 0, unanswered: 0, pending: 0 },
    firstAnswer: { answered: 0, median: null, p90: null },
    escalations: { escalated: 0, reassigned: 0, accepted: 0, resolved: 0, resolutionDays: null },
  },
  supplyDemand: { unmet: { total: 0, expired: 0, declined: 0, cancelledAfterEscalation: 0 }, rows: [], unmetBySector: [] },
  needs: { sent: 0, filled: 0, unfilled: 0, open: 0, nobodyMatched: 0, invited: 0, fillDays: null },
  ministages: {
    sent: 0,
    byStatus: [],
    held: 0,
    satisfaction: {
      requester: { count: 0, mean: null, distribution: [0, 0, 0, 0, 0] },
      company: { count: 0, mean: null, distribution: [0, 0, 0, 0, 0] },
    },
  },
  outcomes: {
    done: 0,
    minutes: 0,
    byIntervention: [],
    byModality: [],
    byTerritory: [],
    bySector: [],
    young: {
      total: 0,
      bySource: {
        requester: { interventions: 0, young: 0 },
        ambassador: { interventions: 0, young: 0 },
        group_size: { interventions: 0, young: 0 },
      },
    },
    satisfaction: { requester: noScore, ambassador: noScore },
  },
  equity: { bySex: [], evaluation: [], groups: [] },
  animation: { total: { messages: 0, recipients: 0, sent: 0, bounced: 0 }, byKind: [], refused: 0, undone: 0, refusingToday: 0 },
};

const render = (overrides: Partial<Parameters<typeof DashboardPage>[0]> = {}) =>
  `<!doctype html>${renderToStaticMarkup(
    createElement(DashboardPage, {
      referent: { name: 'Claire V.', role: 'Référente du Nord', departments: ['59'] },
      scope: ['59'],
      coordinator: false,
      period: calendarMonth(2026, 3),
      department: undefined,
      choices: { schoolYears: [schoolYear(2025)], months: [calendarMonth(2025, 9), calendarMonth(2026, 3)] },
      figures: empty,
      definitions: figureDefinitions(settings),
      settings,
      ...overrides,
    }),
  )}`;

describe('dashboard view', () => {
  it('given no data, then every figure keeps its definition and says so plainly, without NaN', () => {
    const html = render();
    const text = mainText(html);
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
    for (const { definition } of Object.values(figureDefinitions(settings))) expect(text).toContain(definition);
    expect(text).toContain('Aucune demande de la période n’a encore atteint son délai de réponse.');
    expect(text).toContain('Aucune demande envoyée dans la période.');
    expect(text).toContain('Aucune zone blanche');
    expect(text).toContain('Aucune réponse dans la période.');
    expect(text).toContain('Chiffres du département Nord (59), pour mars 2026, données au 10/03/2026.');
  });

  it('given a past period, then its figures are dated by its last day', () => {
    const year = schoolYear(2024);
    expect(mainText(render({ period: year, figures: { ...empty, asOf: year.end } }))).toContain('données au 31/08/2025');
  });

  it('given the coordinator, then a choice of département within the Région, and the period chooser is a GET form', () => {
    const page = parseHtml(render({ coordinator: true, scope: ['02', '59', '62'] }));
    expect(mainText(page.toString())).toContain('Chiffres de toute la Région');
    const form = page.querySelector('form[method="get"]')!;
    expect(form.querySelectorAll('#departement option').map((o) => o.text)).toEqual([
      'Tous mes départements',
      'Aisne (02)',
      'Nord (59)',
      'Pas-de-Calais (62)',
    ]);
    expect(form.querySelectorAll('#periode optgroup').map((g) => g.getAttribute('label'))).toEqual([
      'Années scolaires (1er septembre – 31 août)',
      'Mois de l’année scolaire 2025-2026',
    ]);
  });

  it('given a blank sector and one whose requests fall partly outside every zone, then each is named and marked in the table', () => {
    const row = { unmet: 0, whiteZone: false, outsideZones: 0, available: 2 };
    const html = render({
      figures: {
        ...empty,
        supplyDemand: {
          ...empty.supplyDemand,
          rows: [
            { ...row, department: '59', sector: 'H', requests: 2, available: 0, whiteZone: true },
            { ...row, department: '59', sector: 'G', requests: 5, outsideZones: 3 },
            { ...row, department: '59', sector: 'J', requests: 1 },
          ],
        },
      },
    });
    const text = mainText(html);
    expect(text).toContain('1 zone blanche : Industrie');
    expect(text).toMatch(
      /En partie, des ambassadeurs disponibles mais des demandes hors de leurs zones : Hôtellerie-restauration[^;]* \(3 demandes sur 5\)\./,
    );
    const table = parseHtml(html)
      .querySelectorAll('table')
      .find((t) => t.querySelector('caption')?.text.startsWith('Demandes et ambassadeurs disponibles'))!;
    const lastCells = table.querySelectorAll('tbody tr').map((tr) => {
      const cells = tr.querySelectorAll('td');
      return [cells.at(-3)!.text, cells.at(-1)!.text];
    });
    expect(lastCells).toEqual([
      ['0', 'Zone blanche'],
      ['3', 'En partie'],
      ['0', 'Non'],
    ]);
  });
});
