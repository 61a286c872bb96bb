/**
 * Reads the markup of an answer as a browser would (parsed, not matched with regexes:
 * React writes `maxLength=` and `charSet=`, attribute order is not a contract).
 */
import { expect } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';

/** `<pre>` parsed too (node-html-parser keeps it as raw text by default): the dev mailbox puts links in it. */
const OPTIONS = { blockTextElements: { script: true, noscript: true, style: true } };

export const parseHtml = (html: string): HTMLElement => parse(html, OPTIONS);

/** The page's <title>. */
export const titleOf = (html: string) => parseHtml(html).querySelector('title')?.text ?? '';

/** Every French message shown next to a field: id of the field → message. */
export function fieldErrors(html: string): Record<string, string> {
  return Object.fromEntries(
    parseHtml(html)
      .querySelectorAll('.field-error')
      .filter((p) => !p.hasAttribute('hidden') && p.text.trim() !== '')
      .map((p) => [p.id.replace(/^erreur-/, ''), p.text.trim()]),
  );
}

/** The visible text of the main content, spaces folded. */
export const mainText = (html: string) => (parseHtml(html).querySelector('main')?.text ?? parseHtml(html).text).replace(/\s+/g, ' ').trim();

/** The values of the ticked checkboxes or radio buttons called `name`, in the page's order. */
export const checkedValues = (html: string, name: string) =>
  parseHtml(html)
    .querySelectorAll(`input[name="${name}"]`)
    .filter((input) => input.hasAttribute('checked'))
    .map((input) => input.getAttribute('value') ?? '');

/** A form refused: at least one message, by its field or in the summary, each in French and naming its field (« Champ : … »). */
export function expectFrenchFieldMessages(html: string): void {
  const messages = Object.values(fieldErrors(html));
  const summary = parseHtml(html)
    .querySelectorAll('.error-summary li')
    .map((li) => li.text);
  expect(messages.length + summary.length).toBeGreaterThan(0);
  for (const message of [...messages, ...summary]) {
    expect(message).toMatch(/^[A-ZÉ][^:]* : /);
    expect(message).not.toMatch(/Invalid|expected|received/);
  }
}
