/**
 * The signup form once: the static page in dist/ (rendered by Astro through @astrojs/react)
 * and the function's correction page (rendered by react-dom/server) hold the same form, so a
 * person who corrects their answers without JavaScript sends what the static page sends.
 * Needs `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { departmentOptions } from '../src/lib/directory.ts';
import { postedValues } from '../src/lib/forms/values.ts';
import { SignupForm } from '../src/views/signup/SignupForm.tsx';
import { readProfiles, readYamlFiles } from './support/content.ts';
import { parseHtml } from './support/html.ts';
import { DIST, assertBuilt } from './support/site.ts';
import { employmentAreaOptions } from '../src/server/employment-areas.ts';

beforeAll(assertBuilt);

/** What the form is made of, as the script and the function read it. */
function outline(form: HTMLElement) {
  return {
    action: form.getAttribute('action'),
    steps: form.querySelectorAll('fieldset[data-step] > legend').map((l) => l.text.replace(/\s+/g, ' ').trim()),
    controls: form
      .querySelectorAll('input, select, textarea, button')
      .map((c) => [
        c.tagName.toLowerCase(),
        c.getAttribute('type') ?? '',
        c.getAttribute('name') ?? '',
        /^(checkbox|radio)$/.test(c.getAttribute('type') ?? '') ? c.getAttribute('value') : '',
      ]),
    boxes: form.querySelectorAll('[data-field]').map((b) => b.getAttribute('data-field')),
    ids: form.querySelectorAll('[id]').map((e) => e.id),
  };
}

describe('the signup form', () => {
  it('given the static page built and the view the function renders, then both hold the same fields', () => {
    const built = parseHtml(readFileSync(new URL('devenir-ambassadeur/inscription/index.html', DIST), 'utf8'));
    const staticForm = built.querySelector('signup-form form')!;
    expect(built.querySelector('signup-form [data-announce]')).not.toBeNull();
    const [settings] = readYamlFiles('settings') as [{ departments: string[] }];
    const charterVersion = staticForm.querySelector('input[name="charterVersion"]')!.getAttribute('value')!;
    const view = parseHtml(
      renderToStaticMarkup(
        createElement(SignupForm, {
          values: postedValues({}),
          departments: departmentOptions(settings.departments),
          areas: employmentAreaOptions(),
          // The company profiles a person may name (issue 11): the static page lists those of the content, by name.
          companies: readProfiles()
            .filter((p) => p.data.type === 'company')
            .map((p) => ({ value: p.id, label: p.data.displayName }))
            .sort((a, b) => new Intl.Collator('fr', { sensitivity: 'base' }).compare(a.label, b.label)),
          charterVersion,
        }),
      ),
    ).querySelector('form')!;
    expect(outline(view).steps).toHaveLength(5);
    // 18 before issue 11, the zone of intervention (its kind, commune, radius and employment areas), themes and the yearly commitment,
    // a company's SIRET and size band, a person's company.
    expect(outline(view).boxes).toHaveLength(28);
    expect(outline(staticForm)).toEqual(outline(view));
    expect(new Set(outline(view).controls.map(([, , name]) => name))).toEqual(
      new Set([
        'charterVersion',
        'type',
        'firstName',
        'lastName',
        'email',
        'phone',
        'displayName',
        'jobTitle',
        'sector',
        'organisation',
        'siret',
        'sizeBand',
        'company',
        'presentation',
        'careerPath',
        'interventions',
        'publics',
        'modalities',
        'themes',
        'zoneKind',
        'departments',
        'zoneCommune',
        'zoneRadiusKm',
        'employmentAreas',
        'communeSearch',
        'homeCommune',
        'position',
        'monthlyCapacity',
        'yearlyInterventions',
        'schoolPeriodsOnly',
        'charterAccepted',
        'website',
        '',
      ]),
    );
  });
});
