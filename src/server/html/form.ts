/**
 * Form fields for the pages the functions answer with (referent review, "Gérer mon profil"):
 * each field with its label, its French error message next to it (aria-describedby) and
 * aria-invalid, and a summary of the errors at the top that links to each field.
 */
import { escapeHtml as e } from './escape.ts';
import type { Vocabulary } from '../../lib/vocabularies.ts';

export type Errors = Readonly<Record<string, string>>;

interface Field {
  name: string;
  label: string;
  errors: Errors;
  hint?: string;
  /** Prefix of the ids, when a page holds several forms with the same field names. */
  idPrefix?: string | undefined;
}

const idOf = ({ name, idPrefix }: Pick<Field, 'name' | 'idPrefix'>) => (idPrefix ? `${idPrefix}-${name}` : name);

function describedBy(field: Field): string {
  const id = idOf(field);
  const { name, errors, hint } = field;
  const ids = [hint ? `aide-${id}` : '', errors[name] ? `erreur-${id}` : ''].filter(Boolean);
  return `${ids.length > 0 ? ` aria-describedby="${ids.join(' ')}"` : ''}${errors[name] ? ' aria-invalid="true"' : ''}`;
}

function notes(field: Field): string {
  const id = idOf(field);
  const { name, errors, hint } = field;
  return `${hint ? `<p class="aide" id="aide-${id}">${e(hint)}</p>` : ''}${errors[name] ? `<p class="erreur" id="erreur-${id}">${e(errors[name])}</p>` : ''}`;
}

export function inputField(field: Field & { value?: string; type?: string; attributes?: string }): string {
  const { name, label, value = '', type = 'text', attributes = '' } = field;
  const id = idOf(field);
  return `<div class="champ"><label for="${id}">${e(label)}</label>${notes(field)}<input id="${id}" name="${name}" type="${type}" value="${e(value)}"${attributes ? ` ${attributes}` : ''}${describedBy(field)}></div>`;
}

export function textAreaField(field: Field & { value?: string; maxLength: number; optional?: boolean }): string {
  const { name, label, value = '', maxLength, optional = false } = field;
  const id = idOf(field);
  return `<div class="champ"><label for="${id}">${e(label)}</label>${notes(field)}<textarea id="${id}" name="${name}" rows="5" maxlength="${maxLength}"${optional ? '' : ' required'}${describedBy(field)}>${e(value)}</textarea></div>`;
}

export function selectField(field: Field & { value: string; vocabulary: Vocabulary }): string {
  const { name, label, value, vocabulary } = field;
  const id = idOf(field);
  const options = Object.entries(vocabulary)
    .map(([code, text]) => `<option value="${e(code)}"${code === value ? ' selected' : ''}>${e(text)}</option>`)
    .join('');
  return `<div class="champ"><label for="${id}">${e(label)}</label>${notes(field)}<select id="${id}" name="${name}"${describedBy(field)}>${options}</select></div>`;
}

export function checkboxGroup(field: Field & { values: readonly string[]; vocabulary: Vocabulary }): string {
  const { name, label, values, vocabulary } = field;
  const id = idOf(field);
  const boxes = Object.entries(vocabulary)
    .map(
      ([code, text]) =>
        `<div class="choix"><input type="checkbox" id="${id}-${e(code)}" name="${name}" value="${e(code)}"${values.includes(code) ? ' checked' : ''}> <label for="${id}-${e(code)}">${e(text)}</label></div>`,
    )
    .join('');
  return `<fieldset id="${id}"${describedBy(field).replace(' aria-invalid="true"', '')}><legend>${e(label)}</legend>${notes(field)}${boxes}</fieldset>`;
}

/** At the top of a form sent back with errors: what to fix, each linked to its field. */
export function errorSummary(errors: Errors, labels: Readonly<Record<string, string>>, idPrefix?: string): string {
  const entries = Object.entries(errors);
  if (entries.length === 0) return '';
  const items = entries
    .map(
      ([field, message]) => `<li>${labels[field] ? `<a href="#${e(idOf({ name: field, idPrefix }))}">${e(message)}</a>` : e(message)}</li>`,
    )
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

export function radioGroup(field: Field & { value?: string; options: readonly { value: string; label: string }[] }): string {
  const { name, label, value, options } = field;
  const id = idOf(field);
  const radios = options
    .map(
      (o, i) =>
        `<div class="choix"><input type="radio" id="${id}-${i}" name="${name}" value="${e(o.value)}"${o.value === value ? ' checked' : ''}${i === 0 ? ' required' : ''}> <label for="${id}-${i}">${e(o.label)}</label></div>`,
    )
    .join('');
  return `<fieldset id="${id}"${describedBy(field).replace(' aria-invalid="true"', '')}><legend>${e(label)}</legend>${notes(field)}${radios}</fieldset>`;
}
