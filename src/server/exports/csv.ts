/**
 * CSV files for French spreadsheet users (../shared/design/indicators.md): `;` between cells, a
 * UTF-8 byte order mark (without it Excel reads the accents as Latin-1), CRLF line ends, French
 * headers, and formula injection neutralised: a cell starting with =, +, -, @, a tab or a carriage
 * return gets a leading quote (csv-stringify's `escape_formulas`; a negative number stays a number).
 * Rows are read from the database in batches and piped through csv-stringify into the response
 * body as the client reads it, so memory stays flat whatever the number of rows.
 */
import { Readable, pipeline } from 'node:stream';
import { stringify } from 'csv-stringify';

export type Cell = string | number | null | undefined;

export interface Column<R> {
  header: string;
  cell: (row: R) => Cell;
}

/** Rows read per query: large enough for few round trips, small enough to keep memory flat. */
export const BATCH_SIZE = 2_000;

/**
 * Every row of a keyset-paginated query: `page(after)` returns up to `size` rows following the
 * row `after` (undefined for the first page), in the order of the key. No cursor, so no
 * connection is held between batches, and a client that stops reading stops the queries.
 */
export async function* keysetRows<R>(page: (after: R | undefined) => Promise<R[]>, size = BATCH_SIZE): AsyncGenerator<R> {
  let after: R | undefined;
  for (;;) {
    const rows = await page(after);
    yield* rows;
    if (rows.length < size) return;
    after = rows.at(-1);
  }
}

/** The CSV file of `rows`, one line per row, as a byte stream; `name` labels a failure in the logs. */
export function csvFile<R>(name: string, columns: readonly Column<R>[], rows: AsyncIterable<R>): ReadableStream<Uint8Array> {
  const stringifier = stringify({
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    escape_formulas: true,
    header: true,
    columns: columns.map((column) => column.header),
  });
  pipeline(Readable.from(lines(columns, rows)), stringifier, (error) => {
    // A client that closes the download early is not a failure; anything else is (logged without data).
    if (error && error.name !== 'AbortError' && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') console.error(`${name}: ${error.name}`);
  });
  return Readable.toWeb(stringifier) as ReadableStream<Uint8Array>;
}

async function* lines<R>(columns: readonly Column<R>[], rows: AsyncIterable<R>): AsyncGenerator<Cell[]> {
  for await (const row of rows) yield columns.map((column) => column.cell(row) ?? '');
}
