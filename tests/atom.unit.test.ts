/**
 * The Atom writer (src/lib/atom.ts), read back with a strict XML parser: well-formed whatever the
 * editors typed, in the Atom namespace, with the elements RFC 4287 requires, newest entry first.
 */
import { describe, expect, it } from 'vitest';
import { atomFeed, type AtomFeed } from '../src/lib/atom.ts';
import { childOf, childrenOf, parseXml } from './support/xml.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const feed: AtomFeed = {
  url: 'https://ambassadeurs.example.org/actualites/',
  selfUrl: 'https://ambassadeurs.example.org/actualites/atom.xml',
  title: 'Actualités – Réseau des ambassadeurs métiers',
  author: 'Réseau des ambassadeurs métiers, Région Hauts-de-France',
  entries: [
    {
      url: 'https://ambassadeurs.example.org/actualites/2026-11-18-forum/',
      title: 'Forum « Métiers & avenir » : <script>alert("x")</script> l’équipe d’O\'Brien',
      updated: new Date('2026-11-18T00:00:00Z'),
      published: new Date('2026-11-18T00:00:00Z'),
      summary: 'Bell\u0007 et tab\u0000 retirés ; émoji 🎓 gardé ; ]]> sans effet.',
      html: '<p>Voir l’<a href="/agenda/?a=1&amp;b=2">agenda</a> &amp; les guides.</p>',
      categories: ['Nord (59)', 'Tout le monde'],
    },
    {
      url: 'https://ambassadeurs.example.org/actualites/2026-09-08-rentree/',
      title: 'Rentrée',
      updated: new Date('2026-09-08T00:00:00Z'),
      summary: 'Plus de 300 ambassadeurs.',
    },
  ],
};

describe('Atom feed', () => {
  it('given texts with markup, quotes, ampersands and control characters, then the feed parses strictly and gives them back', () => {
    const root = parseXml(atomFeed(feed));
    expect([root.name, root.ns]).toEqual(['feed', ATOM]);
    const [first] = childrenOf(root, 'entry');
    expect(childOf(first!, 'title').text).toBe(feed.entries[0]!.title);
    expect(childOf(first!, 'summary').text).toBe('Bell et tab retirés ; émoji 🎓 gardé ; ]]> sans effet.');
    // The HTML is escaped once into the feed: a reader gets the markup back, to render it.
    const content = childOf(first!, 'content');
    expect(content.attributes).toMatchObject({ type: 'html', 'xml:base': feed.entries[0]!.url });
    expect(content.text).toBe(feed.entries[0]!.html);
    expect(childrenOf(first!, 'category').map((c) => c.attributes.term)).toEqual(['Nord (59)', 'Tout le monde']);
  });

  it('given a feed, then it has the elements RFC 4287 requires: id, title, updated, author, self link; each entry id, title, updated, link', () => {
    const root = parseXml(atomFeed(feed));
    expect(childOf(root, 'id').text).toBe(feed.url);
    expect(childOf(root, 'title').text).toBe(feed.title);
    expect(childOf(childOf(root, 'author'), 'name').text).toBe(feed.author);
    expect(childrenOf(root, 'link').map((l) => [l.attributes.rel, l.attributes.type, l.attributes.href])).toEqual([
      ['self', 'application/atom+xml', feed.selfUrl],
      ['alternate', 'text/html', feed.url],
    ]);
    // The feed changes only with its content: updated is the latest entry's date, not the build's.
    expect(childOf(root, 'updated').text).toBe('2026-11-18T00:00:00Z');
    for (const entry of childrenOf(root, 'entry')) {
      expect(childOf(entry, 'id').text).toMatch(/^https:\/\/ambassadeurs\.example\.org\/actualites\/.+\/$/);
      expect(childOf(entry, 'updated').text).toMatch(RFC3339);
      expect(childOf(entry, 'link').attributes).toMatchObject({ rel: 'alternate', href: childOf(entry, 'id').text });
    }
    expect(childrenOf(root, 'entry').map((e) => childOf(e, 'title').text)).toEqual([feed.entries[0]!.title, 'Rentrée']);
  });

  it('given no entry, then the feed is still valid Atom', () => {
    const root = parseXml(atomFeed({ ...feed, entries: [] }));
    expect(childrenOf(root, 'entry')).toEqual([]);
    expect(childOf(root, 'updated').text).toMatch(RFC3339);
  });

  it('given an unescaped ampersand, then the parser used above refuses it (so the tests above can fail)', () => {
    expect(() => parseXml('<feed xmlns="http://www.w3.org/2005/Atom"><title>A & B</title></feed>')).toThrow();
    expect(() => parseXml('<feed><title>A</feed>')).toThrow();
  });
});
