import { describe, expect, it } from 'vitest';
import { invitationFile, type Invitation } from '../src/server/calendar.ts';

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
