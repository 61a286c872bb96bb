/**
 * A small Atom 1.0 writer (RFC 4287) for the news feed: no feed library is among the project's
 * dependencies, and the feed needs only a handful of elements. Every text and attribute is
 * escaped here, and characters XML 1.0 forbids (control characters) are dropped, so that an
 * editor's text can never break the document. tests/atom.unit.test.ts parses the output.
 */

export interface AtomEntry {
  /** Absolute URL of the item's page, also its permanent id. */
  url: string;
  title: string;
  /** Last change of the item (the news item's date). */
  updated: Date;
  published?: Date;
  summary: string;
  /** The item's text as HTML (escaped into the feed, as `type="html"`); relative links resolve against `url`. */
  html?: string | undefined;
  categories?: readonly string[];
}

export interface AtomFeed {
  /** Absolute URL of the list page, also the feed's id. */
  url: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  title: string;
  subtitle?: string;
  author: string;
  /** When the feed last changed; defaults to its latest entry (the feed then changes only with its content). */
  updated?: Date;
  entries: readonly AtomEntry[];
}

// XML 1.0 Char production: tab, newline, carriage return, and everything from U+0020 but the surrogates and U+FFFE/U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value, escaped for XML. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const element = (name: string, value: string, attributes = '') => `<${name}${attributes}>${escapeXml(value)}</${name}>`;
const link = (href: string, rel: string, type: string) => `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;
/** RFC 3339, in UTC, without milliseconds. */
const timestamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function entry(e: AtomEntry): string {
  return [
    '<entry>',
    element('id', e.url),
    element('title', e.title),
    link(e.url, 'alternate', 'text/html'),
    element('updated', timestamp(e.updated)),
    ...(e.published ? [element('published', timestamp(e.published))] : []),
    ...(e.categories ?? []).map((term) => `<category term="${escapeXml(term)}"/>`),
    element('summary', e.summary),
    ...(e.html === undefined ? [] : [element('content', e.html, ` type="html" xml:base="${escapeXml(e.url)}"`)]),
    '</entry>',
  ].join('\n');
}

export function atomFeed(feed: AtomFeed): string {
  const latest = feed.entries.reduce<Date | undefined>((max, e) => (max && max >= e.updated ? max : e.updated), undefined);
  const updated = feed.updated ?? latest ?? new Date(0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">',
    element('id', feed.url),
    element('title', feed.title),
    ...(feed.subtitle ? [element('subtitle', feed.subtitle)] : []),
    link(feed.selfUrl, 'self', 'application/atom+xml'),
    link(feed.url, 'alternate', 'text/html'),
    element('updated', timestamp(updated)),
    `<author>${element('name', feed.author)}</author>`,
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
