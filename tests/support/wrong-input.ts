/**
 * The property test of a form (issue D's rule, « bad input everywhere »): up to three of its fields
 * given generated wrong values, sometimes with a field the form never had; the answer is a 422 with
 * a French message by each wrong field and nothing written, unless a generated value happens to be
 * valid (then the form went through, and the test clears what it wrote).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { expectFrenchFieldMessages } from './html.ts';

export interface WrongInput {
  valid: () => Record<string, unknown>;
  fields: readonly string[];
  wrong: fc.Arbitrary<unknown>;
  /** Posts the form; returns the status and the page. */
  send: (input: Record<string, unknown>) => Promise<Response>;
  /** Checks nothing was written (after a 422). */
  nothingWritten: () => Promise<void>;
  /** Clears what a form that went through wrote, and the rate limits. */
  reset: () => Promise<unknown>;
  numRuns?: number;
}

export async function assertWrongInputRefused({ valid, fields, wrong, send, nothingWritten, reset, numRuns = 100 }: WrongInput) {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3 }),
      fc.array(wrong, { minLength: 3, maxLength: 3 }),
      fc.boolean(),
      async (broken, values, unknownField) => {
        const input = valid();
        broken.forEach((f, i) => (input[f] = values[i]));
        // A field the form never had (a request's ambassador) is refused too.
        if (unknownField) input.ambassador = '59/ambassadeur-1';
        const response = await send(input);
        const html = await response.text();
        if (response.status === 200) {
          expect(unknownField).toBe(false);
          await reset();
          return;
        }
        expect(response.status).toBe(422);
        expectFrenchFieldMessages(html);
        await nothingWritten();
        await reset();
      },
    ),
    { numRuns },
  );
}
