/**
 * The built site (`npm run build`: Astro + Pagefind) over the curated demo content:
 * every page is there, profiles ship no JavaScript and stay small, the search index and
 * the map file cover every profile, and no personal contact leaks into dist/.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { decodeMapFile, type MapFile } from '../src/lib/map-data.ts';
import { retentionStatements } from '../src/lib/retention.ts';
import { settingsSchema } from '../src/lib/schemas.ts';
import { siteIdentity } from '../src/server/http.ts';
import { FunctionPage } from '../src/views/layout/FunctionPage.tsx';
import { SiteContext } from '../src/views/layout/site.ts';
import { parseHtml } from './support/html.ts';
import { DIST, assertBuilt } from './support/site.ts';
import { countFiles, readEventFiles, readNewsFiles, readProfiles, readYamlFiles } from './support/content.ts';
import { icsInstant, parseIcs, propertyOf } from './support/ics.ts';
import { childOf, childrenOf, parseXml } from './support/xml.ts';
import { parseParisDateTime } from '../src/lib/paris-time.ts';

const dist = DIST.pathname;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const profiles = readProfiles();

beforeAll(assertBuilt);

describe('built pages', () => {
  it.each([
    'index.html',
    'ambassadeurs/index.html',
    'ambassadeurs/59/index.html',
    'referents/index.html',
    'guides/index.html',
    'faq/index.html',
    'charte/index.html',
    'partenaires/index.html',
    'mentions-legales/index.html',
    'donnees-personnelles/index.html',
    'accessibilite/index.html',
    'devenir-ambassadeur/index.html',
    'gerer-mon-profil/index.html',
    'mes-demandes/index.html',
    '404.html',
    'admin/index.html',
    'admin/config.yml',
    'admin/decap-cms.js',
    'actualites/index.html',
    'actualites/atom.xml',
    'agenda/index.html',
    'agenda/passes/index.html',
    'agenda.ics',
  ])('given the demo content, then %s is built', (path) => {
    expect(statSync(join(dist, path)).size).toBeGreaterThan(0);
  });

  it('given every profile file, then its page exists at /ambassadeurs/<département>/<slug>/', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(300);
    for (const { id } of profiles) expect(() => statSync(join(dist, 'ambassadeurs', id, 'index.html')), id).not.toThrow();
  });

  it('given the guides, then each has its page', () => {
    expect(countFiles('guides', '.md')).toBeGreaterThanOrEqual(6);
    expect(readdirSync(join(dist, 'guides'), { withFileTypes: true }).filter((d) => d.isDirectory()).length).toBe(
      countFiles('guides', '.md'),
    );
  });

  it('given a profile page, then it has no script and its HTML with its CSS weighs under 14 KB compressed', () => {
    let largest = 0;
    for (const { id } of profiles) {
      const html = read(`ambassadeurs/${id}/index.html`);
      expect(html, id).not.toMatch(/<script/i);
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => read(m[1]!.slice(1))).join('');
      largest = Math.max(largest, gzipSync(html + css).length);
    }
    expect(largest).toBeLessThanOrEqual(14 * 1024);
  });

  it('given views rendered by React on the server, then no page hydrates and no React code reaches dist/', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((f) => f.endsWith('.html'))) expect(read(file), file).not.toContain('astro-island');
    for (const file of files.filter((f) => f.startsWith('_astro/') && f.endsWith('.js'))) {
      expect(read(file), file).not.toMatch(/react-dom|__reactContainer|react\.(transitional\.)?element/);
    }
    // The one stylesheet, shared with the function pages, is minified in dist/ (public/ keeps it readable).
    expect(read('styles/site.css').length).toBeLessThan(readFileSync('public/styles/site.css', 'utf8').length * 0.85);
    expect(read('styles/site.css')).toMatch(/^:root\{/);
    // The shared view really is on the static page: the function pages render the same form.
    expect(read('gerer-mon-profil/index.html')).toContain('<form class="form inline-form" action="/api/profil/lien" method="post">');
  });

  it('given a static page and a function page, then their header, navigation and footer are the same', () => {
    const frame = (html: string) => {
      const page = parseHtml(html);
      const links = (selector: string) => page.querySelectorAll(`${selector} a`).map((a) => `${a.getAttribute('href')} ${a.text.trim()}`);
      return { brand: page.querySelector('.brand')!.text.trim(), nav: links('.site-nav'), footer: links('.site-footer') };
    };
    const functionPage = renderToStaticMarkup(
      createElement(SiteContext, { value: siteIdentity() }, createElement(FunctionPage, { title: 'Page d’une fonction' })),
    );
    expect(frame(functionPage)).toEqual(frame(read('faq/index.html')));
    expect(parseHtml(functionPage).querySelector('link[rel=stylesheet]')!.getAttribute('href')).toBe(
      parseHtml(read('faq/index.html')).querySelector('link[rel=stylesheet]')!.getAttribute('href'),
    );
  });

  it('given a company’s profile file, then its page shows its SIRET and size band and links to its confirmed members only, who link back', () => {
    const company = profiles.find((p) => p.data.type === 'company')!;
    const members = profiles.filter((p) => p.data.company === company.id);
    const confirmed = members.filter((p) => p.data.companyConfirmedAt);
    const waiting = members.filter((p) => !p.data.companyConfirmedAt);
    expect(confirmed.length).toBeGreaterThan(0);
    const page = parseHtml(read(`ambassadeurs/${company.id}/index.html`));
    expect(page.querySelector('.company-facts')!.text).toContain(String(company.data.siret).slice(0, 3));
    const links = page.querySelectorAll('article a').map((a) => a.getAttribute('href'));
    for (const m of confirmed) expect(links, m.id).toContain(`/ambassadeurs/${m.id}/`);
    for (const m of waiting) expect(links, m.id).not.toContain(`/ambassadeurs/${m.id}/`);
    for (const m of members) {
      const back = parseHtml(read(`ambassadeurs/${m.id}/index.html`))
        .querySelectorAll('article a')
        .map((a) => a.getAttribute('href'));
      expect(back.includes(`/ambassadeurs/${company.id}/`), m.id).toBe(m.data.companyConfirmedAt !== undefined);
    }
  });

  it('given the home page, then its figures are computed from the content', () => {
    const html = read('index.html');
    expect(html).toMatch(new RegExp(`<strong[^>]*>${profiles.length}</strong> ambassadeurs`));
  });

  it('given the settings, then the personal-data page states the retention durations the daily job applies', () => {
    const settings = settingsSchema.parse(readYamlFiles('settings')[0]);
    const page = parseHtml(read('donnees-personnelles/index.html')).querySelector('main')!.text.replace(/\s+/g, ' ');
    for (const statement of retentionStatements(settings)) expect(page).toContain(statement);
  });
});

describe('news and agenda', () => {
  const news = readNewsFiles();
  const events = readEventFiles();
  const agenda = () => parseHtml(read('agenda/index.html'));

  it('given the news files, then each has its page, with no script, and every page announces the Atom feed', () => {
    expect(news.length).toBeGreaterThanOrEqual(5);
    for (const { id, data } of news) {
      const html = read(`actualites/${id}/index.html`);
      expect(parseHtml(html).querySelector('h1')!.text.trim(), id).toBe(data.title);
      expect(html, id).not.toMatch(/<script/i);
    }
    for (const page of ['index.html', 'faq/index.html', `actualites/${news[0]!.id}/index.html`]) {
      const link = parseHtml(read(page)).querySelector('link[rel=alternate][type="application/atom+xml"]');
      expect(link?.getAttribute('href'), page).toBe('/actualites/atom.xml');
    }
    expect(
      parseHtml(read('index.html'))
        .querySelectorAll('.site-nav a')
        .map((a) => a.getAttribute('href')),
    ).toEqual(expect.arrayContaining(['/actualites/', '/agenda/']));
  });

  it('given the Atom feed, then it is well-formed Atom listing the news newest first, each linking to its built page', () => {
    const feed = parseXml(read('actualites/atom.xml'));
    expect([feed.name, feed.ns]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
    const newest = [...news].sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)) || a.id.localeCompare(b.id));
    const entries = childrenOf(feed, 'entry');
    expect(entries.map((e) => childOf(e, 'title').text)).toEqual(newest.slice(0, 30).map((n) => n.data.title));
    for (const entry of entries) {
      const path = new URL(childOf(entry, 'link').attributes.href!).pathname;
      expect(() => statSync(join(dist, path, 'index.html')), path).not.toThrow();
      expect(childOf(entry, 'content').text.length).toBeGreaterThan(0);
    }
  });

  it('given the event files, then each has its page and its calendar file, and the agenda sorts them by the build date', () => {
    expect(events.length).toBeGreaterThanOrEqual(6);
    const builtAt = new Date(agenda().querySelector('[data-agenda-date]')!.getAttribute('data-agenda-date')!);
    const isUpcoming = (e: (typeof events)[number]) => parseParisDateTime(String(e.data.end))! > builtAt;
    const byStart = (a: (typeof events)[number], b: (typeof events)[number]) => String(a.data.start).localeCompare(String(b.data.start));
    const listed = (which: string) =>
      agenda()
        .querySelectorAll(`[data-agenda=${which}] h3 a`)
        .map((a) => a.getAttribute('href'));
    expect(listed('upcoming')).toEqual(
      events
        .filter(isUpcoming)
        .sort(byStart)
        .map((e) => `/agenda/${e.id}/`),
    );
    expect(listed('past')).toEqual(
      events
        .filter((e) => !isUpcoming(e))
        .sort(byStart)
        .reverse()
        .slice(0, 10)
        .map((e) => `/agenda/${e.id}/`),
    );
    for (const { id, data } of events) {
      const html = read(`agenda/${id}/index.html`);
      expect(parseHtml(html).querySelector('h1')!.text.trim(), id).toBe(data.title);
      expect(html, id).not.toMatch(/<script/i);
      const [event] = parseIcs(read(`agenda/${id}.ics`)).components;
      expect(propertyOf(event!, 'UID')).toBe(`evenement-${id}@${new URL(propertyOf(event!, 'URL')).hostname}`);
      expect(icsInstant(propertyOf(event!, 'DTSTART'))).toEqual(parseParisDateTime(String(data.start)));
    }
  });

  it('given the calendar feed, then it holds exactly the upcoming events', () => {
    const builtAt = new Date(agenda().querySelector('[data-agenda-date]')!.getAttribute('data-agenda-date')!);
    const feed = parseIcs(read('agenda.ics'));
    expect(propertyOf(feed, 'METHOD')).toBe('PUBLISH');
    const uids = feed.components.map((c) => propertyOf(c, 'UID').replace(/^evenement-|@.*$/g, ''));
    expect(uids.sort()).toEqual(
      events
        .filter((e) => parseParisDateTime(String(e.data.end))! > builtAt)
        .map((e) => e.id)
        .sort(),
    );
  });

  it('given confirmed ambassadors in an event file, then its page links to each existing profile in the marked section', () => {
    const withConfirmed = events.filter((e) => Array.isArray(e.data.confirmedAmbassadors) && e.data.confirmedAmbassadors.length > 0);
    expect(withConfirmed.length).toBeGreaterThan(0);
    const existing = new Set(profiles.map((p) => p.id));
    for (const { id, data } of withConfirmed) {
      const section = parseHtml(read(`agenda/${id}/index.html`)).querySelector('[data-confirmed-ambassadors]')!;
      const expected = (data.confirmedAmbassadors as string[]).filter((ref) => existing.has(ref)).map((ref) => `/ambassadeurs/${ref}/`);
      expect(expected.length, id).toBeGreaterThan(0);
      expect(section.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(expected);
    }
    const waiting = events.find((e) => !e.data.confirmedAmbassadors && Number(e.data.ambassadorPlaces) > 0)!;
    expect(parseHtml(read(`agenda/${waiting.id}/index.html`)).querySelector('[data-confirmed-ambassadors] a')).toBeNull();
  });
});

describe('links', () => {
  /** What the functions answer (config.path in netlify/functions): a static page may link there (the key figures, the request form). */
  const functionPaths = new Set(
    readdirSync('netlify/functions')
      .filter((f) => f.endsWith('.mts'))
      // `path: '/api/x'` or `path: ['/api/x', '/api/y']`
      .flatMap((f) => [...readFileSync(join('netlify/functions', f), 'utf8').matchAll(/\bpath: (\[[^\]]*\]|'[^']+')/g)])
      .flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((p) => p[1]!)),
  );

  it('given every built page, then each link within the site leads to a built file or to a function', () => {
    expect(functionPaths).toContain('/chiffres-cles');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    const built = new Set(files);
    const resolves = (pathname: string) =>
      // Netlify's router matches a function's path with or without a trailing slash.
      functionPaths.has(pathname.replace(/(.)\/$/, '$1')) ||
      [pathname.endsWith('/') ? `${pathname}index.html` : pathname, `${pathname}/index.html`, `${pathname}.html`].some((f) =>
        built.has(decodeURIComponent(f.slice(1))),
      );
    const broken: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const base = new URL(file.replace(/(^|\/)index\.html$/, '$1'), 'https://site.example/');
      for (const a of parseHtml(read(file)).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (href.startsWith('#') || /^[a-z]+:/i.test(href)) continue; // anchors, mailto:, tel:, other sites
        const target = new URL(href, base);
        if (target.origin === base.origin && !resolves(target.pathname)) broken.push(`${file}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('search index and map data', () => {
  it('given the build, then Pagefind indexed exactly the profile pages', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    expect(entry.languages.fr!.page_count).toBe(profiles.length);
  });

  it('given the map file, then it counts every ambassador once at its commune, within 12 compressed bytes each', () => {
    const raw = read('ambassadeurs/carte.json');
    const communes = decodeMapFile(JSON.parse(raw) as MapFile);
    expect(communes.reduce((sum, c) => sum + c.count, 0)).toBe(profiles.length);
    const perCommune = new Map<string, number>();
    for (const p of profiles) perCommune.set(p.data.homeCommune, (perCommune.get(p.data.homeCommune) ?? 0) + 1);
    for (const { code, count } of communes) expect(count, code).toBe(perCommune.get(code));
    expect(gzipSync(raw).length / profiles.length).toBeLessThanOrEqual(12);
  });
});

describe('personal data', () => {
  const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
  const PHONE = /(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/g;
  const settings = readYamlFiles('settings')[0] as { contactEmail: string };
  const referents = readYamlFiles('referents') as { email: string; phone: string }[];
  const allowedEmails = new Set([settings.contactEmail, ...referents.map((r) => r.email)]);
  const allowedPhones = new Set(referents.map((r) => r.phone.replace(/\D/g, '')));

  /** Every text the site serves, Pagefind's compressed fragments included; not Decap's own bundle. */
  function servedTexts(): [string, string][] {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dist, f)).isFile());
    const texts: [string, string][] = [];
    for (const file of files) {
      // Third-party bundles (Decap, Pagefind's unused default UI) carry their translators' credits.
      // (Both Pagefind bundles: the profiles' /pagefind/ and the offers' /pagefind-stages/.)
      if (/^admin\/.*decap-cms\.js$|^pagefind(-stages)?\/pagefind-.*ui.*\.js$|\.wasm$/.test(file)) continue;
      if (/\.(html|json|js|css|xml|txt|yml|svg|ics)$/.test(file)) texts.push([file, read(file)]);
      else if (/\.pf_fragment$/.test(file)) texts.push([file, gunzipSync(readFileSync(join(dist, file))).toString('utf8')]);
    }
    return texts;
  }

  it('given dist/, then the only e-mail addresses and phone numbers are the referents’ and the network’s', () => {
    const texts = servedTexts();
    expect(texts.some(([f]) => f.endsWith('.pf_fragment'))).toBe(true);
    const leaks: string[] = [];
    for (const [file, text] of texts) {
      for (const [email] of text.matchAll(EMAIL)) if (!allowedEmails.has(email)) leaks.push(`${file}: ${email}`);
      // Minified code is full of digit runs: phone numbers are looked for in content, not in scripts.
      if (file.endsWith('.js')) continue;
      for (const [phone] of text.matchAll(PHONE)) if (!allowedPhones.has(phone.replace(/\D/g, ''))) leaks.push(`${file}: ${phone}`);
    }
    expect(leaks).toEqual([]);
  });
});
