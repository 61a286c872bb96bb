/** Real Request objects as a browser sends them, and what tests read back from mails. */
import type { Queryable } from '../../src/server/db.ts';

export const SITE = 'https://ambassadeurs.example.org';

/** A form post (repeated keys for lists), from the site itself unless told otherwise. */
export function formPost(
  path: string,
  fields: Record<string, unknown>,
  { cookie, origin = SITE }: { cookie?: string; origin?: string } = {},
): Request {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) if (v !== undefined) form.append(key, String(v));
  }
  return new Request(`${SITE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin, ...(cookie ? { Cookie: cookie } : {}) },
    body: form,
  });
}

export function get(path: string, cookie?: string): Request {
  return new Request(`${SITE}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export interface OutboxMail {
  template: string;
  recipient: string;
  subject: string;
  text: string;
  html: string;
}

export async function outbox(db: Queryable): Promise<OutboxMail[]> {
  return db.query<OutboxMail>('SELECT template, recipient, subject, text, html FROM outbox ORDER BY seq');
}

/** The token of the link in a mail's text. */
export function tokenIn(mail: OutboxMail | undefined): string {
  const match = /jeton=([\w-]+)/.exec(mail?.text ?? '');
  if (!match) throw new Error(`Pas de lien dans le courriel « ${mail?.subject} »`);
  return match[1]!;
}

/** The cookie pair ("name=value") of a Set-Cookie header. */
export function cookieFrom(response: Response): string {
  return response.headers.get('Set-Cookie')!.split(';')[0]!;
}
