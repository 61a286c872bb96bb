/**
 * CSV files for French spreadsheet users (../shared/design/indicators.md): `;` between cells, a
 * UTF-8 byte order mark (without it Excel reads the accents as Latin-1), CRLF line ends, French
 * headers, and formula injection neutralised: a cell starting with =, +, -, @, a tab or a carriage
 * return gets a leading quote (csv-stringify's `escape_formulas`; a negative number stays a number).
 *
 * Streamed: the rows are read from the database in batches (a cursor), each batch is written by
 * csv-stringify into one piece of the response body when the client asks for it (a pull stream: a
 * client that reads slowly slows the reading down, one that leaves stops it), so memory stays flat
 * whatever the number of rows.
 */
import { stringify, type Options } from 'csv-stringify/sync';
import type { Db } from '../db.ts';

export type Cell = string | number | null | undefined;

export interface Column<R> {
  header: string;
  cell: (row: R) => Cell;
}

/** Rows read per query: large enough for few round trips, small enough to keep memory flat. */
export const BATCH_SIZE = 500;

/** Rows per piece of the body (see csvFile). */
const PIECE_ROWS = 200;

const FRENCH_EXCEL: Options = { delimiter: ';', record_delimiter: 'windows', escape_formulas: true };

/**
 * The rows of `sql` in batches of BATCH_SIZE, read through a server-side cursor: one query plan
 * for the whole file (a join is not redone per batch, as with keyset pagination), fetched batch
 * by batch as the consumer asks. The cursor lives in a transaction that holds one connection
 * until the last batch is read or the consumer stops (the generator's `return`).
 */
export async function* cursorBatches<R>(db: Db, sql: string, params: readonly unknown[]): AsyncGenerator<R[]> {
  // Two mailboxes between the consumer and the transaction: "one more batch?" and the batch.
  let ask = mailbox<boolean>();
  let answer = mailbox<R[]>();
  const reading = db.transaction(async (tx) => {
    await tx.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${sql}`, [...params]);
    while (await ask.promise) {
      ask = mailbox();
      const rows = await tx.query<R>(`FETCH ${BATCH_SIZE} FROM export_rows`);
      const reply = answer;
      answer = mailbox();
      reply.resolve(rows);
      if (rows.length < BATCH_SIZE) return;
    }
  });
  reading.catch((error: unknown) => answer.reject(error));
  try {
    for (;;) {
      const pending = answer;
      ask.resolve(true);
      const rows = await pending.promise;
      if (rows.length > 0) yield rows;
      if (rows.length < BATCH_SIZE) return;
    }
  } finally {
    ask.resolve(false);
    await reading;
  }
}

function mailbox<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // The reader sees the failure where it waits; a failure nobody waits for is not an unhandled rejection.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** The CSV file of `batches`, one line per row, as a byte stream; `name` labels a failure in the logs. */
export function csvFile<R>(name: string, columns: readonly Column<R>[], batches: AsyncIterable<R[]>): ReadableStream<Uint8Array> {
  const iterator = batches[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let first = true;
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (cancelled) return; // the client left while this batch was read
        if (next.done && !first) return controller.close();
        const rows = next.done ? [] : next.value;
        // Pieces of PIECE_ROWS rows: their text stays small enough for V8's young generation, which
        // frees it at once (a piece of a whole batch, about 1 MB of text, would wait for a full GC).
        for (let start = 0; start < rows.length || first; start += PIECE_ROWS) {
          const records = rows.slice(start, start + PIECE_ROWS).map((row) => columns.map((column) => column.cell(row) ?? ''));
          // The first piece starts with the byte order mark and the headers (even when there is no row).
          const options = first ? { ...FRENCH_EXCEL, bom: true, header: true, columns: columns.map((c) => c.header) } : FRENCH_EXCEL;
          controller.enqueue(encoder.encode(stringify(records, options)));
          first = false;
        }
        if (next.done) controller.close();
      } catch (error) {
        // Logged without data; the client sees a broken download, never a truncated file that looks complete.
        console.error(`${name}: ${(error as Error).name}`);
        controller.error(error);
      }
    },
    async cancel() {
      cancelled = true;
      await iterator.return?.(undefined);
    },
  });
}
