/**
 * Form fields for the pages the functions answer with (referent review, "Gérer mon profil"):
 * each field with its label, its French error message next to it (aria-describedby) and
 * aria-invalid, and a summary of the errors at the top that links to each field.
 */
import { escapeHtml as e } from '../mail/templates.ts';
import type { Vocabulary } from '../../lib/vocabularies.ts';

export type Errors = Readonly<Record<string, string>>;

interface Field {
  name: string;
  label: string;
  errors: Errors;
  hint?: string;
}

function describedBy(name: string, errors: Errors, hint?: string): string {
  const ids = [hint ? `aide-${name}` : '', errors[name] ? `erreur-${name}` : ''].filter(Boolean);
  return `${ids.length > 0 ? ` aria-describedby="${ids.join(' ')}"` : ''}${errors[name] ? ' aria-invalid="true"' : ''}`;
}

function notes(name: string, errors: Errors, hint?: string): string {
  return `${hint ? `<p class="aide" id="aide-${name}">${e(hint)}</p>` : ''}${errors[name] ? `<p class="erreur" id="erreur-${name}">${e(errors[name])}</p>` : ''}`;
}

export function inputField({
  name,
  label,
  errors,
  hint,
  value = '',
  type = 'text',
  attributes = '',
}: Field & { value?: string; type?: string; attributes?: string }): string {
  return `<div class="champ"><label for="${name}">${e(label)}</label>${notes(name, errors, hint)}<input id="${name}" name="${name}" type="${type}" value="${e(value)}"${attributes ? ` ${attributes}` : ''}${describedBy(name, errors, hint)}></div>`;
}

export function textAreaField({ name, label, errors, hint, value = '', maxLength }: Field & { value?: string; maxLength: number }): string {
  return `<div class="champ"><label for="${name}">${e(label)}</label>${notes(name, errors, hint)}<textarea id="${name}" name="${name}" rows="5" maxlength="${maxLength}" required${describedBy(name, errors, hint)}>${e(value)}</textarea></div>`;
}

export function selectField({ name, label, errors, hint, value, vocabulary }: Field & { value: string; vocabulary: Vocabulary }): string {
  const options = Object.entries(vocabulary)
    .map(([code, text]) => `<option value="${e(code)}"${code === value ? ' selected' : ''}>${e(text)}</option>`)
    .join('');
  return `<div class="champ"><label for="${name}">${e(label)}</label>${notes(name, errors, hint)}<select id="${name}" name="${name}"${describedBy(name, errors, hint)}>${options}</select></div>`;
}

export function checkboxGroup({
  name,
  label,
  errors,
  hint,
  values,
  vocabulary,
}: Field & { values: readonly string[]; vocabulary: Vocabulary }): string {
  const boxes = Object.entries(vocabulary)
    .map(
      ([code, text]) =>
        `<div class="choix"><input type="checkbox" id="${name}-${e(code)}" name="${name}" value="${e(code)}"${values.includes(code) ? ' checked' : ''}> <label for="${name}-${e(code)}">${e(text)}</label></div>`,
    )
    .join('');
  return `<fieldset id="${name}"${describedBy(name, errors, hint).replace(' aria-invalid="true"', '')}><legend>${e(label)}</legend>${notes(name, errors, hint)}${boxes}</fieldset>`;
}

/** At the top of a form sent back with errors: what to fix, each linked to its field. */
export function errorSummary(errors: Errors, labels: Readonly<Record<string, string>>): string {
  const entries = Object.entries(errors);
  if (entries.length === 0) return '';
  const items = entries
    .map(([field, message]) => `<li>${labels[field] ? `<a href="#${e(field)}">${e(message)}</a>` : e(message)}</li>`)
    .join('');
  return `<div class="resume-erreurs" role="alert" tabindex="-1"><h2>${entries.length === 1 ? 'Une réponse est à corriger' : `${entries.length} réponses sont à corriger`}</h2><ul>${items}</ul><p>Rien n’a été enregistré.</p></div>`;
}

/** A POST form back to the same function, with the hidden fields it needs. */
export function postForm(action: string, hidden: Readonly<Record<string, string>>, inner: string, attributes = ''): string {
  const fields = Object.entries(hidden)
    .map(([name, value]) => `<input type="hidden" name="${e(name)}" value="${e(value)}">`)
    .join('');
  return `<form method="post" action="${e(action)}"${attributes ? ` ${attributes}` : ''}>${fields}${inner}</form>`;
}

export function radioGroup({
  name,
  label,
  errors,
  hint,
  value,
  options,
}: Field & { value?: string; options: readonly { value: string; label: string }[] }): string {
  const radios = options
    .map(
      (o, i) =>
        `<div class="choix"><input type="radio" id="${name}-${i}" name="${name}" value="${e(o.value)}"${o.value === value ? ' checked' : ''}${i === 0 ? ' required' : ''}> <label for="${name}-${i}">${e(o.label)}</label></div>`,
    )
    .join('');
  return `<fieldset id="${name}"${describedBy(name, errors, hint).replace(' aria-invalid="true"', '')}><legend>${e(label)}</legend>${notes(name, errors, hint)}${radios}</fieldset>`;
}
