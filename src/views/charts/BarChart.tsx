/**
 * A horizontal bar chart: one bar per line, its label above it and its value written at its end,
 * so that neither colour nor length alone carries a number. The table beside it has the same rows.
 */
import { frenchNumber } from '../../lib/indicators/format.ts';
import { CHART_WIDTH, CHAR_WIDTH, ChartFigure, FONT_SIZE, HALO, fitLabel } from './ChartFigure.tsx';

export interface Bar {
  label: string;
  value: number;
  /** What the bar and the table say (default: the number, French style). */
  text?: string;
}

export interface BarChartProps {
  takeaway: string;
  /** The table's caption. */
  caption: string;
  labelHeader: string;
  valueHeader: string;
  bars: readonly Bar[];
}

const ROW = 52;
const BAR_TOP = 24;
const BAR_HEIGHT = 18;

export function BarChart({ takeaway, caption, labelHeader, valueHeader, bars }: BarChartProps) {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const text = (bar: Bar) => bar.text ?? frenchNumber(bar.value);
  const height = bars.length * ROW;
  // Room right of the longest bar for the longest value written there.
  const valueRoom = Math.min(CHART_WIDTH / 2, Math.max(...bars.map((b) => text(b).length), 1) * CHAR_WIDTH + 12);
  const chart = (
    <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} width={CHART_WIDTH} height={height} aria-hidden="true" focusable="false">
      {bars.map((bar, i) => {
        const width = max > 0 ? (bar.value / max) * (CHART_WIDTH - valueRoom) : 0;
        const top = i * ROW;
        return (
          <g key={i} className="chart-bar">
            <text x={0} y={top + 17} fontSize={FONT_SIZE}>
              {fitLabel(bar.label)}
            </text>
            <rect x={0} y={top + BAR_TOP} width={width} height={BAR_HEIGHT} fill="#00527a" />
            <text x={width + 6} y={top + BAR_TOP + 14} fontSize={FONT_SIZE} fontWeight="bold" {...HALO}>
              {text(bar)}
            </text>
          </g>
        );
      })}
    </svg>
  );
  const table = (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar, i) => (
          <tr key={i}>
            <th scope="row">{bar.label}</th>
            <td>{text(bar)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <ChartFigure takeaway={takeaway} chart={chart} table={table} />;
}
