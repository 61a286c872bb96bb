/**
 * The views of a need sent to several ambassadors, rendered as the functions render them and read
 * as parsed HTML: the form (every field labelled, its messages by the fields, typed text shown as
 * text), an invited ambassador's thread while open and once filled elsewhere, « Mes demandes »
 * listing a need once, and figure 13 on the dashboard.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NEED_FORM_FIELDS } from '../src/lib/forms/need.ts';
import { figureDefinitions } from '../src/lib/indicators/definitions.ts';
import { NEED_FILLED_MESSAGE, needSchema } from '../src/lib/need.ts';
import { NeedFormPage } from '../src/views/needs/NeedFormPage.tsx';
import { NeedConfirmedPage } from '../src/views/needs/NeedPages.tsx';
import { NeedsFigure } from '../src/views/referents/dashboard/NeedsFigure.tsx';
import { RequestsPage } from '../src/views/requester-space/RequestsPage.tsx';
import { ThreadPage } from '../src/views/requests/ThreadPage.tsx';
import type { ThreadData } from '../src/views/requests/thread-types.ts';
import { makeSettings } from './fixtures.ts';
import { makeNeedInput } from './support/ambassadors.ts';
import { mainText, parseHtml, titleOf } from './support/html.ts';

const render = (view: ReactElement) => `<!doctype html>${renderToStaticMarkup(view)}`;
const EVIL = '<script>alert(1)</script> "guillemets"';
const departments = { '59': 'Nord (59)', '62': 'Pas-de-Calais (62)' };

const thread = (status: ThreadData['request']['status']): ThreadData => ({
  side: 'ambassador',
  request: {
    status,
    awaiting: 'ambassador',
    requester_name: 'Louise Martin',
    requester_role: 'Professeure principale',
    organisation_name: 'Lycée Faidherbe',
    uai: '0590117G',
    requester_department: '59',
    intervention: 'classroom_talk',
    public: 'high_school',
    level: null,
    group_size: 28,
    modality: 'in_person',
    accompanied_by: null,
    duration_minutes: 90,
    slots: ['2026-11-20T13:00:00.000Z'],
    accepted_start: null,
    message: 'Nous préparons les choix d’orientation.',
  },
  ambassador: { id: '00000000-0000-4000-8000-000000000001', public: { displayName: 'Camille R.', jobTitle: 'Développeuse web' } },
  messages: [],
  need: { invited: 4 },
});

describe('the need form', () => {
  it('given the form, then every field of a need has its label and message slot, and ids are unique', () => {
    const html = render(createElement(NeedFormPage, { departments }));
    expect(titleOf(html)).toBe('Je ne sais pas qui solliciter – Réseau des ambassadeurs métiers');
    const root = parseHtml(html);
    for (const spec of Object.values(NEED_FORM_FIELDS)) {
      expect(root.getElementById(spec.name), spec.name).not.toBeNull();
      expect(root.getElementById(`erreur-${spec.name}`)?.hasAttribute('hidden'), spec.name).toBe(true);
    }
    for (const control of root.querySelectorAll('input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea'))
      expect(root.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    const ids = root.querySelectorAll('[id]').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The département is asked once, with what is needed.
    expect(root.querySelectorAll('select[name=department]')).toHaveLength(1);
  });

  it('given what the server refused, then the values come back as typed text and each message sits by its field', () => {
    const errorsOf = (input: Record<string, unknown>) => {
      const parsed = needSchema.safeParse(input);
      expect(parsed.success).toBe(false);
      return Object.fromEntries(parsed.error!.issues.map((i) => [String(i.path[0]), i.message]));
    };
    // Neither a sector nor a job: the one rule a need adds to a request's.
    expect(errorsOf({ ...makeNeedInput(), sector: '', job: '' })).toEqual({
      sector: 'Secteur ou métier : choisissez un secteur ou écrivez un métier, pour que le besoin aille aux bons ambassadeurs.',
    });
    const posted = { ...makeNeedInput(), job: EVIL, name: EVIL };
    const errors = errorsOf(posted);
    const html = render(createElement(NeedFormPage, { departments, errors, posted }));
    expect(html).not.toContain('<script>alert(1)</script>');
    const root = parseHtml(html);
    expect(root.getElementById('job')?.getAttribute('value')).toBe(EVIL);
    expect(root.getElementById('erreur-job')?.text).toBe(errors.job);
    expect(root.getElementById('job')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelectorAll('.error-summary a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['#job', '#name']));
  });

  it('given a need confirmed, then the page says how many ambassadors have it, or that the referent does', () => {
    expect(mainText(render(createElement(NeedConfirmedPage, { invited: 3 })))).toContain(
      'Votre besoin est proposé à 3 ambassadeurs disponibles.',
    );
    expect(mainText(render(createElement(NeedConfirmedPage, { invited: 0 })))).toContain('le référent de votre département l’a reçu');
  });
});

describe('an invited ambassador’s thread', () => {
  it('given the need open, then it says how many are asked and offers to accept; once filled elsewhere, thanks and no action', () => {
    const open = mainText(render(createElement(ThreadPage, { thread: thread('sent'), token: 'jeton' })));
    expect(open).toContain('Ce besoin est proposé à 4 ambassadeurs disponibles');
    expect(open).toContain('Accepter ce créneau');
    expect(open).toContain('le besoin reste proposé aux autres ambassadeurs');
    const filled = render(createElement(ThreadPage, { thread: thread('filled_elsewhere'), token: 'jeton' }));
    expect(mainText(filled)).toContain(NEED_FILLED_MESSAGE);
    expect(mainText(filled)).toContain('État : Pourvue par un autre ambassadeur');
    expect(parseHtml(filled).querySelectorAll('form')).toHaveLength(0);
  });
});

describe('« Mes demandes »', () => {
  it('given a need nobody took yet, then one entry without an ambassador or a thread link; once filled, the accepted request as usual', () => {
    const base = {
      awaitingRequester: false,
      intervention: 'classroom_talk',
      createdAt: new Date('2026-11-02T09:00:00Z'),
      acceptedStart: null,
      slots: [],
    };
    const html = render(
      createElement(RequestsPage, {
        email: 'louise.martin@example.org',
        requests: [
          { ...base, id: 'a', status: 'sent', ambassadorName: 'Ambassadeur 1', need: { status: 'sent', invited: 5 } },
          { ...base, id: 'b', status: 'accepted', ambassadorName: 'Camille R.', need: { status: 'filled', invited: 3 } },
        ],
      }),
    );
    const items = parseHtml(html).querySelectorAll('main ul.plain > li');
    expect(items[0]!.querySelector('h3')?.text).toBe('Intervention en classe – besoin proposé à plusieurs ambassadeurs');
    expect(items[0]!.querySelector('a')).toBeNull();
    expect(items[0]!.text).toContain('Envoyé aux ambassadeurs, en attente d’une acceptation (besoin proposé à 5 ambassadeurs)');
    expect(items[0]!.text).not.toContain('Ambassadeur 1');
    expect(items[1]!.querySelector('h3 a')?.text).toBe('Intervention en classe – Camille R.');
  });
});

describe('figure 13', () => {
  it('given needs sent, filled and not, then the fill rate, the median time to fill and the states', () => {
    const definition = figureDefinitions(makeSettings()).fillRate;
    const html = render(
      createElement(NeedsFigure, {
        definition,
        needs: { sent: 4, filled: 3, unfilled: 1, open: 0, nobodyMatched: 1, invited: 12, fillDays: 1.5 },
      }),
    );
    const text = mainText(html).replace(/\u00a0/g, ' ');
    expect(parseHtml(html).querySelector('h3')?.text).toBe('Taux de pourvoi des besoins partagés');
    expect(text).toContain(definition.definition);
    expect(text).toContain(
      '75 % des besoins partagés envoyés dans la période ont été pourvus (3 sur 4) ; délai médian de pourvoi : 1,5 jour.',
    );
    expect(text).toContain('12 ambassadeurs sollicités pour ces besoins ; 1 besoin sans aucun ambassadeur disponible');
    expect(parseHtml(html).querySelector('table caption')?.text).toBe(
      'Besoins partagés envoyés dans la période, selon leur état aujourd’hui',
    );
  });
});
