/**
 * The frame of every chart (../shared/design/indicators.md): a <figure> whose caption states the
 * takeaway, the drawing (SVG, hidden from assistive technologies) and, next to it, a table with the
 * same numbers, which is what screen readers and keyboard users read.
 */
import type { ReactNode } from 'react';

export function ChartFigure({ takeaway, chart, table }: { takeaway: string; chart: ReactNode; table: ReactNode }) {
  return (
    <figure className="chart">
      <figcaption>{takeaway}</figcaption>
      <div className="chart-body">
        <div className="chart-drawing">{chart}</div>
        {table}
      </div>
    </figure>
  );
}

/** Width of the drawings' coordinate system; they scale to their column. */
export const CHART_WIDTH = 480;
export const FONT_SIZE = 16;
/** About the width of a character of the drawings' text, to keep room for a value. */
export const CHAR_WIDTH = FONT_SIZE * 0.6;

/** A label that fits one line of the drawing (the table keeps it whole). */
export function fitLabel(label: string, max = 60): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/** Text drawn over any background stays readable: a white halo around dark letters. */
export const HALO = { stroke: '#fff', strokeWidth: 3, paintOrder: 'stroke', strokeLinejoin: 'round' } as const;
