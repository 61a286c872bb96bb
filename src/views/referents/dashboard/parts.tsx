/** What every figure of the dashboard is made of: its heading and definition, counts tables, labels. */
import type { ReactNode } from 'react';
import type { FigureDefinition } from '../../../lib/indicators/definitions.ts';
import { frenchNumber, percent } from '../../../lib/indicators/format.ts';
import { UNKNOWN, UNKNOWN_LABEL } from '../../../lib/indicators/vocabularies.ts';
import { THEMES } from '../../../lib/vocabularies.ts';

/** A figure: its name, its French definition right under it, then its numbers. */
export function Figure({ id, definition, children }: { id: string; definition: FigureDefinition; children?: ReactNode }) {
  return (
    <section className="page-section" aria-labelledby={id}>
      <h3 id={id}>{definition.label}</h3>
      <p className="definition">
        <strong>Définition : </strong>
        {definition.definition}
      </p>
      {children}
    </section>
  );
}

/** A part of the dashboard (a group of figures). */
export function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A code's French label; « Non précisé » for an unknown fact, the code itself when no vocabulary knows it. */
export function nameOf(vocabulary: Readonly<Record<string, string>>, key: string | null): string {
  if (key === null || key === '' || key === UNKNOWN) return UNKNOWN_LABEL;
  return vocabulary[key] ?? key;
}

/** A theme's name; '' is the part that names none (requests or ambassadors without a theme). */
export const themeName = (key: string) => (key === '' ? 'Sans thème transversal' : nameOf(THEMES, key));

export interface CountRow {
  label: string;
  count: number;
}

/** Counts with their share of the total, and the total. */
export function CountTable({ caption, header, rows, unit }: { caption: string; header: string; rows: readonly CountRow[]; unit: string }) {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{header}</th>
          <th scope="col">{unit}</th>
          <th scope="col">Part</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>{frenchNumber(r.count)}</td>
            <td>{percent(r.count, total)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Total</th>
          <td>{frenchNumber(total)}</td>
          <td>{percent(total, total)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** A wide table scrolls inside its own region (reachable by keyboard) on a narrow screen. */
export function Scroll({ label, children }: { label: string; children: ReactNode }) {
  // Named as a table: a figure's section may bear the same words, and two regions may not share a name.
  return (
    <div className="table-scroll" role="region" aria-label={`Tableau : ${label}`} tabIndex={0}>
      {children}
    </div>
  );
}

/** A column of a counts table: its header and what each row shows there. */
export interface CountColumn<C> {
  header: string;
  cell: (counts: C) => ReactNode;
}

/** A table of counts by one dimension (type, sector, modality…): the row's label, then a cell per column. */
export function CountsTable<C>({
  caption,
  header,
  columns,
  rows,
}: {
  caption: string;
  header: string;
  columns: readonly CountColumn<C>[];
  rows: readonly { label: string; counts: C }[];
}) {
  return (
    <Scroll label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            {columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, counts }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {columns.map((c) => (
                <td key={c.header}>{c.cell(counts)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** A number set in bold, French style. */
export const N = ({ n }: { n: number }) => <strong>{frenchNumber(n)}</strong>;

/** « 1 demande », « 2 demandes ». */
export const plural = (n: number, one: string, many = `${one}s`) => `${frenchNumber(n)} ${n >= 2 ? many : one}`;
