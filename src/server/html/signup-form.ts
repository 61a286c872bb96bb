/**
 * The signup form sent back by the function when it was posted without JavaScript and some
 * answers must be corrected: one long form holding what the person typed, each French message
 * next to its field, and a summary at the top linking to each. (With JavaScript the static page
 * shows the messages in place and this page is never seen.)
 */
import { checkboxGroup, errorSummary, inputField, postForm, radioGroup, type Errors } from './form.ts';
import { postedValues, publicProfileFields } from './profile-fields.ts';
import { APPLICATION_FIELD_LABELS } from '../../lib/application.ts';
import { AMBASSADOR_TYPES, PAGE_PATHS } from '../../lib/vocabularies.ts';

/**
 * Fields whose message shows next to another field: without JavaScript the commune is typed in
 * `communeSearch` and the server looks its code up again at each sending.
 */
const SHOWN_AT: Readonly<Record<string, string>> = { homeCommune: 'communeSearch', position: 'communeSearch' };

export function signupCorrectionForm(posted: Readonly<Record<string, unknown>>, errors: Errors, departments: readonly string[]): string {
  const values = postedValues(posted);
  const shown: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) shown[SHOWN_AT[field] ?? field] ??= message;
  const labels = { ...APPLICATION_FIELD_LABELS, communeSearch: APPLICATION_FIELD_LABELS.homeCommune! };
  const input = (name: string, label: string, options: { type?: string; hint?: string; attributes?: string } = {}) =>
    inputField({ name, label, value: values.text(name), errors: shown, ...options });
  const charterVersion = values.text('charterVersion');

  const fields = [
    radioGroup({
      name: 'type',
      label: 'Vous êtes',
      value: values.text('type'),
      options: Object.entries(AMBASSADOR_TYPES).map(([value, label]) => ({ value, label })),
      errors: shown,
    }),
    input('firstName', 'Prénom', { attributes: 'autocomplete="given-name" required' }),
    input('lastName', 'Nom', { attributes: 'autocomplete="family-name" required' }),
    input('email', 'Adresse e-mail', { type: 'email', attributes: 'autocomplete="email" required' }),
    input('phone', 'Téléphone (facultatif)', {
      type: 'tel',
      hint: 'Pour que le référent puisse vous joindre ; jamais publié.',
      attributes: 'autocomplete="tel"',
    }),
    input('communeSearch', 'Votre commune de rattachement', {
      hint: 'Son nom et son code postal, par exemple « Arras 62000 ». Seul le centre de la commune apparaît sur la carte.',
      attributes: 'required autocomplete="off"',
    }),
    publicProfileFields(values, shown, departments),
    `<p>Relisez la <a href="${PAGE_PATHS.charter}">charte des ambassadeurs</a>. Si vous rencontrez des mineurs, le référent vous demandera un extrait de casier judiciaire (bulletin n° 3) : seule la date de vérification est conservée.</p>`,
    checkboxGroup({
      name: 'charterAccepted',
      label: 'La charte',
      values: [values.text('charterAccepted')],
      vocabulary: { oui: `J’ai lu la charte${charterVersion ? ` (version ${charterVersion})` : ''} et je m’engage à la respecter.` },
      errors: shown,
    }),
    '<div class="piege" aria-hidden="true"><label for="website">Ne pas remplir</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>',
    '<button type="submit">Envoyer mon inscription</button>',
  ].join('');
  return `${errorSummary(shown, labels)}<p>Vos réponses sont conservées ci-dessous : corrigez celles qui sont signalées, puis envoyez de nouveau. Les champs sont obligatoires sauf mention « facultatif ».</p>${postForm('/api/inscription', { charterVersion }, fields, 'novalidate')}<p>Vos données servent uniquement au réseau : voir <a href="${PAGE_PATHS.personal_data}">données personnelles</a>.</p>`;
}
