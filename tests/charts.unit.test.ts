/**
 * The server-rendered charts (src/views/charts): a <figure> with its takeaway, the drawing hidden
 * from assistive technologies, a table with the same numbers, and values written on the drawing
 * (colour never the only cue).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from '../src/views/charts/BarChart.tsx';
import { StackedBarChart } from '../src/views/charts/StackedBarChart.tsx';
import { decimal, days, percent } from '../src/lib/indicators/format.ts';
import { parseHtml } from './support/html.ts';

/** Non-breaking spaces (before %) as plain ones, to compare. */
const spaced = (text: string) => text.replace(/\u00a0/g, ' ');

const bars = [
  { label: 'Industrie', value: 12 },
  { label: 'Agriculture et pêche, espaces naturels et espaces verts, soins aux animaux et encore un peu plus', value: 3 },
  { label: 'Santé', value: 0 },
];

describe('bar chart', () => {
  const html = parseHtml(
    renderToStaticMarkup(
      createElement(BarChart, {
        takeaway: 'Le secteur le plus sollicité est l’industrie.',
        caption: 'Demandes par secteur',
        labelHeader: 'Secteur',
        valueHeader: 'Demandes',
        bars,
      }),
    ),
  );

  it('given bars, then a figure with its takeaway, a hidden drawing and a table with the same numbers', () => {
    const figure = html.querySelector('figure.chart')!;
    expect(figure.querySelector('figcaption')?.text).toBe('Le secteur le plus sollicité est l’industrie.');
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(figure.querySelector('table caption')?.text).toBe('Demandes par secteur');
    const rows = figure.querySelectorAll('tbody tr').map((tr) => [tr.querySelector('th')!.text, tr.querySelector('td')!.text]);
    expect(rows).toEqual(bars.map((b) => [b.label, String(b.value)]));
    expect(figure.querySelectorAll('thead th').map((th) => th.getAttribute('scope'))).toEqual(['col', 'col']);
    // The value is written at the end of each bar, as in the table.
    const written = svg.querySelectorAll('g.chart-bar').map((g) => g.querySelectorAll('text')[1]!.text);
    expect(written).toEqual(['12', '3', '0']);
  });

  it('given bars, then their lengths are proportional and a long label is shortened on the drawing only', () => {
    const widths = html.querySelectorAll('rect').map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).toBeGreaterThan(0);
    expect(widths[1]! / widths[0]!).toBeCloseTo(3 / 12);
    expect(widths[2]).toBe(0);
    const label = html.querySelectorAll('g.chart-bar')[1]!.querySelector('text')!.text;
    expect(label.endsWith('…')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(60);
  });

  it('given nothing to draw, then no division by zero', () => {
    const empty = renderToStaticMarkup(
      createElement(BarChart, { takeaway: 'Rien', caption: 'Rien', labelHeader: 'A', valueHeader: 'B', bars: [{ label: 'x', value: 0 }] }),
    );
    expect(empty).not.toContain('NaN');
  });
});

describe('stacked bar chart', () => {
  const render = (rows: { label: string; values: number[] }[]) =>
    parseHtml(
      renderToStaticMarkup(
        createElement(StackedBarChart, {
          id: 'avis',
          takeaway: 'Les demandeurs sont plus satisfaits que les ambassadeurs.',
          caption: 'Notes par côté',
          categoryHeader: 'Note',
          categories: ['1', '2', '3', '4', '5'],
          rows,
        }),
      ),
    );
  const html = render([
    { label: 'Demandeurs', values: [0, 0, 1, 1, 2] },
    { label: 'Ambassadeurs', values: [1, 0, 0, 3, 0] },
  ]);

  it('given rows, then a table by category with counts and shares, and a total line', () => {
    expect(html.querySelector('figcaption')?.text).toBe('Les demandeurs sont plus satisfaits que les ambassadeurs.');
    expect(html.querySelectorAll('thead th').map((th) => th.text)).toEqual(['Note', 'Demandeurs', 'Ambassadeurs']);
    const cells = html.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map((c) => spaced(c.text)));
    expect(cells).toEqual([
      ['1', '0 (0 %)', '1 (25 %)'],
      ['2', '0 (0 %)', '0 (0 %)'],
      ['3', '1 (25 %)', '0 (0 %)'],
      ['4', '1 (25 %)', '3 (75 %)'],
      ['5', '2 (50 %)', '0 (0 %)'],
      ['Total', '4', '4'],
    ]);
  });

  it('given rows, then each segment is proportional, patterned, and shows its share when wide enough', () => {
    const svg = html.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    const firstRow = svg.querySelectorAll('g')[0]!;
    const fills = firstRow.querySelectorAll('rect').filter((r) => !(r.getAttribute('fill') ?? '').startsWith('url('));
    expect(fills.map((r) => Math.round(Number(r.getAttribute('width'))))).toEqual([120, 120, 240]);
    expect(firstRow.querySelectorAll('rect').filter((r) => r.getAttribute('fill') === 'url(#avis-motif-4)')).toHaveLength(1);
    expect(firstRow.querySelectorAll('text').map((t) => spaced(t.text))).toEqual(['Demandeurs (4)', '25 %', '25 %', '50 %']);
    // The legend names every category next to its swatch.
    expect(html.querySelectorAll('.chart-legend li').map((li) => li.text)).toEqual(['1', '2', '3', '4', '5']);
    const ids = html.querySelectorAll('pattern').map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('given a row with nothing in it, then an empty outline and no NaN', () => {
    const empty = render([{ label: 'Demandeurs', values: [0, 0, 0, 0, 0] }]);
    expect(empty.toString()).not.toContain('NaN');
    expect(empty.querySelectorAll('tbody tr').at(-1)!.text).toBe('Total0');
  });
});

describe('French figures', () => {
  it('writes shares, decimals and days the French way', () => {
    expect(percent(62, 100)).toBe('62\u00a0%');
    expect(percent(1, 0)).toBe('–');
    expect(decimal(2.75)).toBe('2,8');
    expect(decimal(12000)).toBe('12 000');
    expect(days(1)).toBe('1 jour');
    expect(days(13.5)).toBe('13,5 jours');
    expect(days(null)).toBe('–');
  });
});
