import { describe, expect, it } from 'vitest';
import { ageBracketOf, maskContacts, requestSchema, requesterFacts, slotsOf } from '../src/lib/request.ts';
import { applicationSchema, companyFields } from '../src/lib/application.ts';
import { ambassadorSchema, pageSchema, referentSchema } from '../src/lib/schemas.ts';
import { makeApplicationInput, makeProfileInput } from './fixtures.ts';
import { makeRequestInput } from './support/ambassadors.ts';

/** The French messages of a failed parse, by field. */
function messages(result: ReturnType<typeof ambassadorSchema.safeParse>): Record<string, string> {
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('ambassador schema', () => {
  it('given a complete profile, when parsed, then it is accepted with dates and default status', () => {
    const { status: _status, ...input } = makeProfileInput();
    const result = ambassadorSchema.parse(input);
    expect(result.createdAt).toBeInstanceOf(Date);
    expect(result.status).toBe('published');
  });

  it('given an e-mail address or phone number in public text, then each field says to remove it', () => {
    const result = ambassadorSchema.safeParse(
      makeProfileInput({
        presentation: 'Écrivez-moi à camille.r@example.org pour venir voir l’atelier.',
        careerPath: 'Appelez-moi au 06 12 34 56 78, je vous raconterai mon parcours complet.',
      }),
    );
    const byField = messages(result);
    expect(byField.presentation).toMatch(/retirez l'adresse e-mail ou le numéro de téléphone/);
    expect(byField.careerPath).toMatch(/retirez l'adresse e-mail ou le numéro de téléphone/);
  });

  it('given a postal code instead of an INSEE code, then the message explains the difference', () => {
    const byField = messages(ambassadorSchema.safeParse(makeProfileInput({ homeCommune: '59000' })));
    expect(byField.homeCommune).toMatch(/n'est pas un code commune INSEE.*ce n'est pas le code postal/);
  });

  it('given an unknown intervention, then the message lists the accepted values', () => {
    const byField = messages(ambassadorSchema.safeParse(makeProfileInput({ interventions: ['conference'] })));
    expect(byField['interventions.0']).toMatch(/classroom_talk, forum, company_visit/);
  });

  it('given a misspelt field (strict object), then it is refused', () => {
    const result = ambassadorSchema.safeParse(makeProfileInput({ email: 'x@example.org' }));
    expect(result.success).toBe(false);
  });

  it('given a position that is not a GeoJSON point, then the message shows the expected shape', () => {
    const byField = messages(ambassadorSchema.safeParse(makeProfileInput({ position: '50.63, 3.04' })));
    expect(byField.position).toMatch(/point GeoJSON attendu/);
  });

  it('given duplicate publics or none, then each is refused with its own message', () => {
    expect(messages(ambassadorSchema.safeParse(makeProfileInput({ publics: [] }))).publics).toMatch(/au moins une valeur/);
    expect(messages(ambassadorSchema.safeParse(makeProfileInput({ publics: ['parents', 'parents'] }))).publics).toMatch(/en double/);
  });
});

describe('page and referent schemas', () => {
  it('given a charter without version, then the build error says a version is required', () => {
    const result = pageSchema.safeParse({ title: 'Charte', description: 'La charte du réseau.', kind: 'charter', updatedAt: '2026-01-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/numéro de version/);
  });

  it('given a referent phone in an unknown format, then it is refused', () => {
    const base = { name: 'Anne R.', role: 'Référente', email: 'anne@example.org', phone: '03 99 10 20 30', departments: ['59'] };
    expect(referentSchema.safeParse(base).success).toBe(true);
    expect(referentSchema.safeParse({ ...base, phone: '39 99' }).success).toBe(false);
  });
});

describe('request form schema', () => {
  const valid = makeRequestInput('59/camille-r-technicienne-de-maintenance', {
    uai: '0590117g',
    slot1: '2026-12-03T14:00',
    slot2: '',
    durationMinutes: '60',
  });

  it('given a school request, then it is accepted and the UAI is put in capitals', () => {
    const parsed = requestSchema.parse(valid);
    expect(parsed.uai).toBe('0590117G');
    expect(slotsOf(parsed)).toEqual(['2026-12-03T14:00']);
  });

  it('given missing context by kind of requester, then the message says which field and why', () => {
    const errors = (input: Record<string, unknown>) => {
      const result = requestSchema.safeParse(input);
      return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(errors({ ...valid, uai: '' })).toEqual({ uai: expect.stringContaining('obligatoire pour un établissement scolaire') });
    expect(errors({ ...valid, requesterKind: 'individual', age: '14', uai: '' })).toEqual({
      age: expect.stringContaining('15 ans ou plus'),
      situation: 'Votre situation : champ obligatoire pour une demande à titre personnel.',
    });
    expect(errors({ ...valid, requesterKind: 'individual', age: '', uai: '', situation: 'pupil' })).toEqual({
      age: 'Votre âge : champ obligatoire pour une demande à titre personnel.',
    });
    expect(errors({ ...valid, intervention: 'company_visit', public: 'middle_school' })).toEqual({
      accompaniedBy: expect.stringContaining('qui les accompagne'),
    });
    expect(errors({ ...valid, slot2: valid.slot1 })).toEqual({ slot2: 'Créneau 2 : il est identique à un autre créneau.' });
  });

  it('given a name with digits, a web address or a control character, then the request is refused by the field, in French', () => {
    for (const name of [
      'Louise 2',
      'http://banque.example',
      'www.banque-en-ligne.fr',
      'banque-en-ligne.fr',
      'Louise\r\nMartin',
      'Louise\u202eMartin',
    ]) {
      const result = requestSchema.safeParse({ ...valid, name });
      expect(result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]))).toEqual({
        name: 'Votre nom : lettres seulement, sans chiffres, adresse web ni retour à la ligne.',
      });
    }
    expect(requestSchema.safeParse({ ...valid, name: 'Jean-Pierre D’Almeida' }).success).toBe(true);
  });

  it('given a level, a situation or a sex outside their lists, then a French message by the field that says to choose in the list', () => {
    const errors = requestSchema.safeParse({
      ...valid,
      requesterKind: 'individual',
      age: '17',
      uai: '',
      level: '3e',
      situation: 'retraité',
      sex: 'F',
    });
    expect(errors.success ? {} : Object.fromEntries(errors.error.issues.map((i) => [String(i.path[0]), i.message]))).toEqual({
      level: 'Niveau ou classe : choisissez une réponse dans la liste.',
      situation: 'Votre situation : choisissez une réponse dans la liste.',
      sex: 'Sexe : choisissez une réponse dans la liste.',
    });
  });

  it('given an individual’s age, then only its bracket is kept, with the situation and sex; nothing for a school', () => {
    expect([15, 16, 17, 18, 25, 26, 50, 51, 120].map(ageBracketOf)).toEqual([
      'under_16',
      '16_17',
      '16_17',
      '18_25',
      '18_25',
      '26_50',
      '26_50',
      'over_50',
      'over_50',
    ]);
    const individual = requestSchema.parse({ ...valid, requesterKind: 'individual', age: '19', uai: '', situation: 'job_seeker', sex: '' });
    expect(requesterFacts(individual)).toEqual({ situation: 'job_seeker', sex: null, ageBracket: '18_25' });
    const school = requestSchema.parse({ ...valid, age: '40', situation: 'employed', sex: 'female' });
    expect(requesterFacts(school)).toEqual({ situation: null, sex: null, ageBracket: null });
  });

  it('given contact details in a text, then they are masked', () => {
    expect(maskContacts('Écris-moi à lea.dupont@example.org ou au 06 12 34 56 78 !')).toBe(
      'Écris-moi à [coordonnées masquées] ou au [coordonnées masquées] !',
    );
  });
});

describe('names in the signup and the profile', () => {
  it('given first, last and display names with digits, a web address or a line break, then each field is refused, in French', () => {
    const result = applicationSchema.safeParse(
      makeApplicationInput({
        firstName: 'Camille\nVotre compte est bloqué',
        lastName: 'https://banque.example',
        displayName: 'Camille 06',
      }),
    );
    expect(result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]))).toMatchObject({
      firstName: 'Prénom : lettres seulement, sans chiffres, adresse web ni retour à la ligne.',
      lastName: 'Nom : lettres seulement, sans chiffres, adresse web ni retour à la ligne.',
    });
    // A display name's digits depend on the kind (issue 11: a company's name may hold them), checked with the type.
    const person = applicationSchema.parse(makeApplicationInput({ displayName: 'Camille 06' }));
    expect(companyFields(person, new Set())).toEqual({
      ok: false,
      errors: { displayName: 'Nom affiché : lettres seulement, sans chiffres, adresse web ni retour à la ligne.' },
    });
    expect(messages(ambassadorSchema.safeParse(makeProfileInput({ displayName: 'Camille www.example.org' })))).toMatchObject({
      displayName: 'Nom affiché : lettres seulement, sans chiffres, adresse web ni retour à la ligne.',
    });
  });
});
