/**
 * The function files (netlify/functions): every HTTP function whose workflow may queue mail
 * delivers it right after answering (answerThenDeliver), instead of waiting up to five minutes
 * for the scheduled send-mail. A new function is expected to queue mail unless listed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../netlify/functions/', import.meta.url);

/** HTTP functions that never queue mail (reads, sessions, sign-out, dev tools without a provider). */
const MAIL_FREE = new Set([
  'attestation-verification',
  'animation-unsubscribe',
  'confirm-application',
  'dev-follow-up',
  'dev-mailbox',
  'health',
  'key-figures',
  'mail-events',
  'ministage-feedback',
  'profile-agenda',
  'profile-attestation',
  'profile-email',
  'profile-export',
  'profile-feedback',
  'profile-session',
  'profile-sign-out',
  'profile-thread',
  'referent-applications',
  'referent-dashboard',
  'referent-events',
  'referent-export-ambassadors',
  'referent-export-evaluation',
  'referent-export-requests',
  'referent-preferences',
  'referent-session',
  'referent-sign-out',
  'request-feedback',
  'requester-requests',
  'requester-session',
  'requester-sign-out',
  'requester-thread',
]);

const httpFunctions = readdirSync(DIR)
  .filter((file) => file.endsWith('.mts'))
  .map((file) => ({ name: file.replace(/\.mts$/, ''), source: readFileSync(new URL(file, DIR), 'utf8') }))
  .filter(({ source }) => /config: Config = \{ path:/.test(source));

describe('function files', () => {
  it('given an HTTP function that may queue mail, then its answer is followed by delivery', () => {
    const unwrapped = httpFunctions
      .filter(({ name }) => !MAIL_FREE.has(name))
      .filter(({ source }) => !/export default answerThenDeliver\(/.test(source))
      .map(({ name }) => name);
    expect(unwrapped).toEqual([]);
  });

  it('given any function file, then it starts with its contract comment', () => {
    for (const { name, source } of httpFunctions) expect(source.startsWith('/**'), name).toBe(true);
  });
});
