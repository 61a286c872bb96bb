/**
 * The request journey's views rendered as the functions render them, read as parsed HTML:
 * every text typed by someone shows as text, each control is tied to its label, hint and
 * message, the error summary links to fields that exist, and each page has its title.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { REQUEST_FIELDS } from '../src/lib/forms/request.ts';
import { requestSchema } from '../src/lib/request.ts';
import { FeedbackPage } from '../src/views/requests/FeedbackPage.tsx';
import { RequestFormPage, type RequestFormProps } from '../src/views/requests/RequestFormPage.tsx';
import { ThreadPage } from '../src/views/requests/ThreadPage.tsx';
import type { ThreadData } from '../src/views/requests/thread-types.ts';
import { UnavailablePage } from '../src/views/requests/UnavailablePage.tsx';
import { fieldErrors, mainText, parseHtml, titleOf } from './support/html.ts';

const render = (view: ReactElement) => `<!doctype html>${renderToStaticMarkup(view)}`;
const EVIL = '<script>alert(1)</script> "guillemets"';

const formProps = (overrides: Partial<RequestFormProps> = {}): RequestFormProps => ({
  ambassador: { department: '59', slug: 'camille-r', displayName: 'Camille R.', jobTitle: 'Développeuse web' },
  offer: {
    interventions: { classroom_talk: 'Intervention en classe', company_visit: 'Visite d’entreprise' },
    publics: { high_school: 'Lycéens' },
    modalities: { in_person: 'Présentiel' },
  },
  departments: { '59': 'Nord (59)', '62': 'Pas-de-Calais (62)' },
  ...overrides,
});

const AMBASSADOR_ID = '00000000-0000-4000-8000-000000000001';
const thread = (overrides: Partial<ThreadData> = {}, request: Partial<ThreadData['request']> = {}): ThreadData => ({
  side: 'ambassador',
  request: {
    status: 'sent',
    awaiting: 'ambassador',
    requester_name: 'Louise Martin',
    requester_role: 'Professeure principale',
    organisation_name: 'Lycée Faidherbe',
    uai: '0590117G',
    requester_department: '59',
    intervention: 'classroom_talk',
    public: 'high_school',
    level: '2de',
    group_size: 28,
    modality: 'in_person',
    accompanied_by: null,
    duration_minutes: 90,
    slots: ['2026-11-20T13:00:00.000Z', '2026-11-24T09:00:00.000Z'],
    accepted_start: null,
    message: 'Nous préparons les choix d’orientation.',
    ...request,
  },
  ambassador: { id: AMBASSADOR_ID, public: { displayName: 'Camille R.', jobTitle: 'Développeuse web' } },
  messages: [],
  ...overrides,
});

/** No element the page did not write itself: no script, no element with an attribute from typed text. */
function expectNoInjectedMarkup(html: string) {
  const root = parseHtml(html);
  expect(root.querySelectorAll('script')).toHaveLength(0);
  expect(html).not.toContain('<script>alert(1)</script>');
}

/** Each control's aria-describedby names elements that exist; each control of a form has a label. */
function expectWiredControls(html: string) {
  const root = parseHtml(html);
  const controls = root.querySelectorAll('input:not([type=hidden]), select, textarea, fieldset[aria-describedby]');
  expect(controls.length).toBeGreaterThan(0);
  for (const control of controls) {
    for (const id of (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
      expect(root.getElementById(id), `#${id} described by ${control.id || control.getAttribute('name')}`).not.toBeNull();
    }
    const tag = control.tagName.toLowerCase();
    if (tag === 'fieldset') continue;
    const inChoice = control.closest('label') !== null;
    const id = control.id;
    const labelled = inChoice || (id !== '' && root.querySelector(`label[for="${id}"]`) !== null);
    expect(labelled, `label of ${control.getAttribute('name')}`).toBe(true);
  }
  const ids = root.querySelectorAll('[id]').map((e) => e.id);
  expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
}

/** The error summary links to fields that exist, and each message is next to its field. */
function expectSummaryLinksToFields(html: string) {
  const root = parseHtml(html);
  const links = root.querySelectorAll('.error-summary a');
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    const id = link.getAttribute('href')!.replace(/^#/, '');
    const field = root.getElementById(id);
    expect(field, `summary link #${id}`).not.toBeNull();
    const box = field!.tagName === 'FIELDSET' ? field! : field!.closest('.field')!;
    expect(box.querySelector(`#erreur-${id}`)?.text.trim()).toBe(link.text.trim());
    expect((field!.tagName === 'FIELDSET' ? field!.querySelector('input')! : field!).getAttribute('aria-invalid')).toBe('true');
    expect(field!.getAttribute('aria-describedby')).toContain(`erreur-${id}`);
  }
}

describe('the request form', () => {
  it('given an ambassador, then the title names them and each field has its label, hint and message slot', () => {
    const html = render(createElement(RequestFormPage, formProps()));
    expect(titleOf(html)).toBe('Solliciter Camille R. – Réseau des ambassadeurs métiers');
    expect(parseHtml(html).querySelector('h1')?.text).toBe('Solliciter Camille R.');
    expectWiredControls(html);
    const root = parseHtml(html);
    for (const spec of Object.values(REQUEST_FIELDS)) {
      const control = root.getElementById(spec.name);
      expect(control, spec.name).not.toBeNull();
      if ('hint' in spec) expect(root.getElementById(`aide-${spec.name}`)?.text).toBe(spec.hint);
      expect(root.getElementById(`erreur-${spec.name}`)?.hasAttribute('hidden')).toBe(true);
    }
    expect(root.getElementById('name')?.getAttribute('maxlength')).toBe(String(REQUEST_FIELDS.name.maxLength));
    expect(root.getElementById('groupSize')?.getAttribute('max')).toBe(String(REQUEST_FIELDS.groupSize.max));
    expect(root.getElementById('department')?.querySelector('option[selected]')?.getAttribute('value')).toBe('59');
  });

  it('given what the server refused, then the values come back as typed text and each message sits by its field, linked from the summary', () => {
    const posted = {
      name: EVIL,
      level: EVIL,
      message: EVIL,
      email: 'x',
      requesterKind: 'individual',
      situation: 'apprentice',
      sex: EVIL,
      under16: 'oui',
      slot1: '',
    };
    const parsed = requestSchema.safeParse({ ambassador: '59/camille-r', ...posted });
    expect(parsed.success).toBe(false);
    const errors = Object.fromEntries(parsed.error!.issues.map((i) => [String(i.path[0]), i.message]));
    const html = render(createElement(RequestFormPage, formProps({ errors, posted })));
    expectNoInjectedMarkup(html);
    const root = parseHtml(html);
    expect(root.getElementById('name')?.getAttribute('value')).toBe(EVIL);
    // A level or sex outside the lists selects nothing; a listed situation comes back chosen.
    expect(root.getElementById('level')?.querySelector('option[selected]')).toBeNull();
    expect(root.querySelectorAll('input[name=sex]').filter((i) => i.hasAttribute('checked'))).toHaveLength(0);
    expect(root.getElementById('situation')?.querySelector('option[selected]')?.getAttribute('value')).toBe('apprentice');
    expect(root.getElementById('message')?.text).toBe(EVIL);
    expect(root.getElementById('requesterKind')?.querySelector('option[selected]')?.getAttribute('value')).toBe('individual');
    expect(root.querySelector('input[name=under16]')?.hasAttribute('checked')).toBe(true);
    expect(fieldErrors(html)).toEqual(Object.fromEntries(Object.entries(errors).filter(([name]) => name !== 'ambassador')));
    expectWiredControls(html);
    expectSummaryLinksToFields(html);
  });

  it('given an ambassador whose name holds markup, then the title and the page show it as text', () => {
    const html = render(
      createElement(RequestFormPage, formProps({ ambassador: { department: '59', slug: 'x', displayName: EVIL, jobTitle: EVIL } })),
    );
    expectNoInjectedMarkup(html);
    expect(titleOf(html)).toBe(`Solliciter ${EVIL} – Réseau des ambassadeurs métiers`);
    expect(mainText(html)).toContain(`${EVIL}, ${EVIL}.`);
  });
});

describe('the unavailable page', () => {
  it('given suggestions with names holding markup, then they show as text, linked by path', () => {
    const html = render(
      createElement(UnavailablePage, {
        reason: 'paused',
        name: EVIL,
        suggestions: [{ displayName: EVIL, jobTitle: EVIL, url: 'https://ambassadeurs.example.org/ambassadeurs/59/yanis-b/' }],
      }),
    );
    expectNoInjectedMarkup(html);
    expect(titleOf(html)).toBe('Demande impossible pour le moment – Réseau des ambassadeurs métiers');
    expect(mainText(html)).toContain(`${EVIL} a mis ses interventions en pause.`);
    expect(parseHtml(html).querySelector('main li a')?.getAttribute('href')).toBe('/ambassadeurs/59/yanis-b/');
  });
});

describe('the thread page', () => {
  const message = (author: 'requester' | 'ambassador', authorName: string, body: string, ambassadorId: string | null = AMBASSADOR_ID) => ({
    author,
    ambassador_id: ambassadorId,
    authorName,
    body,
    created_at: new Date('2026-11-01T10:00:00Z'),
  });

  it('given a company’s side of a waiting request with confirmed members, then a form entrusts it to one of them (issue 11)', () => {
    const members = [{ value: '59/camille-r', label: 'Camille R., Technicienne de maintenance' }];
    const forCompany = parseHtml(
      render(createElement(ThreadPage, { thread: thread({ side: 'ambassador', members }, { status: 'sent' }), token: 't' })),
    );
    const form = forCompany.querySelector('#titre-confier')?.parentNode.querySelector('form');
    expect(form?.querySelector('input[name=action]')?.getAttribute('value')).toBe('entrust');
    expect(form?.querySelectorAll('select[name=member] option').map((o) => o.text)).toEqual([
      'Choisissez un membre',
      'Camille R., Technicienne de maintenance',
    ]);
    const forRequester = parseHtml(
      render(createElement(ThreadPage, { thread: thread({ side: 'requester', members }, { status: 'sent' }), token: 't' })),
    );
    expect(forRequester.querySelector('#titre-confier')).toBeNull();
  });

  it('given typed texts holding markup, then the details and messages show them as text, line breaks kept', () => {
    const t = thread(
      { messages: [message('requester', EVIL, `${EVIL}\nseconde ligne`)] },
      { requester_name: EVIL, level: EVIL, organisation_name: EVIL, accompanied_by: EVIL, message: EVIL },
    );
    const html = render(createElement(ThreadPage, { thread: t, token: 'jeton"<x>' }));
    expectNoInjectedMarkup(html);
    expect(titleOf(html)).toBe(`Intervention en classe – ${EVIL} – Réseau des ambassadeurs métiers`);
    const root = parseHtml(html);
    expect(root.querySelectorAll('dd').map((dd) => dd.text)).toContain(EVIL);
    expect(root.querySelector('.messages strong')?.text).toBe(EVIL);
    expect(root.querySelectorAll('.messages br')).toHaveLength(1);
    expect(root.querySelector('.messages')?.text).toContain('seconde ligne');
    expect(root.querySelector('label[for=message-body]')?.text).toBe(`Écrire à ${EVIL}`);
    for (const hidden of root.querySelectorAll('input[name=jeton]')) expect(hidden.getAttribute('value')).toBe('jeton"<x>');
    expectWiredControls(html);
  });

  it('given the ambassador’s link, then accept, propose and decline forms each have their own ids', () => {
    const html = render(createElement(ThreadPage, { thread: thread(), token: 't' }));
    const root = parseHtml(html);
    expect(root.querySelectorAll('input[name=action]').map((i) => i.getAttribute('value'))).toEqual([
      'accept',
      'propose',
      'decline',
      'message',
    ]);
    for (const id of ['accept-slot', 'propose-slot1', 'propose-body', 'decline-body', 'message-body'])
      expect(root.getElementById(id), id).not.toBeNull();
    expectWiredControls(html);
  });

  it('given a refused form, then its messages are by its own fields and the summary links to them', () => {
    const sent = {
      action: 'propose',
      errors: { slot1: 'Créneau 1 : cette date n’existe pas.', slot2: 'Créneau 2 : proposez une date à venir.' },
      posted: { slot1: '2026-02-30T10:00', slot2: EVIL, body: EVIL },
    };
    const html = render(createElement(ThreadPage, { thread: thread(), token: 't', sent }));
    expectNoInjectedMarkup(html);
    expect(fieldErrors(html)).toEqual({ 'propose-slot1': sent.errors.slot1, 'propose-slot2': sent.errors.slot2 });
    const root = parseHtml(html);
    expect(root.getElementById('propose-body')?.text).toBe(EVIL);
    expect(root.getElementById('decline-body')?.text).toBe('');
    expectWiredControls(html);
    expectSummaryLinksToFields(html);
  });

  it('given a refused accept, then the radio group is marked and the summary links to it', () => {
    const sent = { action: 'accept', errors: { slot: 'Créneau : choisissez l’un des créneaux proposés.' }, posted: {} };
    const html = render(createElement(ThreadPage, { thread: thread(), token: 't', sent }));
    expect(fieldErrors(html)).toEqual({ 'accept-slot': sent.errors.slot });
    expectSummaryLinksToFields(html);
  });

  it('given a reassigned request, then the requester sees each ambassador’s message under its writer, the previous one said so', () => {
    const previous = '00000000-0000-4000-8000-000000000002';
    const t = thread(
      {
        side: 'requester',
        messages: [
          message('ambassador', 'Yanis B.', 'Je regarde.', previous),
          message('requester', 'Louise Martin', 'Merci.', previous),
          message('ambassador', 'Ambassadeur précédent', 'Compte supprimé depuis.', null),
          message('ambassador', 'Camille R.', 'Je prends le relais.'),
        ],
      },
      { awaiting: 'ambassador' },
    );
    const html = render(createElement(ThreadPage, { thread: t, token: 't' }));
    expect(
      parseHtml(html)
        .querySelectorAll('.messages strong')
        .map((s) => s.text),
    ).toEqual(['Yanis B. (ambassadeur précédent)', 'Vous', 'Ambassadeur précédent', 'Camille R.']);
  });

  it('given the ambassador’s link, then their own messages are "Vous" and the requester’s under the requester’s name', () => {
    const t = thread({ messages: [message('requester', 'Louise Martin', 'Bonjour.'), message('ambassador', 'Camille R.', 'Bonjour !')] });
    const html = render(createElement(ThreadPage, { thread: t, token: 't', done: EVIL }));
    expectNoInjectedMarkup(html);
    const root = parseHtml(html);
    expect(root.querySelectorAll('.messages strong').map((s) => s.text)).toEqual(['Louise Martin', 'Vous']);
    expect(root.querySelector('[role=status]')?.text).toBe(EVIL);
  });
});

describe('the feedback form', () => {
  it('given errors and typed text holding markup, then messages by their fields, values as text, summary linked', () => {
    const errors = { satisfaction: 'Satisfaction : choisissez une note de 1 à 5.', comment: 'Commentaire : 1 000 caractères au plus.' };
    const html = render(createElement(FeedbackPage, { token: 't', errors, posted: { comment: EVIL, youngPeopleReached: '12' } }));
    expectNoInjectedMarkup(html);
    expect(titleOf(html)).toBe('Comment s’est passée l’intervention ? – Réseau des ambassadeurs métiers');
    expect(fieldErrors(html)).toEqual(errors);
    expect(parseHtml(html).getElementById('comment')?.text).toBe(EVIL);
    expect(parseHtml(html).querySelectorAll('input[name=satisfaction]')).toHaveLength(5);
    expectWiredControls(html);
    expectSummaryLinksToFields(html);
  });
});
