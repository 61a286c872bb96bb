/**
 * The shared views (frame, form controls, error summary, mail layout) rendered as the
 * functions render them, read back as parsed HTML.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { departmentOptions } from '../src/lib/directory.ts';
import { FOOTER_LINKS, HEADER_LINKS } from '../src/lib/navigation.ts';
import { Checkboxes, Radios } from '../src/views/form/Choices.tsx';
import { ErrorSummary } from '../src/views/form/ErrorSummary.tsx';
import { Select, TextArea, TextField } from '../src/views/form/Field.tsx';
import { FunctionPage } from '../src/views/layout/FunctionPage.tsx';
import { SiteContext } from '../src/views/layout/site.ts';
import { MailLayout, mailText } from '../src/views/mail/MailLayout.tsx';
import { parseHtml, titleOf } from './support/html.ts';

const HOSTILE = '<script>alert("x")</script> & \'quotes\'';
const site = { siteName: 'Réseau des ambassadeurs métiers', regionName: 'Hauts-de-France', contactEmail: 'contact@example.org' };
const render = (view: ReactElement) => renderToStaticMarkup(createElement(SiteContext, { value: site }, view));

describe('FunctionPage', () => {
  it('given a title with a name in it, then <title> holds the whole text and the frame has the site navigation', () => {
    const html = render(createElement(FunctionPage, { title: `Solliciter ${HOSTILE}`, section: '/referents/' }, 'Corps'));
    expect(titleOf(html)).toBe(`Solliciter ${HOSTILE} – ${site.siteName}`);
    const page = parseHtml(html);
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.querySelector('h1')!.text).toBe(`Solliciter ${HOSTILE}`);
    expect(page.querySelectorAll('.site-nav a').map((a) => a.getAttribute('href'))).toEqual(HEADER_LINKS.map((l) => l.href));
    expect(page.querySelectorAll('.site-footer nav a').map((a) => a.getAttribute('href'))).toEqual(FOOTER_LINKS.map((l) => l.href));
    expect(page.querySelector('[aria-current=page]')!.getAttribute('href')).toBe('/referents/');
    expect(page.querySelector('main#contenu')).not.toBeNull();
  });
});

describe('form controls', () => {
  const errors = { email: 'Adresse e-mail : vérifiez-la.', publics: 'Publics : choisissez au moins une valeur.' };
  const form = render(
    createElement(
      'form',
      null,
      createElement(TextField, {
        name: 'email',
        label: 'Adresse e-mail',
        hint: 'Jamais montrée.',
        type: 'email',
        defaultValue: HOSTILE,
        errors,
      }),
      createElement(TextArea, { name: 'message', label: 'Message', maxLength: 2000, defaultValue: HOSTILE, errors, idPrefix: 'decline' }),
      createElement(Select, { name: 'sector', label: 'Secteur', options: { A: 'Agriculture', B: HOSTILE }, defaultValue: 'B' }),
      createElement(Checkboxes, {
        name: 'publics',
        label: 'Publics',
        options: { lycee: 'Lycée', college: 'Collège' },
        values: ['college'],
        errors,
      }),
      createElement(Radios, { name: 'type', label: 'Vous êtes', options: { pro: 'Professionnel', student: 'Étudiant' }, value: 'student' }),
    ),
  );
  const page = parseHtml(form);

  it('given values with markup in them, then they are shown as text and sent back as typed', () => {
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.querySelector('#email')!.getAttribute('value')).toBe(HOSTILE);
    expect(page.querySelector('#decline-message')!.text).toBe(HOSTILE);
    expect(page.querySelector('option[selected]')!.text).toBe(HOSTILE);
    expect(page.querySelector('input[value=college]')!.hasAttribute('checked')).toBe(true);
    expect(page.querySelector('input[value=lycee]')!.hasAttribute('checked')).toBe(false);
    expect(page.querySelector('input[value=student]')!.hasAttribute('checked')).toBe(true);
  });

  it('given errors, then each message sits next to its field, which points at it and says it is invalid', () => {
    const email = page.querySelector('#email')!;
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('aide-email erreur-email');
    for (const id of email.getAttribute('aria-describedby')!.split(' ')) expect(page.querySelector(`#${id}`), id).not.toBeNull();
    expect(page.querySelector('#erreur-email')!.text).toBe(errors.email);
    expect(page.querySelector('#erreur-email')!.hasAttribute('hidden')).toBe(false);
    expect(page.querySelector('label[for=email]')!.text).toBe('Adresse e-mail');
    // A field without an error keeps an empty, hidden message for the enhancing script to fill.
    expect(page.querySelector('#erreur-decline-message')!.hasAttribute('hidden')).toBe(true);
    expect(page.querySelector('#decline-message')!.hasAttribute('aria-invalid')).toBe(false);
    const group = page.querySelector('fieldset#publics')!;
    expect(group.getAttribute('aria-describedby')).toBe('erreur-publics');
    expect(group.querySelector('legend')!.text).toBe('Publics');
    expect(page.querySelector('#erreur-publics')!.text).toBe(errors.publics);
  });
});

describe('choices in a given order', () => {
  it('given the Région’s départements, then they are offered in the settings’ order (an object would put 59 before 02)', () => {
    const html = render(
      createElement(Checkboxes, { name: 'departments', label: 'Départements', options: departmentOptions(['02', '59', '2A']) }),
    );
    expect(
      parseHtml(html)
        .querySelectorAll('input')
        .map((i) => i.getAttribute('value')),
    ).toEqual(['02', '59', '2A']);
    expect(parseHtml(html).querySelector('label')!.text.trim()).toBe('Aisne (02)');
  });
});

describe('ErrorSummary', () => {
  it('given errors, then it links each message to its field and says nothing was recorded', () => {
    const html = render(
      createElement(ErrorSummary, {
        errors: { body: `Message : ${HOSTILE}`, formulaire: 'Formulaire illisible.' },
        labels: { body: 'Message' },
        idPrefix: 'message',
      }),
    );
    const summary = parseHtml(html).querySelector('.error-summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.querySelector('h2')!.text).toBe('2 réponses sont à corriger');
    expect(summary.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text])).toEqual([['#message-body', `Message : ${HOSTILE}`]]);
    expect(summary.text).toContain('Formulaire illisible.');
    expect(summary.text).toContain('Rien n’a été enregistré.');
    expect(render(createElement(ErrorSummary, { errors: {}, labels: {} }))).toBe('');
  });
});

describe('MailLayout', () => {
  it('given paragraphs and an action, then HTML and text say the same, and the HTML escapes every value', () => {
    const content = {
      paragraphs: [`Bonjour,`, HOSTILE],
      action: { label: 'Voir', url: 'https://ambassadeurs.example.org/?a=1&b=2' },
      signature: 'Réseau',
    };
    const html = renderToStaticMarkup(createElement(MailLayout, content));
    const mail = parseHtml(html);
    expect(mail.querySelectorAll('script')).toHaveLength(0);
    expect(mail.querySelectorAll('p').map((p) => p.text)).toContain(HOSTILE);
    expect(mail.querySelector('a')!.getAttribute('href')).toBe(content.action.url);
    expect(mailText(content)).toBe(`Bonjour,\n\n${HOSTILE}\n\nVoir : ${content.action.url}\n\n— Réseau`);
  });
});
