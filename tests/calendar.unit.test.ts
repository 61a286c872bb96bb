import { describe, expect, it } from 'vitest';
import { eventSchema, toEvents } from '../src/lib/events.ts';
import { eventsCalendar, invitationFile, type Invitation } from '../src/server/calendar.ts';
import { makeSettings } from './fixtures.ts';
import { icsInstant, parseIcs, propertyOf } from './support/ics.ts';

const invitation: Invitation = {
  requestId: '3f1c2a9e-0000-4000-8000-000000000001',
  siteHost: 'ambassadeurs.example.org',
  sequence: 0,
  cancelled: false,
  start: new Date('2026-12-03T13:00:00Z'),
  durationMinutes: 90,
  title: 'Intervention en classe – Camille R.',
  description: 'Lycée Faidherbe, 2de',
  organizer: { name: 'Réseau des ambassadeurs métiers', email: 'contact@example.org' },
};
const text = (file: { content: string }) => Buffer.from(file.content, 'base64').toString('utf8');

describe('calendar invitation', () => {
  it('given an accepted request, then a REQUEST event with a stable UID, the start in UTC and the duration', () => {
    const file = invitationFile(invitation);
    expect(file.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    const ics = text(file);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('UID:demande-3f1c2a9e-0000-4000-8000-000000000001@ambassadeurs.example.org');
    expect(ics).toContain('DTSTART:20261203T130000Z');
    expect(ics).toContain('DURATION:PT90M');
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain('STATUS:CONFIRMED');
  });

  it('given a cancellation, then the same UID with a higher sequence and CANCEL', () => {
    const ics = text(invitationFile({ ...invitation, sequence: 2, cancelled: true }));
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('UID:demande-3f1c2a9e-0000-4000-8000-000000000001@ambassadeurs.example.org');
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('STATUS:CANCELLED');
  });
});

describe('agenda calendar files', () => {
  const settings = makeSettings();
  const site = { url: 'https://ambassadeurs.example.org' };
  const [salon, webinar] = toEvents(
    [
      {
        id: 'salon-d-amiens',
        data: eventSchema.parse({
          title: 'Salon de l’orientation, de l’apprentissage; et des métiers',
          type: 'salon',
          start: '2027-01-21T09:00',
          end: '2027-01-21T17:00',
          address: 'Mégacité, avenue de l’Hippodrome',
          commune: '80021',
          publics: ['high_school'],
          description: 'Premier paragraphe, avec une virgule.\n\nSecond paragraphe ; très long '.padEnd(400, 'x'),
          ambassadorPlaces: 12,
        }),
      },
      {
        id: 'webinaire-logistique',
        data: eventSchema.parse({
          title: 'La logistique, des métiers qui recrutent',
          type: 'webinar',
          start: '2027-06-17T17:30',
          end: '2027-06-17T18:30',
          onlineUrl: 'https://webinaires.example.org/logistique',
          publics: ['job_seekers'],
          description: 'Des ambassadeurs du transport présentent leurs métiers.',
        }),
      },
    ],
    settings,
    [],
  );

  it('given the agenda, then one published calendar with each event once, its stable UID and its Paris times in UTC', () => {
    const calendar = parseIcs(eventsCalendar([salon!, webinar!], site, 'Agenda – Réseau'));
    expect(calendar.name).toBe('VCALENDAR');
    expect(propertyOf(calendar, 'METHOD')).toBe('PUBLISH');
    expect(propertyOf(calendar, 'X-WR-CALNAME')).toBe('Agenda – Réseau');
    const events = calendar.components.filter((c) => c.name === 'VEVENT');
    expect(events.map((e) => propertyOf(e, 'UID'))).toEqual([
      'evenement-salon-d-amiens@ambassadeurs.example.org',
      'evenement-webinaire-logistique@ambassadeurs.example.org',
    ]);
    // 09:00 in Paris in January is 08:00 UTC; 17:30 in June is 15:30 UTC.
    expect([icsInstant(propertyOf(events[0]!, 'DTSTART')), icsInstant(propertyOf(events[0]!, 'DTEND'))]).toEqual([
      salon!.start,
      salon!.end,
    ]);
    expect(propertyOf(events[0]!, 'DTSTART')).toBe('20270121T080000Z');
    expect(propertyOf(events[1]!, 'DTSTART')).toBe('20270617T153000Z');
  });

  it('given texts with commas, semicolons and paragraphs, then they come back unescaped, with the place and the page', () => {
    const [event] = parseIcs(eventsCalendar([salon!], site, salon!.title)).components;
    expect(propertyOf(event!, 'SUMMARY')).toBe('Salon de l’orientation, de l’apprentissage; et des métiers');
    expect(propertyOf(event!, 'LOCATION')).toBe('Mégacité, avenue de l’Hippodrome, Amiens');
    expect(propertyOf(event!, 'CATEGORIES')).toBe('Salon');
    expect(propertyOf(event!, 'URL')).toBe('https://ambassadeurs.example.org/agenda/salon-d-amiens/');
    const description = propertyOf(event!, 'DESCRIPTION');
    expect(description.split('\n\n')).toEqual([
      'Premier paragraphe, avec une virgule.',
      expect.stringMatching(/^Second paragraphe ; très long x+$/),
      'Plus d’informations : https://ambassadeurs.example.org/agenda/salon-d-amiens/',
    ]);
  });

  it('given long texts, then every line is folded to 75 characters and ends with CRLF', () => {
    const ics = eventsCalendar([salon!, webinar!], site, 'Agenda');
    for (const line of ics.split('\r\n')) expect([...line].length, line).toBeLessThanOrEqual(75);
    expect(propertyOf(parseIcs(ics).components[1]!, 'LOCATION')).toBe('En ligne');
  });

  it('given no upcoming event, then the feed is an empty but valid calendar', () => {
    const calendar = parseIcs(eventsCalendar([], site, 'Agenda'));
    expect(calendar.components).toEqual([]);
    expect(propertyOf(calendar, 'VERSION')).toBe('2.0');
  });
});
