/** The personal-data page's retention durations come from the settings the retention job reads. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { retentionStatements } from '../src/lib/retention.ts';
import { settingsSchema } from '../src/lib/schemas.ts';
import { makeSettings } from './fixtures.ts';

describe('retention durations stated on the personal-data page', () => {
  it('given other settings, then the statements say those numbers', () => {
    const text = retentionStatements(
      makeSettings({ closedRequestsKeptMonths: 18, abandonedMailKeptDays: 45, inactiveAmbassadorMonths: 36, inactivityNoticeDays: 60 }),
    ).join(' ');
    for (const part of ['anonymisées 18 mois après', 'depuis 18 mois', 'au bout de 45 jours', 'depuis 36 mois', '60 jours plus tard']) {
      expect(text).toContain(part);
    }
  });

  it('given the site settings, then closed requests are kept 12 months, inactive accounts warned after 24 and deleted a month later', () => {
    const settings = settingsSchema.parse(parse(readFileSync('src/content/settings/site.yaml', 'utf8')));
    expect(settings).toMatchObject({
      closedRequestsKeptMonths: 12,
      abandonedMailKeptDays: 30,
      inactiveAmbassadorMonths: 24,
      inactivityNoticeDays: 30,
    });
  });
});
