import { describe, expect, it } from 'vitest';
import { confirmRequestMail, newMessageMail, requestAlreadyOpenMail } from '../src/server/mail/request-templates.ts';
import { applicationAlreadyOpenMail, confirmApplicationMail } from '../src/server/mail/templates.ts';
import { makeSettings } from './fixtures.ts';

const context = makeSettings();
const summary = {
  intervention: 'classroom_talk',
  public: 'high_school',
  requesterName: 'Louise Martin',
  organisationName: 'Lycée Faidherbe',
  ambassadorName: 'Camille R.',
};

describe('mails sent before an address is confirmed', () => {
  it('given a name typed by whoever filled the form, then the confirmation and "already open" mails greet without it', () => {
    const mails = [
      confirmRequestMail(
        context,
        'louise.martin@example.org',
        summary,
        'https://ambassadeurs.example.org/api/demandes/confirmer?jeton=x',
        12,
      ),
      requestAlreadyOpenMail(context, 'louise.martin@example.org', summary),
      confirmApplicationMail(context, { email: 'camille@example.org' }, 'https://ambassadeurs.example.org/x', 12),
      applicationAlreadyOpenMail(context, { email: 'camille@example.org' }),
    ];
    for (const mail of mails) {
      expect(mail.text.startsWith('Bonjour,')).toBe(true);
      expect(mail.text + mail.html + mail.subject).not.toMatch(/Louise|Martin|Faidherbe|Camille\b(?! R\.)/);
    }
  });
});

describe('mail subjects', () => {
  it('given a name with line breaks in a subject, then the subject is one line', () => {
    const mail = newMessageMail(
      context,
      'camille@example.org',
      { recipientName: 'Camille R.', authorName: 'Louise\r\nBcc: victime@example.org\n\tMartin' },
      'https://ambassadeurs.example.org/api/demandes/fil?jeton=x',
    );
    expect(mail.subject).toBe('Nouveau message de Louise Bcc: victime@example.org Martin');
  });
});
