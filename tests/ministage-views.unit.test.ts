/**
 * The mini-stage views and mails (issue 11, part 5): every mail of the path says what it is about
 * in French, carries no address of the other side and never the adult contact's phone; the form
 * ties each control to its label, hint and message; the company's page shows the adult contact
 * only once the application is accepted; figure 23 states its definition and per-side rates.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { figureDefinitions } from '../src/lib/indicators/definitions.ts';
import {
  confirmMinistageMail,
  ministageAlreadyOpenMail,
  ministageAnsweredMail,
  ministageCancelledMail,
  ministageExpiredMail,
  ministageFeedbackMail,
  ministageSentMail,
  ministageToCompanyMail,
  ministageWithdrawnMail,
  type MinistageSummary,
} from '../src/server/mail/ministage-templates.ts';
import { MinistageFormPage } from '../src/views/ministages/MinistageFormPage.tsx';
import { MinistageAnswerPage, type MinistageAnswerProps } from '../src/views/ministages/MinistagePages.tsx';
import { MinistagesSection } from '../src/views/referents/dashboard/MinistagesSection.tsx';
import { makeSettings } from './fixtures.ts';
import { fieldErrors, mainText, parseHtml } from './support/html.ts';

const render = (view: ReactElement) => `<!doctype html>${renderToStaticMarkup(view)}`;
const c = makeSettings();
const s: MinistageSummary = {
  offerTitle: 'Découvrir le métier de boulanger',
  companyName: 'Le Fournil du Nord',
  requesterName: 'Louise Martin',
  organisationName: 'Collège Jean Macé',
  level: 'college_4_3',
  agreementIssuer: 'school',
  startDay: '2027-02-09',
  endDay: '2027-02-11',
};

describe('the mails of the mini-stage path', () => {
  const mails = [
    confirmMinistageMail(c, 'louise@example.org', s, 'https://site.example/api/demandes/mini-stages/confirmer?jeton=abc', 12),
    ministageAlreadyOpenMail(c, 'louise@example.org', s),
    ministageToCompanyMail(c, 'contact@fournil.example', s, {
      link: 'https://site.example/api/mini-stages/reponse?jeton=def',
      under16: true,
    }),
    ministageSentMail(c, 'louise@example.org', s),
    ministageAnsweredMail(c, 'louise@example.org', s, { accepted: true, message: 'À 6 h devant le fournil.' }),
    ministageAnsweredMail(c, 'louise@example.org', s, { accepted: false, message: null }),
    ministageExpiredMail(c, 'louise@example.org', s),
    ministageCancelledMail(c, 'louise@example.org', s),
    ministageWithdrawnMail(c, 'contact@fournil.example', s, { wasAccepted: true }),
    ministageFeedbackMail(c, 'louise@example.org', { side: 'requester', s }, 'https://site.example/api/mini-stages/avis?jeton=g'),
    ministageFeedbackMail(c, 'contact@fournil.example', { side: 'company', s }, 'https://site.example/api/mini-stages/avis?jeton=h'),
  ];

  it('given each mail, then its template, a French subject on one line, the stage named, HTML and text', () => {
    expect(mails.map((m) => [m.template, m.subject])).toEqual([
      ['confirm_ministage', 'Confirmez votre candidature à un mini-stage'],
      ['ministage_already_open', 'Une candidature à ce mini-stage est déjà en cours'],
      ['ministage_to_company', 'Candidature à votre mini-stage : Découvrir le métier de boulanger'],
      ['ministage_sent', 'Votre candidature est transmise à Le Fournil du Nord'],
      ['ministage_accepted', 'Mini-stage accepté : Découvrir le métier de boulanger'],
      ['ministage_declined', 'Mini-stage décliné : Découvrir le métier de boulanger'],
      ['ministage_expired', 'Votre candidature au mini-stage « Découvrir le métier de boulanger » a expiré'],
      ['ministage_cancelled', 'Mini-stage annulé : Découvrir le métier de boulanger'],
      ['ministage_withdrawn', 'Candidature retirée : Découvrir le métier de boulanger'],
      ['ministage_feedback', 'Comment s’est passé le mini-stage ?'],
      ['ministage_feedback', 'Comment s’est passé le mini-stage ?'],
    ]);
    for (const mail of mails) {
      expect(mail.text).toContain('Découvrir le métier de boulanger');
      expect(mail.html).toContain('<!doctype html>');
      expect(mail.text).not.toMatch(/louise@example\.org|contact@fournil\.example/);
    }
  });

  it('given the company’s mail, then the dates in full, the level, the agreement and the answer link; the requester’s name, not their address', () => {
    const text = mails[2]!.text;
    expect(text).toContain('du mardi 9 février 2027 au jeudi 11 février 2027');
    expect(text).toContain('« Collège : 4e ou 3e » âgé de moins de 16 ans');
    expect(text).toContain('Convention signée par : L’établissement scolaire de l’élève.');
    expect(text).toContain('Louise Martin (Collège Jean Macé)');
    expect(text).toContain('https://site.example/api/mini-stages/reponse?jeton=def');
  });

  it('given an acceptance, then the company’s word and the next step (the agreement)', () => {
    expect(mails[4]!.text).toContain('Son message : « À 6 h devant le fournil. »');
    expect(mails[4]!.text).toContain('convention de stage');
  });
});

describe('the form', () => {
  const offer = {
    id: 'boulanger-lille',
    title: 'Découvrir le métier de boulanger',
    companyName: 'Le Fournil du Nord',
    durationDays: 3,
    periods: [{ start: '2027-02-08', end: '2027-02-12' }],
  };

  it('given errors, then each message next to its field, tied to its control, and the summary linking to it', () => {
    const html = render(
      createElement(MinistageFormPage, {
        offer,
        levels: { college_4_3: 'Collège : 4e ou 3e' },
        agreements: { school: 'L’établissement scolaire de l’élève' },
        action: '/api/demandes/mini-stages?offre=boulanger-lille',
        errors: { endDay: 'Dernier jour : le stage dure 3 jours.', agreementIssuer: 'Convention : choisissez.' },
        posted: { startDay: '2027-02-09' },
      }),
    );
    const page = parseHtml(html);
    expect(fieldErrors(html)).toEqual({ endDay: 'Dernier jour : le stage dure 3 jours.', agreementIssuer: 'Convention : choisissez.' });
    expect(page.querySelector('#endDay')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('#endDay')?.getAttribute('aria-describedby')).toBe('aide-endDay erreur-endDay');
    expect(page.querySelector('#startDay')?.getAttribute('value')).toBe('2027-02-09');
    expect(page.querySelector('#startDay')?.getAttribute('type')).toBe('date');
    expect(page.querySelectorAll('.error-summary a').map((a) => a.getAttribute('href'))).toEqual(['#endDay', '#agreementIssuer']);
    expect(page.querySelector('input[name="website"]')).not.toBeNull();
    expect(mainText(html)).toContain('Périodes d’accueil : du lundi 8 février 2027 au vendredi 12 février 2027.');
  });
});

describe('the company’s page', () => {
  const props = (status: 'pending' | 'accepted'): MinistageAnswerProps => ({
    token: 't',
    action: '/api/mini-stages/reponse',
    application: {
      offerTitle: 'Découvrir le métier de boulanger',
      status,
      dates: 'du mardi 9 février 2027 au jeudi 11 février 2027',
      level: 'college_4_3',
      under16: true,
      agreementIssuer: 'school',
      requesterKind: 'school',
      requesterName: 'Louise Martin',
      organisationName: 'Collège Jean Macé',
      message: null,
      adult: status === 'accepted' ? { name: 'Paul Durand', phone: '06 12 34 56 78' } : undefined,
    },
  });

  it('given a pending application, then two forms (accept, decline) with labelled optional words; accepted: the adult to reach, no form', () => {
    const pending = parseHtml(render(createElement(MinistageAnswerPage, props('pending'))));
    expect(pending.querySelectorAll('form button').map((b) => b.text)).toEqual(['Accepter la candidature', 'Décliner la candidature']);
    expect(pending.querySelector('label[for="accepter-message"]')?.text).toBe('Un mot pour le demandeur (facultatif)');
    expect(pending.text).not.toContain('06 12 34 56 78');
    const accepted = render(createElement(MinistageAnswerPage, props('accepted')));
    expect(parseHtml(accepted).querySelectorAll('form')).toHaveLength(0);
    expect(mainText(accepted)).toContain('Paul Durand, 06 12 34 56 78');
  });
});

describe('figure 23', () => {
  it('given stages held and feedback from one side, then its definition, the states and the return rate per side', () => {
    const definition = figureDefinitions(makeSettings()).ministages;
    const html = render(
      createElement(MinistagesSection, {
        definition,
        ministages: {
          sent: 4,
          byStatus: [
            { key: 'pending', count: 1 },
            { key: 'accepted', count: 0 },
            { key: 'declined', count: 1 },
            { key: 'cancelled', count: 0 },
            { key: 'expired', count: 0 },
            { key: 'done', count: 2 },
          ],
          held: 2,
          satisfaction: {
            requester: { count: 1, mean: 5, distribution: [0, 0, 0, 0, 1] },
            company: { count: 0, mean: null, distribution: [0, 0, 0, 0, 0] },
          },
        },
      }),
    );
    const text = mainText(html).replace(/\u00a0/g, ' ');
    expect(parseHtml(html).querySelector('h3')?.text).toBe('Mini-stages');
    expect(text).toContain(definition.definition);
    expect(text).toContain('4 candidatures transmises aux entreprises dans la période ; 2 stages réalisés.');
    expect(text).toContain('Demandeurs : 5 sur 5 (1 avis, taux de retour 50 %)');
    expect(text).toContain('entreprises : aucun avis');
  });
});
