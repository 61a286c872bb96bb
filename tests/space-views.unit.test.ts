/**
 * The pages of the referents' space, the ambassador's space, the emailed links and the dev
 * tools, rendered as the functions render them and read back as a browser would (parsed).
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MailboxPage } from '../src/views/dev/MailboxPage.tsx';
import { FollowUpPage } from '../src/views/dev/FollowUpPage.tsx';
import { ApplicationsPage } from '../src/views/referents/ApplicationsPage.tsx';
import type { ApplicationView } from '../src/views/referents/applications.ts';
import { ReviewPage } from '../src/views/referents/ReviewPage.tsx';
import { TerritoryPage, type TerritoryRequestView } from '../src/views/referents/TerritoryPage.tsx';
import { SpacePage } from '../src/views/self-service/SpacePage.tsx';
import { LinkButtonPage, SignInRequiredPage } from '../src/views/shared/LinkPages.tsx';
import { departmentChoices } from '../src/lib/directory.ts';
import { makeProfileInput, makeSettings } from './fixtures.ts';
import { fieldErrors, mainText, parseHtml, titleOf } from './support/html.ts';

const render = (view: ReactElement) => `<!doctype html>${renderToStaticMarkup(view)}`;
const HOSTILE = '<script>alert("x")</script> & l’"autre"';
const referent = { name: 'Claire Dubois', role: 'Référente du Nord', departments: ['59'] };
const departments = departmentChoices(makeSettings().departments);

function makeApplication(overrides: Partial<ApplicationView> = {}): ApplicationView {
  const profile = makeProfileInput();
  return {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    firstName: 'Camille',
    lastName: 'Rousseau',
    email: 'camille.rousseau@example.org',
    phone: null,
    meetsMinors: true,
    confirmedAt: new Date('2026-11-01T10:00:00Z'),
    communeName: 'Lille',
    department: '59',
    profile: {
      type: 'professional',
      sector: 'I',
      displayName: String(profile.displayName),
      jobTitle: String(profile.jobTitle),
      presentation: String(profile.presentation),
      careerPath: String(profile.careerPath),
      interventions: ['classroom_talk'],
      publics: ['high_school'],
      position: String(profile.position),
    },
    ...overrides,
  };
}

/** Every id an attribute points at (aria-describedby, label for, summary links) exists on the page. */
function expectWiredIds(html: string): void {
  const root = parseHtml(html);
  const ids = new Set(root.querySelectorAll('[id]').map((e) => e.id));
  for (const element of root.querySelectorAll('[aria-describedby]')) {
    for (const id of element.getAttribute('aria-describedby')!.split(/\s+/).filter(Boolean))
      expect(ids, `aria-describedby ${id}`).toContain(id);
  }
  for (const label of root.querySelectorAll('label[for]'))
    expect(ids, `label for ${label.getAttribute('for')}`).toContain(label.getAttribute('for'));
  for (const link of root.querySelectorAll('.error-summary a'))
    expect(ids, `summary ${link.getAttribute('href')}`).toContain(link.getAttribute('href')!.slice(1));
  const all = root.querySelectorAll('[id]').map((e) => e.id);
  expect(all.length, 'ids are unique').toBe(new Set(all).size);
}

describe('referents’ pages', () => {
  it('given a name and texts holding markup and quotes, then the list and the review show them as text', () => {
    const application = makeApplication({
      firstName: HOSTILE,
      profile: { ...makeApplication().profile, jobTitle: HOSTILE, presentation: `Bonjour ${HOSTILE}` },
    });
    for (const html of [
      render(createElement(ApplicationsPage, { referent: { ...referent, name: HOSTILE }, applications: [application] })),
      render(createElement(ReviewPage, { referent, application })),
    ]) {
      const root = parseHtml(html);
      expect(root.querySelectorAll('script')).toHaveLength(0);
      expect(mainText(html)).toContain(HOSTILE);
    }
    const review = parseHtml(render(createElement(ReviewPage, { referent, application })));
    expect(review.querySelector('input[name="jobTitle"]')?.getAttribute('value')).toBe(HOSTILE);
    expect(review.querySelector('textarea[name="presentation"]')?.text).toBe(`Bonjour ${HOSTILE}`);
    expect(titleOf(render(createElement(ReviewPage, { referent, application })))).toBe(
      `Inscription de ${HOSTILE} Rousseau – Réseau des ambassadeurs métiers`,
    );
  });

  it('given an application stating themes and a yearly commitment, then the review shows them to the referent', () => {
    const plain = mainText(render(createElement(ReviewPage, { referent, application: makeApplication() })));
    expect(plain).not.toContain('Thèmes transversaux');
    expect(plain).not.toContain('Engagement');
    const application = makeApplication({
      profile: {
        ...makeApplication().profile,
        themes: ['job_gender_mix', 'disability_employment'],
        yearlyInterventions: 6,
        schoolPeriodsOnly: true,
      },
    });
    const text = mainText(render(createElement(ReviewPage, { referent, application })));
    expect(text).toMatch(/Thèmes transversaux ?Mixité des métiers, Handicap et emploi/);
    expect(text).toMatch(/Engagement ?Propose 6 interventions par année scolaire, pendant les périodes scolaires uniquement/);
  });

  it('given a review sent back with errors, then each message is by its field, tied to it, and the summary links to it', () => {
    const errors = {
      criminalRecordCheckedOn: 'Extrait de casier vérifié le : obligatoire.',
      presentation: 'Présentation : 20 caractères au moins.',
      latitude: 'Position : indiquez la latitude et la longitude.',
      reason: 'Motif : champ obligatoire.',
    };
    const html = render(createElement(ReviewPage, { referent, application: makeApplication(), errors, posted: { presentation: 'Court' } }));
    expect(fieldErrors(html)).toEqual(errors);
    const root = parseHtml(html);
    for (const name of Object.keys(errors)) {
      const control = root.querySelector(`#${name}`)!;
      expect(control.getAttribute('aria-invalid'), name).toBe('true');
      expect(control.getAttribute('aria-describedby'), name).toContain(`erreur-${name}`);
    }
    expect(root.querySelectorAll('.error-summary a').map((a) => a.getAttribute('href'))).toEqual(Object.keys(errors).map((n) => `#${n}`));
    expect(root.querySelector('textarea[name="presentation"]')?.text).toBe('Court');
    // The sector is shown, not corrected: the approval form does not post it.
    expect(root.querySelector('select[name="sector"]')).toBeNull();
    expectWiredIds(html);
  });

  it('given an application without minors, then no criminal-record field', () => {
    const html = render(createElement(ReviewPage, { referent, application: makeApplication({ meetsMinors: false }) }));
    expect(parseHtml(html).querySelector('#criminalRecordCheckedOn')).toBeNull();
    expectWiredIds(html);
  });

  it('given the territory’s requests with a reassignment error, then the message is by that request’s field', () => {
    const base: TerritoryRequestView = {
      id: '11111111-1111-4111-8111-111111111111',
      status: 'sent',
      awaitingRequester: false,
      escalated: true,
      waitingDays: 11,
      intervention: 'classroom_talk',
      acceptedStart: null,
      requester: HOSTILE,
      ambassador: { displayName: 'Camille R.', department: '59' },
      reassign: { suggestions: [{ path: '59/yanis-b', label: 'Yanis B., Soudeur' }] },
    };
    const other = { ...base, id: '22222222-2222-4222-8222-222222222222', escalated: false, reassign: { suggestions: [] } };
    const errors = { ambassador: 'Ambassadeur : choisissez un ambassadeur disponible.' };
    const html = render(createElement(TerritoryPage, { referent, requests: [base, other], notice: { requestId: other.id, errors } }));
    expect(fieldErrors(html)).toEqual({ [`demande-${other.id}-ambassador`]: errors.ambassador });
    expect(mainText(html)).toContain(HOSTILE);
    expect(parseHtml(html).querySelectorAll('script')).toHaveLength(0);
    expect(parseHtml(html).querySelectorAll('tr.alert-row')).toHaveLength(1);
    expect(parseHtml(html).querySelector(`option[value="59/yanis-b"]`)?.text).toBe('Yanis B., Soudeur');
    expectWiredIds(html);
  });
});

describe('the ambassador’s space', () => {
  const account = {
    firstName: HOSTILE,
    email: 'camille.rousseau@example.org',
    phone: null,
    paused: false,
    department: '59',
    slug: 'camille-r',
    monthlyCapacity: 3,
  };

  it('given the recorded profile, then the form holds it, the name shows as text and every id is wired', () => {
    const html = render(createElement(SpacePage, { account, profile: makeProfileInput({ displayName: HOSTILE }), departments }));
    const root = parseHtml(html);
    expect(root.querySelectorAll('script')).toHaveLength(0);
    expect(mainText(html)).toContain(`Bonjour ${HOSTILE}`);
    expect(root.querySelector('input[name="displayName"]')?.getAttribute('value')).toBe(HOSTILE);
    expect(root.querySelector('input[name="monthlyCapacity"]')?.getAttribute('value')).toBe('3');
    expect(titleOf(html)).toBe('Gérer mon profil – Réseau des ambassadeurs métiers');
    expectWiredIds(html);
  });

  it('given errors, then each message is by its field and the summary links to it', () => {
    const errors = { presentation: 'Présentation : sans adresse.', publics: 'Publics : au moins un.', confirmation: 'Cochez la case.' };
    const html = render(createElement(SpacePage, { account, profile: makeProfileInput(), departments, errors }));
    expect(fieldErrors(html)).toEqual(errors);
    expect(
      parseHtml(html)
        .querySelectorAll('.error-summary a')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#presentation', '#publics', '#confirmation']);
    expectWiredIds(html);
  });

  it('given the profile file removed by the team, then the space says so and keeps contact details, pause, animation mail, export and delete', () => {
    const html = render(
      createElement(SpacePage, { account, profile: undefined, departments, errors: { formulaire: 'Profil introuvable.' } }),
    );
    expect(mainText(html)).toContain('Votre profil public est introuvable');
    expect(mainText(html)).toContain('Profil introuvable.');
    expect(
      parseHtml(html)
        .querySelectorAll('form')
        .map((f) => f.querySelector('input[name="action"]')?.getAttribute('value')),
    ).toEqual([
      undefined, // Se déconnecter
      'adresse',
      'telephone',
      'pause',
      'sans-animation',
      'supprimer',
    ]);
    expectWiredIds(html);
  });
});

describe('links and dev tools', () => {
  it('given a token, then the link page posts it back with one button', () => {
    const html = render(
      createElement(LinkButtonPage, {
        title: 'Gérer mon profil',
        button: 'Ouvrir mon espace',
        action: '/api/profil/session',
        token: 'a"b<c',
      }),
    );
    const form = parseHtml(html).querySelector('form')!;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('/api/profil/session');
    expect(form.querySelector('input[name="jeton"]')?.getAttribute('value')).toBe('a"b<c');
    expect(titleOf(render(createElement(SignInRequiredPage, { newLinkPage: '/gerer-mon-profil/', who: 'aux ambassadeurs' })))).toBe(
      'Connexion nécessaire – Réseau des ambassadeurs métiers',
    );
  });

  it('given mails with links and markup, then the links are clickable and the markup is text', () => {
    const html = render(
      createElement(MailboxPage, {
        mails: [
          {
            id: 'm1',
            recipient: 'camille@example.org',
            subject: `Sujet ${HOSTILE}`,
            text: `Bonjour ${HOSTILE},\nconfirmez : https://ambassadeurs.example.org/api/inscription/confirmer?jeton=abc&x=1.\nMerci`,
            createdAt: new Date('2026-11-02T09:00:00Z'),
            sent: false,
          },
        ],
      }),
    );
    const root = parseHtml(html);
    expect(root.querySelectorAll('script')).toHaveLength(0);
    const links = root.querySelectorAll('pre a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://ambassadeurs.example.org/api/inscription/confirmer?jeton=abc&x=1']);
    expect(root.querySelector('pre')?.text).toContain(`Bonjour ${HOSTILE},`);
    expect(root.querySelector('h2')?.text).toBe(`Sujet ${HOSTILE}`);
  });

  it('given a wrong date, then the follow-up form says so by the field', () => {
    const html = render(createElement(FollowUpPage, { errors: { date: 'Date : indiquez une date et une heure.' }, posted: 'hier' }));
    expect(fieldErrors(html)).toEqual({ date: 'Date : indiquez une date et une heure.' });
    expect(titleOf(html)).toBe('Date invalide – Réseau des ambassadeurs métiers');
    expectWiredIds(html);
  });
});
