/**
 * The agenda page and the contact details of the ambassador's space, rendered as the functions
 * render them and read back as a browser would: headings in order, one list per section, each
 * entry a heading that links to its thread, the facts as a description list, text never markup.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formatParisDay } from '../src/lib/paris-time.ts';
import { AgendaPage, type Agenda, type AgendaEntry } from '../src/views/self-service/AgendaPage.tsx';
import { SpacePage } from '../src/views/self-service/SpacePage.tsx';
import { departmentChoices } from '../src/lib/directory.ts';
import { makeSettings } from './fixtures.ts';
import { fieldErrors, mainText, parseHtml } from './support/html.ts';

const render = (view: ReactElement) => `<!doctype html>${renderToStaticMarkup(view)}`;
const HOSTILE = '<script>alert("x")</script> & l’"autre"';

/** The entries' titles and facts, each « term description » pair read one after the other. */
const factsOf = (html: string) =>
  parseHtml(html)
    .querySelectorAll('main li h3, main dt, main dd')
    .map((e) => e.text.trim())
    .join(' ');

let n = 0;
function entry(overrides: Partial<AgendaEntry> = {}): AgendaEntry {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    status: 'sent',
    awaiting: 'ambassador',
    intervention: 'classroom_talk',
    requester: 'Louise Martin (Lycée Faidherbe)',
    modality: 'in_person',
    department: '59',
    durationMinutes: 90,
    slots: [new Date('2026-11-20T13:00:00Z')],
    acceptedStart: null,
    deadline: new Date('2026-11-09T10:00:00Z'),
    deadlinePassed: false,
    closedAt: null,
    feedbackGiven: false,
    ...overrides,
  };
}

const accepted = (start: string, overrides: Partial<AgendaEntry> = {}) =>
  entry({ status: 'accepted', acceptedStart: new Date(start), deadline: null, slots: [], ...overrides });

function makeAgenda(overrides: Partial<Agenda> = {}): Agenda {
  return {
    toAnswer: [entry({ requester: HOSTILE })],
    upcoming: [accepted('2026-11-20T13:00:00Z')],
    past: [accepted('2026-10-15T08:00:00Z', { status: 'done' }), accepted('2026-10-01T08:00:00Z', { status: 'done', feedbackGiven: true })],
    closed: [entry({ status: 'declined', deadline: null, closedAt: new Date('2026-10-28T10:00:00Z') })],
    load: { count: 3, capacity: 4, windowDays: 30 },
    ...overrides,
  };
}

describe('the agenda page', () => {
  it('given requests in each section, then headings in order, one list per section and one linked heading per request', () => {
    const agenda = makeAgenda();
    const root = parseHtml(render(createElement(AgendaPage, { agenda })));
    const headings = root.querySelectorAll('main h1, main h2, main h3').map((h) => `${h.tagName}:${h.text}`);
    expect(headings).toEqual([
      'H1:Mon agenda',
      'H2:Demandes à traiter (1)',
      `H3:Intervention en classe – ${HOSTILE}`,
      'H2:Rendez-vous à venir (1)',
      'H3:Intervention en classe – Louise Martin (Lycée Faidherbe)',
      'H2:Rendez-vous passés (2)',
      'H3:Intervention en classe – Louise Martin (Lycée Faidherbe)',
      'H3:Intervention en classe – Louise Martin (Lycée Faidherbe)',
      'H2:Demandes closes (1)',
      'H3:Intervention en classe – Louise Martin (Lycée Faidherbe)',
    ]);
    for (const section of root.querySelectorAll('main section')) {
      const title = root.querySelector(`#${section.getAttribute('aria-labelledby')}`);
      expect(title?.tagName).toBe('H2');
      expect(section.querySelectorAll('ul > li').length).toBeGreaterThan(0);
      for (const item of section.querySelectorAll('li')) {
        expect(item.querySelector('h3 a')?.getAttribute('href')).toMatch(/^\/api\/profil\/fil\?demande=[\da-f-]{36}$/);
        expect(item.querySelectorAll('dl > dt').length).toBe(item.querySelectorAll('dl > dd').length);
      }
    }
    expect(root.querySelectorAll('script')).toHaveLength(0);
  });

  it('given hostile text from a requester, then it shows as text', () => {
    const html = render(createElement(AgendaPage, { agenda: makeAgenda() }));
    expect(html).not.toContain('<script>alert');
    expect(mainText(html)).toContain(HOSTILE);
  });

  it('given a past request done without the ambassador’s feedback, then one link to give it, named for its request', () => {
    const agenda = makeAgenda();
    const root = parseHtml(render(createElement(AgendaPage, { agenda })));
    const links = root.querySelectorAll('a[href^="/api/profil/avis"]');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`/api/profil/avis?demande=${agenda.past[0]!.id}`]);
    expect(links[0]!.text).toBe('Donner mon avis sur Intervention en classe – Louise Martin (Lycée Faidherbe)');
    expect(links[0]!.querySelector('.sr-only')?.text).toBe(' sur Intervention en classe – Louise Martin (Lycée Faidherbe)');
  });

  it('given dates, then in French and Paris time; a deadline passed says so', () => {
    const text = factsOf(
      render(
        createElement(AgendaPage, {
          agenda: makeAgenda({ toAnswer: [entry({ deadline: new Date('2026-10-30T10:00:00Z'), deadlinePassed: true })] }),
        }),
      ),
    );
    expect(text).toContain('vendredi 30 octobre 2026 : délai dépassé, répondez dès que possible');
    expect(text).toContain('vendredi 20 novembre 2026 à 14:00, 1 h 30');
    expect(text).toContain('Close le mercredi 28 octobre 2026');
    // Summer time: 22:30 UTC on 30 June is already 1 July in Paris.
    expect(formatParisDay(new Date('2026-06-30T22:30:00Z'))).toBe('mercredi 1 juillet 2026');
  });

  it('given the load, then the sliding 30 days are said as such, and the capacity reached is said', () => {
    const under = mainText(render(createElement(AgendaPage, { agenda: makeAgenda() })));
    expect(under).toContain('Sur les 30 derniers jours : 3 demandes sur 4 au plus par mois.');
    expect(under).not.toContain('atteint');
    const full = mainText(render(createElement(AgendaPage, { agenda: makeAgenda({ load: { count: 4, capacity: 4, windowDays: 30 } }) })));
    expect(full).toContain('vous avez atteint votre disponibilité');
  });

  it('given empty sections, then each says so, with no empty list', () => {
    const root = parseHtml(render(createElement(AgendaPage, { agenda: makeAgenda({ toAnswer: [], upcoming: [], past: [], closed: [] }) })));
    expect(root.querySelectorAll('main ul.agenda')).toHaveLength(0);
    expect(mainText(root.toString())).toContain('Aucune demande n’attend votre réponse.');
  });
});

describe('the contact details in the space', () => {
  const account = {
    firstName: 'Camille',
    email: 'camille.rousseau@example.org',
    phone: '06 12 34 56 78',
    paused: false,
    department: '59',
    slug: 'camille-r',
    monthlyCapacity: 3,
  };
  const departments = departmentChoices(makeSettings().departments);

  it('given the account, then its address is shown, the phone is in its field, and each form posts its action', () => {
    const root = parseHtml(render(createElement(SpacePage, { account, profile: undefined, departments })));
    const section = root.querySelector('section[aria-labelledby="titre-coordonnees"]')!;
    expect(section.querySelector('h2')?.text).toBe('Mes coordonnées');
    expect(section.text).toContain('Adresse e-mail de votre compte : camille.rousseau@example.org');
    const forms = section.querySelectorAll('form');
    expect(forms.map((f) => f.querySelector('input[name="action"]')?.getAttribute('value'))).toEqual(['adresse', 'telephone']);
    expect(forms[0]!.querySelector('input[name="email"]')?.getAttribute('type')).toBe('email');
    expect(forms[0]!.querySelector('label[for="email"]')?.text).toBe('Nouvelle adresse e-mail');
    expect(forms[1]!.querySelector('input[name="phone"]')?.getAttribute('value')).toBe('06 12 34 56 78');
    expect(root.querySelector('a[href="/api/profil/agenda"]')).not.toBeNull();
  });

  it('given an error on the address, then it is by the field, and the summary links to it', () => {
    const errors = { email: 'Adresse e-mail : c’est déjà celle de votre compte.' };
    const html = render(createElement(SpacePage, { account, profile: undefined, departments, errors, posted: { email: account.email } }));
    expect(fieldErrors(html)).toEqual(errors);
    const root = parseHtml(html);
    expect(root.querySelector('.error-summary a')?.getAttribute('href')).toBe('#email');
    expect(root.querySelector('#email')?.getAttribute('aria-describedby')).toBe('aide-email erreur-email');
    expect(root.querySelector('#email')?.getAttribute('value')).toBe(account.email);
  });
});
