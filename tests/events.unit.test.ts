/**
 * Events: the schema as editors meet it (French messages on known mistakes), the checks against
 * the settings, the confirmed ambassadors resolved to profiles, the agenda's upcoming/past split
 * and the French dates.
 */
import { describe, expect, it } from 'vitest';
import { ContentError, toAmbassadors } from '../src/lib/directory.ts';
import { eventSchema, formatEventDates, placeLine, splitAgenda, toEvents, type EventEntry } from '../src/lib/events.ts';
import { makeAmbassadorData, makeSettings } from './fixtures.ts';
import { readEventFiles } from './support/content.ts';

const valid = {
  title: 'Forum des métiers de Lille',
  type: 'forum',
  start: '2027-01-21T09:00',
  end: '2027-01-21T17:00',
  address: 'Lille Grand Palais, 1 boulevard des Cités Unies',
  commune: '59350',
  publics: ['middle_school', 'high_school'],
  description: 'Une journée pour découvrir les métiers.\n\nLes classes viennent par demi-journée.',
  ambassadorPlaces: 5,
};
const messages = (input: unknown) => {
  const result = eventSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.') || '(fichier)', i.message]));
};
const settings = makeSettings();
const entry = (id: string, overrides: Record<string, unknown> = {}): EventEntry => ({
  id,
  data: eventSchema.parse({ ...valid, ...overrides }),
});

describe('event schema', () => {
  it('given a complete event, then it is accepted, with no confirmed ambassador yet', () => {
    const event = eventSchema.parse(valid);
    expect(event.confirmedAmbassadors).toBeUndefined();
    expect(eventSchema.parse({ ...valid, ambassadorPlaces: undefined }).ambassadorPlaces).toBe(0);
  });

  it('given an end before the start (a typo in the hour), then « Fin » says it must come after the start', () => {
    expect(messages({ ...valid, end: '2027-01-21T07:00' })).toEqual({
      end: 'Fin : elle doit venir après le début (vérifiez le jour et l’heure, heure de Paris).',
    });
  });

  it('given a date typed the French way or without the time, then the message shows the expected format', () => {
    expect(messages({ ...valid, start: '21/01/2027 9h' }).start).toBe(
      '« 21/01/2027 9h » : date et heure de Paris attendues au format AAAA-MM-JJTHH:MM, par exemple 2027-01-21T09:30.',
    );
    expect(messages({ ...valid, start: '2027-02-30T09:00' }).start).toBe('« 2027-02-30T09:00 » : ce jour ou cette heure n’existe pas.');
  });

  it('given neither a commune nor an online address, then « Lieu » asks for one of them', () => {
    const { address: _a, commune: _c, ...nowhere } = valid;
    expect(messages(nowhere).commune).toMatch(/^Lieu : indiquez la commune \(code INSEE\) et l’adresse du lieu, ou l’adresse en ligne/);
    expect(messages({ ...valid, commune: undefined }).commune).toBe('Commune : indiquez la commune (code INSEE) de l’adresse donnée.');
  });

  it('given a webinaire without its online address, or with an http:// one, then the message asks for https://', () => {
    expect(messages({ ...valid, type: 'webinar' }).onlineUrl).toBe(
      'Adresse en ligne : un webinaire se suit en ligne, indiquez son adresse (https://…).',
    );
    expect(messages({ ...valid, onlineUrl: 'http://exemple.org/live' }).onlineUrl).toBe(
      'Adresse en ligne : adresse web complète attendue, commençant par https://.',
    );
  });

  it('given a postal code as the commune, then the message explains the INSEE code', () => {
    expect(messages({ ...valid, commune: '59000' }).commune).toMatch(/n'est pas un code commune INSEE.*ce n'est pas le code postal/);
  });

  it('given confirmed ambassadors written as profile addresses, twice, or more than the places, then each mistake has its message', () => {
    expect(messages({ ...valid, confirmedAmbassadors: ['/ambassadeurs/59/camille-r/'] })['confirmedAmbassadors.0']).toMatch(
      /identifiant d’ambassadeur attendu sous la forme département\/profil, par exemple "59\/camille-r-infirmiere"/,
    );
    expect(messages({ ...valid, confirmedAmbassadors: ['59/camille-r', '59/camille-r'] }).confirmedAmbassadors).toBe(
      'Ambassadeurs confirmés : un ambassadeur figure deux fois.',
    );
    expect(messages({ ...valid, ambassadorPlaces: 1, confirmedAmbassadors: ['59/a', '59/b'] }).confirmedAmbassadors).toMatch(
      /plus nombreux que les places prévues/,
    );
  });

  it('given a phone number in the description, or a misspelt field, then both are refused in French', () => {
    expect(messages({ ...valid, description: 'Inscriptions au 03 20 00 00 00 avant le 10 janvier.' }).description).toMatch(
      /^Description : retirez l’adresse e-mail ou le numéro de téléphone/,
    );
    expect(messages({ ...valid, lieu: 'Lille' })['(fichier)']).toMatch(
      /^Champ inconnu : « lieu » \(faute de frappe \?\)\. Champs possibles : title, type, start/,
    );
  });

  it('given an unknown type, then the message lists the five types', () => {
    expect(messages({ ...valid, type: 'conference' }).type).toBe(
      "Type d'événement : choisissez une valeur parmi forum, salon, webinar, discovery_day, job_dating.",
    );
  });
});

describe('events as the pages see them', () => {
  const ambassadors = toAmbassadors([{ id: '59/camille-r-technicienne', data: makeAmbassadorData() }], settings);

  it('given Paris wall-clock times in winter and summer, then the instants are UTC+1 and UTC+2', () => {
    const [winter, summer] = toEvents(
      [entry('hiver'), entry('ete', { start: '2027-06-10T09:00', end: '2027-06-10T12:00' })],
      settings,
      ambassadors,
    );
    expect(winter!.start.toISOString()).toBe('2027-01-21T08:00:00.000Z');
    expect(summer!.start.toISOString()).toBe('2027-06-10T07:00:00.000Z');
  });

  it('given confirmed ids, then the existing profiles are listed in order and a deleted one is left out', () => {
    const [event] = toEvents(
      [entry('forum', { confirmedAmbassadors: ['59/profil-supprime', '59/camille-r-technicienne'] })],
      settings,
      ambassadors,
    );
    expect(event!.confirmed.map((a) => a.url)).toEqual(['/ambassadeurs/59/camille-r-technicienne/']);
  });

  it('given a département outside the network, a commune outside the Région or a reserved file name, then the build stops naming the file', () => {
    const run = (e: EventEntry) => () => toEvents([e], settings, ambassadors);
    expect(run(entry('x', { department: '75' }))).toThrow(/src\/content\/events\/x\.yaml : le département 75 n'est pas couvert/);
    expect(run(entry('x', { commune: '75056' }))).toThrow(/la commune Paris \(75056\) n'est pas dans la Région Hauts-de-France/);
    expect(run(entry('passes'))).toThrow(ContentError);
  });

  it('given the build instant, then upcoming events (an ongoing one included) come first by start, past ones most recent first', () => {
    const events = toEvents(
      [
        entry('passe-ancien', { start: '2026-03-19T09:00', end: '2026-03-19T16:00' }),
        entry('passe-recent', { start: '2026-11-25T09:00', end: '2026-11-25T16:00' }),
        entry('en-cours', { start: '2026-12-02T09:00', end: '2026-12-02T18:00' }),
        entry('bientot', { start: '2026-12-10T09:00', end: '2026-12-10T12:00' }),
      ],
      settings,
      ambassadors,
    );
    const { upcoming, past } = splitAgenda(events, new Date('2026-12-02T10:00:00Z'));
    expect(upcoming.map((e) => e.id)).toEqual(['en-cours', 'bientot']);
    expect(past.map((e) => e.id)).toEqual(['passe-recent', 'passe-ancien']);
  });

  it('given one day or several, then the dates read in French, Paris time', () => {
    const day = toEvents([entry('a')], settings, [])[0]!;
    expect(formatEventDates(day.start, day.end)).toBe('jeudi 21 janvier 2027, de 09:00 à 17:00');
    const two = toEvents([entry('b', { end: '2027-01-22T16:30' })], settings, [])[0]!;
    expect(formatEventDates(two.start, two.end)).toBe('du jeudi 21 janvier 2027 à 09:00 au vendredi 22 janvier 2027 à 16:30');
    expect(placeLine(day)).toBe('Lille Grand Palais, 1 boulevard des Cités Unies, Lille');
    const online = toEvents(
      [entry('c', { type: 'webinar', address: undefined, commune: undefined, onlineUrl: 'https://exemple.org/w' })],
      settings,
      [],
    )[0]!;
    expect(placeLine(online)).toBe('En ligne');
    expect(day.paragraphs).toEqual(['Une journée pour découvrir les métiers.', 'Les classes viennent par demi-journée.']);
  });
});

describe('demo events', () => {
  it('given the demo event files, then each is valid, every type appears, and some have confirmed ambassadors', () => {
    const files = readEventFiles();
    const events = files.map((f) => eventSchema.parse(f.data));
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(['forum', 'salon', 'webinar', 'discovery_day', 'job_dating']));
    expect(events.some((e) => (e.confirmedAmbassadors?.length ?? 0) > 0)).toBe(true);
    expect(events.some((e) => e.department === undefined)).toBe(true);
  });
});
