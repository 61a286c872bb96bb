/**
 * The signup form view (src/views/signup/SignupForm.tsx) rendered as the function renders it,
 * read as parsed HTML: the five steps the script reads, the values it is sent back with, each
 * message next to its field and in the summary, user text shown as text, and the labels the
 * schema's messages and the summary share.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { APPLICATION_FIELD_LABELS, applicationSchema } from '../src/lib/application.ts';
import { postedValues } from '../src/lib/forms/values.ts';
import { SignupForm } from '../src/views/signup/SignupForm.tsx';
import { SignupCorrectionPage } from '../src/views/signup/SignupPages.tsx';
import { makeApplicationInput } from './fixtures.ts';
import { checkedValues, fieldErrors, parseHtml } from './support/html.ts';

const DEPARTMENTS = { '59': 'Nord (59)', '62': 'Pas-de-Calais (62)' };

const AREAS = [{ value: 'bassin-de-l-artois-demo', label: 'Artois (démo)' }];

function renderForm(posted: Record<string, unknown> = {}, errors: Record<string, string> = {}): string {
  return renderToStaticMarkup(
    createElement(SignupForm, { values: postedValues(posted), errors, departments: DEPARTMENTS, areas: AREAS, charterVersion: '2.1' }),
  );
}

function renderCorrection(posted: Record<string, unknown>, errors: Record<string, string>): string {
  return renderToStaticMarkup(
    createElement(SignupCorrectionPage, { values: postedValues(posted), errors, departments: DEPARTMENTS, charterVersion: '2.1' }),
  );
}

/** Every id an attribute refers to must be on the page. */
function missingIds(html: string, refs: string[]): string[] {
  const page = parseHtml(html);
  return refs.filter((id) => !page.querySelector(`[id="${id}"]`));
}

describe('SignupForm', () => {
  it('given the empty form, then five steps the script shows one at a time, each field box named by the schema', () => {
    const page = parseHtml(renderForm());
    const form = page.querySelector('form')!;
    const steps = form.childNodes.filter((n): n is HTMLElement => n instanceof HTMLElement && n.tagName === 'FIELDSET');
    expect(steps.map((step) => step.querySelector('legend')!.text.replace(/\s+/g, ' ').trim())).toEqual([
      'Étape 1 sur 5 : votre profil',
      'Étape 2 sur 5 : identité et contact',
      'Étape 3 sur 5 : votre métier ou votre formation',
      'Étape 4 sur 5 : vos interventions et votre territoire',
      'Étape 5 sur 5 : la charte',
    ]);
    expect(steps.every((step) => step.hasAttribute('data-step'))).toBe(true);
    // The script reads `data-field` and shows the schema's message at #erreur-<field>, always there and hidden.
    const schemaFields = Object.keys(applicationSchema.shape);
    for (const box of page.querySelectorAll('[data-field]')) {
      const name = box.getAttribute('data-field')!;
      expect(schemaFields).toContain(name);
      const message = page.querySelector(`#erreur-${name}`);
      expect(message?.hasAttribute('hidden'), name).toBe(true);
    }
    // The commune: typed in the combobox, code and centre in hidden fields the script fills.
    expect(page.querySelector('[data-field="homeCommune"] #communeSearch')).not.toBeNull();
    expect(page.querySelectorAll('[data-field="homeCommune"] input[type="hidden"]').map((i) => i.getAttribute('name'))).toEqual([
      'homeCommune',
      'position',
    ]);
    expect(page.querySelector('input[name="charterVersion"]')?.getAttribute('value')).toBe('2.1');
    expect(page.querySelector('input[name="monthlyCapacity"]')?.getAttribute('value')).toBe('2');
  });

  it('given what was posted, then each field is sent back with it: text, choice list, ticked checkboxes and radio', () => {
    const posted = makeApplicationInput({
      type: 'vae',
      publics: ['students', 'job_seekers'],
      departments: ['62'],
      communeSearch: 'Arras 62000',
    });
    const html = renderForm(posted);
    const page = parseHtml(html);
    for (const name of ['firstName', 'lastName', 'email', 'displayName', 'jobTitle', 'communeSearch', 'monthlyCapacity']) {
      expect(page.querySelector(`input[name="${name}"]`)?.getAttribute('value'), name).toBe(posted[name]);
    }
    expect(page.querySelector('textarea[name="presentation"]')?.text).toBe(posted.presentation);
    expect(page.querySelector('select[name="sector"] option[selected]')?.getAttribute('value')).toBe('I');
    expect(checkedValues(html, 'type')).toEqual(['vae']);
    expect(checkedValues(html, 'publics')).toEqual(['students', 'job_seekers']);
    expect(checkedValues(html, 'interventions')).toEqual(['classroom_talk', 'company_visit']);
    expect(checkedValues(html, 'departments')).toEqual(['62']);
    expect(checkedValues(html, 'charterAccepted')).toEqual(['oui']);
    // Never sent back: without JavaScript the server looks the typed commune up again.
    expect(page.querySelector('input[name="homeCommune"]')?.getAttribute('value') ?? '').toBe('');
  });

  it('given errors, then each message is next to its field, whose control is invalid and described by existing ids', () => {
    const errors = {
      type: 'Profil : choisissez une réponse.',
      email: 'Adresse e-mail : vérifiez-la (elle s’écrit avec une arobase puis un domaine).',
      presentation: 'Présentation : 20 caractères au moins.',
      publics: 'Publics : choisissez au moins une réponse.',
      homeCommune: 'Commune : choisissez votre commune dans la liste proposée, ou indiquez son nom et son code postal.',
      charterAccepted: 'Charte : vous devez accepter la charte pour devenir ambassadeur.',
    };
    const html = renderForm({}, errors);
    expect(fieldErrors(html)).toEqual(errors);
    const page = parseHtml(html);
    const controls = { type: 'input[name="type"]', email: '#email', presentation: '#presentation', publics: 'input[name="publics"]' };
    for (const [field, selector] of Object.entries({
      ...controls,
      homeCommune: '#communeSearch',
      charterAccepted: 'input[name="charterAccepted"]',
    })) {
      const box = page.querySelector(`[data-field="${field}"]`)!;
      expect(box.querySelector(`#erreur-${field}`)?.text, field).toBe(errors[field as keyof typeof errors]);
      const control = page.querySelector(selector)!;
      expect(control.getAttribute('aria-invalid'), field).toBe('true');
      // The message is announced with the control, or with the group (fieldset) it belongs to.
      const described = (control.getAttribute('aria-describedby') ?? box.getAttribute('aria-describedby') ?? '').split(' ');
      expect(described, field).toContain(`erreur-${field}`);
    }
    const refs = page.querySelectorAll('[aria-describedby]').flatMap((e) => e.getAttribute('aria-describedby')!.split(' '));
    expect(missingIds(html, refs)).toEqual([]);
    expect(page.querySelectorAll('label[for]').filter((l) => !page.querySelector(`#${l.getAttribute('for')}`))).toEqual([]);
    // A field without error is not marked.
    expect(page.querySelector('#firstName')?.hasAttribute('aria-invalid')).toBe(false);
  });

  it('given messages about hidden fields, then they show at the field the person fills', () => {
    const html = renderForm(
      {},
      { position: 'Commune : position invalide.', charterVersion: 'Version de la charte inconnue : rechargez la page.' },
    );
    expect(fieldErrors(html)).toEqual({
      homeCommune: 'Commune : position invalide.',
      charterAccepted: 'Version de la charte inconnue : rechargez la page.',
    });
  });

  it('given user text with markup and quotes, then it is shown as text', () => {
    const nasty = 'Camille "la <script>alert(1)</script>" R.';
    const html = renderForm({ displayName: nasty, presentation: nasty, communeSearch: nasty }, { displayName: `Nom affiché : ${nasty}` });
    const page = parseHtml(html);
    expect(page.querySelectorAll('script')).toEqual([]);
    expect(html).not.toContain('<script>');
    expect(page.querySelector('#displayName')?.getAttribute('value')).toBe(nasty);
    expect(page.querySelector('#communeSearch')?.getAttribute('value')).toBe(nasty);
    expect(page.querySelector('#presentation')?.text).toBe(nasty);
    expect(fieldErrors(html).displayName).toBe(`Nom affiché : ${nasty}`);
  });
});

describe('SignupCorrectionPage', () => {
  it('given errors, then the summary at the top links each message to a control on the page', () => {
    const errors = {
      email: 'Adresse e-mail : vérifiez-la (elle s’écrit avec une arobase puis un domaine).',
      departments: "Départements d'intervention : choisissez au moins un département.",
      homeCommune: 'Commune : choisissez votre commune dans la liste proposée, ou indiquez son nom et son code postal.',
      charterVersion: 'Version de la charte inconnue : rechargez la page.',
      formulaire: 'Champ inconnu : x. Rechargez la page du formulaire.',
    };
    const html = renderCorrection({}, errors);
    const page = parseHtml(html);
    const summary = page.querySelector('main .error-summary')!;
    expect(summary.querySelector('h2')?.text).toBe('5 réponses sont à corriger');
    const links = summary.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text]);
    expect(links).toEqual([
      ['#email', errors.email],
      ['#departments', errors.departments],
      ['#communeSearch', errors.homeCommune],
      ['#charterAccepted', errors.charterVersion],
    ]);
    expect(
      missingIds(
        html,
        links.map(([href]) => href!.slice(1)),
      ),
    ).toEqual([]);
    // A message about no field of the form is listed, without a link.
    expect(summary.querySelectorAll('li').at(-1)?.text).toBe(errors.formulaire);
    // The summary comes before the form.
    expect(html.indexOf('error-summary')).toBeLessThan(html.indexOf('<form'));
  });
});

describe('the zone of intervention in the signup form (issue 11)', () => {
  it('given a refused radius, then the kind stays chosen, the answers are kept and the message sits next to the field', () => {
    const html = renderForm(
      { zoneKind: 'commune_radius', zoneCommune: 'Arras 62000', zoneRadiusKm: '150', employmentAreas: [] },
      { zoneRadiusKm: 'Rayon : nombre entier de kilomètres, entre 1 et 100.' },
    );
    const doc = parseHtml(html);
    expect(checkedValues(html, 'zoneKind')).toEqual(['commune_radius']);
    expect(doc.querySelector('input[name=zoneCommune]')!.getAttribute('value')).toBe('Arras 62000');
    const radius = doc.querySelector('input[name=zoneRadiusKm]')!;
    expect(radius.getAttribute('value')).toBe('150');
    expect([radius.getAttribute('min'), radius.getAttribute('max')]).toEqual(['1', '100']);
    expect(radius.getAttribute('aria-describedby')!.split(' ')).toContain('erreur-zoneRadiusKm');
    expect(fieldErrors(html)['zoneRadiusKm']).toBe('Rayon : nombre entier de kilomètres, entre 1 et 100.');
    const areas = doc.querySelectorAll('input[name=employmentAreas]').map((i) => i.getAttribute('value'));
    expect(areas).toContain('bassin-de-l-artois-demo');
  });
});

describe('APPLICATION_FIELD_LABELS', () => {
  it('given the field specs, then every field of the application keeps its short name', () => {
    expect(APPLICATION_FIELD_LABELS).toEqual({
      type: 'Profil',
      firstName: 'Prénom',
      lastName: 'Nom',
      email: 'Adresse e-mail',
      phone: 'Téléphone',
      displayName: 'Nom affiché',
      jobTitle: 'Métier ou formation',
      sector: 'Secteur',
      organisation: 'Employeur ou établissement',
      siret: 'SIRET',
      sizeBand: 'Effectif',
      company: 'Entreprise ambassadrice',
      presentation: 'Présentation',
      careerPath: 'Parcours',
      interventions: 'Interventions',
      publics: 'Publics',
      modalities: 'Modalités',
      themes: 'Thèmes',
      zoneKind: 'Zone d’intervention',
      departments: 'Départements',
      zoneCommune: 'Commune du rayon',
      zoneRadiusKm: 'Rayon',
      employmentAreas: 'Bassins d’emploi',
      homeCommune: 'Commune',
      monthlyCapacity: 'Disponibilité',
      yearlyInterventions: 'Engagement annuel',
      schoolPeriodsOnly: 'Périodes scolaires uniquement',
      charterAccepted: 'Charte',
      charterVersion: 'Charte',
    });
  });
});
