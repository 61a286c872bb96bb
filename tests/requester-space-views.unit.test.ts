/**
 * « Mes demandes » rendered as its function renders it, read back parsed: requests in progress
 * and finished under their own headings, each linked to its thread, names shown as text, and the
 * date that matters for each state.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RequestsPage, type RequesterRequestView } from '../src/views/requester-space/RequestsPage.tsx';
import type { RequesterMinistageView } from '../src/views/requester-space/MinistageList.tsx';
import { WithdrawMinistagePage } from '../src/views/requester-space/WithdrawMinistagePage.tsx';
import { formatParis } from '../src/lib/paris-time.ts';
import { mainText, parseHtml, titleOf } from './support/html.ts';

const HOSTILE = '<script>alert("x")</script> & l’"autre"';
const request = (overrides: Partial<RequesterRequestView>): RequesterRequestView => ({
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  status: 'sent',
  awaitingRequester: false,
  intervention: 'classroom_talk',
  ambassadorName: 'Camille R.',
  createdAt: new Date('2026-11-02T09:00:00Z'),
  acceptedStart: null,
  slots: ['2026-11-20T13:00:00.000Z'],
  ...overrides,
});
const render = (requests: RequesterRequestView[]) =>
  `<!doctype html>${renderToStaticMarkup(createElement(RequestsPage, { email: 'louise.martin@example.org', requests }))}`;

const application = (overrides: Partial<RequesterMinistageView>): RequesterMinistageView => ({
  id: '2f8fad5b-d9cb-469f-a165-70867728950e',
  offerTitle: HOSTILE,
  companyName: 'Le Fournil du Nord',
  status: 'accepted',
  startDay: '2027-02-09',
  endDay: '2027-02-11',
  createdAt: new Date('2026-11-02T09:00:00Z'),
  withdrawable: true,
  ...overrides,
});

describe('« Mes demandes »', () => {
  it('given requests in progress and finished, then each under its heading, linked to its thread, with the date of its state', () => {
    const start = new Date('2026-11-24T09:00:00Z');
    const html = render([
      request({ status: 'sent', awaitingRequester: true, ambassadorName: HOSTILE, slots: ['2026-11-27T13:00:00.000Z'] }),
      request({ id: '1f8fad5b-d9cb-469f-a165-70867728950e', status: 'done', acceptedStart: start, ambassadorName: null }),
    ]);
    const root = parseHtml(html);
    expect(titleOf(html)).toBe('Mes demandes – Réseau des ambassadeurs métiers');
    expect(root.querySelectorAll('h1, h2, h3').map((h) => `${h.tagName} ${h.text}`)).toEqual([
      'H1 Mes demandes',
      'H2 En cours',
      `H3 Intervention en classe – ${HOSTILE}`,
      'H2 Terminées',
      'H3 Intervention en classe – Ambassadeur parti',
    ]);
    expect(root.querySelectorAll('script')).toHaveLength(0);
    expect(root.querySelectorAll('main h3 a').map((a) => a.getAttribute('href'))).toEqual([
      '/api/demandes/mes-demandes/fil?demande=0f8fad5b-d9cb-469f-a165-70867728950e',
      '/api/demandes/mes-demandes/fil?demande=1f8fad5b-d9cb-469f-a165-70867728950e',
    ]);
    const [open, done] = root.querySelectorAll('main li').map((li) => li.text);
    expect(open).toContain('Envoyée, en attente de réponse : l’ambassadeur vous propose d’autres dates');
    expect(open).toContain(`Dates proposées par l’ambassadeur${formatParis(new Date('2026-11-27T13:00:00.000Z'))}`);
    expect(done).toContain(`Date de l’intervention${formatParis(start)}`);
    expect(root.querySelector('form[action="/api/demandes/mes-demandes/deconnexion"] button')?.text).toBe('Se déconnecter');
  });

  it('given no request, then it says so, and that a request made signed in needs no confirmation link', () => {
    const text = mainText(render([]));
    expect(text).toContain('Aucune demande n’a été faite avec cette adresse.');
    expect(text).toContain('sans lien de confirmation');
  });

  it('given only mini-stage applications, then their own section, each with its state and dates, the withdrawal link for the open ones only', () => {
    const html = `<!doctype html>${renderToStaticMarkup(
      createElement(RequestsPage, {
        email: 'louise.martin@example.org',
        requests: [],
        ministages: [
          application({}),
          application({ id: '3f8fad5b-d9cb-469f-a165-70867728950e', status: 'declined', companyName: null, withdrawable: false }),
        ],
      }),
    )}`;
    const root = parseHtml(html);
    expect(mainText(html)).toContain('Aucune demande à un ambassadeur n’a été faite avec cette adresse.');
    expect(root.querySelectorAll('h2, h3').map((h) => `${h.tagName} ${h.text}`)).toEqual([
      'H2 Mes candidatures à des mini-stages',
      `H3 Mini-stage « ${HOSTILE} » – Le Fournil du Nord`,
      `H3 Mini-stage « ${HOSTILE} » – Entreprise partie`,
    ]);
    expect(root.querySelectorAll('script')).toHaveLength(0);
    const [accepted, declined] = root.querySelectorAll('main li');
    expect(accepted!.text).toContain('ÉtatAcceptée');
    expect(accepted!.text).toContain('Dates du stagedu mardi 9 février 2027 au jeudi 11 février 2027');
    // The link's name says which application it withdraws.
    expect(accepted!.querySelector('a')?.text).toBe(`Annuler cette candidature : ${HOSTILE}`);
    expect(accepted!.querySelector('a')?.getAttribute('href')).toBe(
      '/api/demandes/mes-demandes/annuler-mini-stage?candidature=2f8fad5b-d9cb-469f-a165-70867728950e',
    );
    expect(declined!.text).toContain('ÉtatDéclinée');
    expect(declined!.querySelector('a')).toBeNull();
  });

  it('given the withdrawal page of an accepted stage, then what it does to the company, and one button posting the application', () => {
    const html = `<!doctype html>${renderToStaticMarkup(
      createElement(WithdrawMinistagePage, { application: application({ offerTitle: 'Découvrir le métier de boulanger' }) }),
    )}`;
    expect(mainText(html)).toContain('elle sera prévenue par courriel que l’élève ne viendra pas, et la place sera libérée');
    const form = parseHtml(html).querySelector('main form[method=post]');
    expect(form?.getAttribute('action')).toBe('/api/demandes/mes-demandes/annuler-mini-stage');
    expect(form?.querySelector('input[name=candidature]')?.getAttribute('value')).toBe('2f8fad5b-d9cb-469f-a165-70867728950e');
    expect(form?.querySelector('button')?.text).toBe('Annuler ma candidature');
  });
});
