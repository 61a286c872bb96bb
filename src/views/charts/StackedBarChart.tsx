/**
 * A distribution: one bar per row, split into its categories in proportion (100 %). Each category
 * has its own colour and pattern, named in the legend, and a segment wide enough shows its share;
 * the table beside it gives every count and share, one line per category (narrow screens).
 */
import type { ReactNode } from 'react';
import { frenchNumber, percent } from '../../lib/indicators/format.ts';
import { CHART_WIDTH, ChartFigure, FONT_SIZE, HALO, fitLabel } from './ChartFigure.tsx';

export interface StackedRow {
  label: string;
  /** One count per category, in the categories' order. */
  values: readonly number[];
}

export interface StackedBarChartProps {
  /** Unique on the page: the patterns' ids derive from it. */
  id: string;
  takeaway: string;
  caption: string;
  /** Header of the table's first column (the categories). */
  categoryHeader: string;
  categories: readonly string[];
  rows: readonly StackedRow[];
}

type Pattern = 'none' | 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical';

/** Fills told apart by lightness and by pattern, not by hue alone. */
const SWATCHES: readonly { fill: string; pattern: Pattern }[] = [
  { fill: '#00527a', pattern: 'none' },
  { fill: '#9ccbe4', pattern: 'diagonal' },
  { fill: '#f2c14e', pattern: 'dots' },
  { fill: '#d6d8e1', pattern: 'cross' },
  { fill: '#e58b80', pattern: 'horizontal' },
  { fill: '#5fa36f', pattern: 'vertical' },
];
const swatch = (i: number) => SWATCHES[i % SWATCHES.length]!;

const ROW = 56;
const BAR_TOP = 24;
const BAR_HEIGHT = 26;
/** A segment narrower than this has no room for its share (the table still gives it). */
const MIN_LABELLED = 46;

function PatternDef({ id, pattern }: { id: string; pattern: Pattern }) {
  const ink = { stroke: '#1b1b2f', strokeOpacity: 0.55, strokeWidth: 1.5 };
  const marks: Record<Exclude<Pattern, 'none'>, ReactNode> = {
    diagonal: <path d="M0 8 L8 0" {...ink} />,
    dots: <circle cx={4} cy={4} r={1.6} fill="#1b1b2f" fillOpacity={0.55} />,
    cross: <path d="M0 0 L8 8 M8 0 L0 8" {...ink} />,
    horizontal: <path d="M0 4 L8 4" {...ink} />,
    vertical: <path d="M4 0 L4 8" {...ink} />,
  };
  if (pattern === 'none') return null;
  return (
    <pattern id={id} width={8} height={8} patternUnits="userSpaceOnUse">
      {marks[pattern]}
    </pattern>
  );
}

/** A rectangle in the category's colour, with its pattern over it. */
function Fill({ i, patternId, ...box }: { i: number; patternId: string; x: number; y: number; width: number; height: number }) {
  const { fill, pattern } = swatch(i);
  return (
    <>
      <rect {...box} fill={fill} stroke="#fff" strokeWidth={1} />
      {pattern !== 'none' && <rect {...box} fill={`url(#${patternId})`} />}
    </>
  );
}

export function StackedBarChart({ id, takeaway, caption, categoryHeader, categories, rows }: StackedBarChartProps) {
  const patternId = (i: number) => `${id}-motif-${i}`;
  const height = rows.length * ROW;
  const totals = rows.map((row) => row.values.reduce((sum, v) => sum + v, 0));
  const chart = (
    <>
      <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} width={CHART_WIDTH} height={height} aria-hidden="true" focusable="false">
        <defs>
          {categories.map((_, i) => (
            <PatternDef key={i} id={patternId(i)} pattern={swatch(i).pattern} />
          ))}
        </defs>
        {rows.map((row, r) => {
          const total = totals[r]!;
          const top = r * ROW;
          let x = 0;
          return (
            <g key={r}>
              <text x={0} y={top + 17} fontSize={FONT_SIZE}>
                {fitLabel(`${row.label} (${frenchNumber(total)})`)}
              </text>
              {total === 0 && <rect x={0} y={top + BAR_TOP} width={CHART_WIDTH} height={BAR_HEIGHT} fill="none" stroke="#4a4a5e" />}
              {row.values.map((value, i) => {
                const width = total > 0 ? (value / total) * CHART_WIDTH : 0;
                const segment = { x, y: top + BAR_TOP, width, height: BAR_HEIGHT };
                x += width;
                if (width === 0) return null;
                return (
                  <g key={i}>
                    <Fill i={i} patternId={patternId(i)} {...segment} />
                    {width >= MIN_LABELLED && (
                      <text x={segment.x + 4} y={segment.y + 19} fontSize={FONT_SIZE} fontWeight="bold" {...HALO}>
                        {percent(value, total)}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend">
        {categories.map((category, i) => (
          <li key={i}>
            <svg viewBox="0 0 16 16" width={16} height={16} aria-hidden="true" focusable="false">
              <defs>
                <PatternDef id={`${patternId(i)}-legende`} pattern={swatch(i).pattern} />
              </defs>
              <Fill i={i} patternId={`${patternId(i)}-legende`} x={0} y={0} width={16} height={16} />
            </svg>
            {category}
          </li>
        ))}
      </ul>
    </>
  );
  const table = (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{categoryHeader}</th>
          {rows.map((row) => (
            <th key={row.label} scope="col">
              {row.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {categories.map((category, i) => (
          <tr key={category}>
            <th scope="row">{category}</th>
            {rows.map((row, r) => (
              <td key={row.label}>{`${frenchNumber(row.values[i] ?? 0)} (${percent(row.values[i] ?? 0, totals[r]!)})`}</td>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row">Total</th>
          {totals.map((total, r) => (
            <td key={r}>{frenchNumber(total)}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
  return <ChartFigure takeaway={takeaway} chart={chart} table={table} />;
}
