/**
 * An ambassador changes their contact details from « Gérer mon profil », through the function
 * handlers on the embedded Postgres: the e-mail address only once the link sent to the new
 * address is used (single use, expiring, replaced by a later request), the old address told
 * without the link, an address already taken refused by mail with the same answer in the space,
 * the limits of link requests; the phone at once, checked as at signup.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import type { AppDeps } from '../src/server/deps.ts';
import { threadHandler } from '../src/server/handlers/requests.ts';
import {
  emailChangeConfirmHandler,
  manageLinkRequestHandler,
  profileExportHandler,
  profileSessionHandler,
  profileSpaceHandler,
} from '../src/server/handlers/self-service.ts';
import { threadLink } from '../src/server/workflows/requests/thread.ts';
import { makeSettings } from './fixtures.ts';
import { insertAmbassador, type AmbassadorFixture } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { fieldErrors, mainText, parseHtml } from './support/html.ts';
import { SITE, cookieFrom, formPost, get, outbox, tokenIn, type OutboxMail } from './support/http.ts';

const database = useTestDatabase();
let deps: AppDeps & { clock: ReturnType<typeof manualClock> };
let ambassador: AmbassadorFixture;
const NEW = 'camille.perso@example.net';

beforeEach(async () => {
  await database().db.query(
    'DELETE FROM requests; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM sessions; DELETE FROM rate_limits; DELETE FROM audit_events',
  );
  deps = {
    db: database().db,
    clock: manualClock('2026-11-02T09:00:00Z'),
    settings: makeSettings({ confirmationLinkHours: 12 }),
    siteUrl: SITE,
    content: fileSystemWriter(mkdtempSync(join(tmpdir(), 'coordonnees-'))),
  };
  ambassador = await insertAmbassador(database().db, { displayName: 'Camille', email: 'camille.rousseau@example.org' });
});

const provider = async () => deps;
const space = (req: Request, ip = '192.0.2.10') => profileSpaceHandler(provider)(req, { ip });
const confirm = emailChangeConfirmHandler(provider);
const mails = () => outbox(database().db);
const byTemplate = async (template: string) => (await mails()).filter((m) => m.template === template);
const accountRow = async () =>
  (
    await database().db.query<{ email: string; phone: string | null }>('SELECT email, phone FROM applications WHERE id = $1', [
      ambassador.id,
    ])
  )[0]!;
const events = async () =>
  (await database().db.query<{ action: string; subject: string }>('SELECT action, subject FROM audit_events ORDER BY id')).map(
    (e) => e.action,
  );

async function signIn(email: string): Promise<string> {
  await manageLinkRequestHandler(provider)(formPost('/api/profil/lien', { email }));
  const link = (await byTemplate('manage_profile_link')).at(-1);
  return cookieFrom(await profileSessionHandler(provider)(formPost('/api/profil/session', { jeton: tokenIn(link) })));
}

/** A request of the ambassador's, waiting for their answer. */
async function insertRequest(): Promise<string> {
  const [row] = await database().db.query<{ id: string }>(
    `INSERT INTO requests (ambassador_id, status, requester_kind, requester_name, requester_email, intervention, public, group_size,
       modality, duration_minutes, slots, requester_slots, message, created_at, sent_at)
     VALUES ($1, 'sent', 'individual', 'Louise Martin', 'louise.martin@example.org', 'classroom_talk', 'high_school', 1, 'remote', 60,
       '["2026-11-20T13:00:00.000Z"]', '["2026-11-20T13:00:00.000Z"]', 'Bonjour.', $2, $2) RETURNING id`,
    [ambassador.id, deps.clock.now()],
  );
  return row!.id;
}

const askChange = (cookie: string, email: string, ip?: string) =>
  space(formPost('/api/profil', { action: 'adresse', email }, { cookie }), ip);
const hasLink = (mail: OutboxMail) => /jeton=/.test(mail.text) || /jeton=/.test(mail.html);

describe('changing the e-mail address', () => {
  it('given a new address, then a link goes to it, the old one is told without the link, and nothing changes until the link is used', async () => {
    const cookie = await signIn(ambassador.email);
    // Links mailed to the old address and not used yet: a sign-in link and a request's thread link.
    await manageLinkRequestHandler(provider)(formPost('/api/profil/lien', { email: ambassador.email }));
    const oldSignIn = tokenIn((await byTemplate('manage_profile_link')).at(-1));
    const thread = threadHandler(async () => ({ ...deps, referents: [] }));
    const oldThread = (await threadLink(database().db, deps, await insertRequest(), 'ambassador', ambassador.id)).replace(SITE, '');
    expect((await thread(get(oldThread))).status).toBe(200);

    const asked = await askChange(cookie, NEW);
    expect(asked.status).toBe(303);
    expect(asked.headers.get('Location')).toBe('/api/profil?fait=lien-adresse');
    const said = mainText(await (await space(get(asked.headers.get('Location')!, cookie))).text());
    expect(said).toContain(
      'Nous avons écrit à la nouvelle adresse : ouvrez le lien reçu pour confirmer le changement (il est valable 12 heures).',
    );

    const [link] = await byTemplate('email_change_link');
    expect(link!.recipient).toBe(NEW);
    expect(link!.text).toContain('valable 12 heures');
    expect(link!.text).not.toContain('Camille'); // the new address may be a typo: no name until it is confirmed
    const [notice] = await byTemplate('email_change_notice');
    expect(notice!.recipient).toBe(ambassador.email);
    expect(hasLink(notice!)).toBe(false);
    expect(notice!.text).toContain('c…@example.net');
    expect(notice!.text).not.toContain(NEW);

    // Not the account's address yet: no sign-in link to it, still one to the old address.
    expect((await accountRow()).email).toBe(ambassador.email);
    const signInsBefore = (await byTemplate('manage_profile_link')).length;
    await manageLinkRequestHandler(provider)(formPost('/api/profil/lien', { email: NEW }));
    expect((await byTemplate('manage_profile_link')).length).toBe(signInsBefore);

    // The pending address is the ambassador's data too.
    const exported = await (await profileExportHandler(provider)(get('/api/profil/donnees', cookie))).json();
    expect(exported.changementDAdresseEnAttente).toEqual({ nouvelleAdresse: NEW, demandeLe: '2026-11-02T09:00:00.000Z' });

    // GET shows a button and changes nothing (mail scanners follow links).
    const token = tokenIn(link);
    const page = await confirm(get(`/api/profil/adresse?jeton=${token}`));
    expect(page.status).toBe(200);
    expect(parseHtml(await page.text()).querySelector('form[action="/api/profil/adresse"] button')?.text).toBe('Confirmer cette adresse');
    expect((await accountRow()).email).toBe(ambassador.email);

    const confirmed = await confirm(formPost('/api/profil/adresse', { jeton: token }));
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('Location')).toBe('/api/profil?fait=adresse');
    expect((await accountRow()).email).toBe(NEW);
    const newCookie = cookieFrom(confirmed);
    const landing = await (await space(get('/api/profil?fait=adresse', newCookie))).text();
    expect(mainText(landing)).toContain('Votre nouvelle adresse est enregistrée');
    expect(mainText(landing)).toContain(`Adresse e-mail de votre compte : ${NEW}`);

    // The session that asked is closed, and what was mailed to the old address no longer opens anything.
    expect((await space(get('/api/profil', cookie))).status).toBe(401);
    expect((await profileSessionHandler(provider)(formPost('/api/profil/session', { jeton: oldSignIn }))).status).toBe(410);
    expect((await thread(get(oldThread))).status).toBe(410);
    // Single use.
    expect((await confirm(formPost('/api/profil/adresse', { jeton: token }))).status).toBe(410);
    // The new address is the account's: sign-in links go there.
    await manageLinkRequestHandler(provider)(formPost('/api/profil/lien', { email: NEW }));
    expect((await byTemplate('manage_profile_link')).at(-1)!.recipient).toBe(NEW);

    // Pseudonymous: the account's id, never an address.
    expect(await database().db.query(`SELECT action, subject FROM audit_events WHERE actor = 'ambassadeur' ORDER BY id`)).toEqual([
      { action: 'email_change_requested', subject: ambassador.id },
      { action: 'data_exported', subject: ambassador.id },
      { action: 'email_changed', subject: ambassador.id },
    ]);
    expect(await database().db.query('SELECT * FROM email_changes')).toEqual([]);
  });

  it('given the link used after its lifetime, then 410 and the address stays', async () => {
    const cookie = await signIn(ambassador.email);
    await askChange(cookie, NEW);
    deps.clock.advance(12 * 3_600_000 + 60_000);
    const token = tokenIn((await byTemplate('email_change_link'))[0]);
    expect((await confirm(get(`/api/profil/adresse?jeton=${token}`))).status).toBe(410);
    expect((await confirm(formPost('/api/profil/adresse', { jeton: token }))).status).toBe(410);
    expect((await accountRow()).email).toBe(ambassador.email);
  });

  it('given a second change asked, then only its link works', async () => {
    const cookie = await signIn(ambassador.email);
    await askChange(cookie, 'premiere@example.net');
    await askChange(cookie, NEW);
    const [first, second] = (await byTemplate('email_change_link')).map(tokenIn);
    expect((await confirm(formPost('/api/profil/adresse', { jeton: first! }))).status).toBe(410);
    expect((await accountRow()).email).toBe(ambassador.email);
    expect((await confirm(formPost('/api/profil/adresse', { jeton: second! }))).status).toBe(303);
    expect((await accountRow()).email).toBe(NEW);
  });

  it('given an address already used by another ambassador or an application in progress, then the same answer, and a mail to it without a link', async () => {
    const taken = await insertAmbassador(database().db, { email: 'yanis.b@example.org' });
    await database().db.query(
      `INSERT INTO applications (status, email, first_name, last_name, profile, monthly_capacity, meets_minors, created_at)
       VALUES ('submitted', 'ines.roux@example.org', 'Inès', 'Roux', '{}'::jsonb, 2, false, now())`,
    );
    const cookie = await signIn(ambassador.email);
    const answer = async (email: string) => {
      const response = await askChange(cookie, email);
      return [
        response.status,
        response.headers.get('Location'),
        mainText(await (await space(get(response.headers.get('Location')!, cookie))).text()),
      ];
    };
    const free = await answer(NEW);
    expect(await answer('Yanis.B@example.org')).toEqual(free);
    expect(await answer(' ines.roux@example.org ')).toEqual(free);

    expect((await byTemplate('email_change_refused')).map((m) => [m.recipient, hasLink(m)])).toEqual([
      ['Yanis.B@example.org', false],
      ['ines.roux@example.org', false],
    ]);
    expect((await byTemplate('email_change_link')).map((m) => m.recipient)).toEqual([NEW]);
    expect((await byTemplate('email_change_notice')).map((m) => m.recipient)).toEqual(Array(3).fill(ambassador.email));
    // The refused ones replaced the change asked first: nothing is pending.
    expect(await database().db.query('SELECT * FROM email_changes')).toEqual([]);
    expect((await confirm(formPost('/api/profil/adresse', { jeton: tokenIn((await byTemplate('email_change_link'))[0]) }))).status).toBe(
      410,
    );
    expect((await accountRow()).email).toBe(ambassador.email);
    expect(taken.email).toBe('yanis.b@example.org');
  });

  it('given the new address taken by a signup between the request and the link, then the link changes nothing', async () => {
    const cookie = await signIn(ambassador.email);
    await askChange(cookie, NEW);
    await database().db.query(
      `INSERT INTO applications (status, email, first_name, last_name, profile, monthly_capacity, meets_minors, created_at)
       VALUES ('submitted', $1, 'Inès', 'Roux', '{}'::jsonb, 2, false, now())`,
      [NEW],
    );
    expect((await confirm(formPost('/api/profil/adresse', { jeton: tokenIn((await byTemplate('email_change_link'))[0]) }))).status).toBe(
      410,
    );
    expect((await accountRow()).email).toBe(ambassador.email);
    expect((await space(get('/api/profil', cookie))).status).toBe(200);
  });

  it('given a malformed address or the one in use, then 422 with the message by the field, and nothing mailed', async () => {
    const cookie = await signIn(ambassador.email);
    const before = (await mails()).length;
    for (const [email, message] of [
      ['camille.perso', 'Adresse e-mail : vérifiez-la'],
      ['', 'Adresse e-mail : vérifiez-la'],
      ['Camille.Rousseau@example.org', 'Adresse e-mail : c’est déjà celle de votre compte.'],
    ] as const) {
      const response = await askChange(cookie, email);
      expect(response.status, email).toBe(422);
      const html = await response.text();
      expect(fieldErrors(html).email, email).toContain(message);
      expect(parseHtml(html).querySelector('.error-summary a')?.getAttribute('href')).toBe('#email');
      expect(parseHtml(html).querySelector('input#email')?.getAttribute('value')).toBe(email);
    }
    expect((await mails()).length).toBe(before);
  });

  it('given too many changes asked within the hour, then 429 and nothing more mailed', async () => {
    const cookie = await signIn(ambassador.email);
    for (let i = 1; i <= 5; i++) expect((await askChange(cookie, `essai${i}@example.net`)).status).toBe(303);
    const before = (await mails()).length;
    const refused = await askChange(cookie, 'essai6@example.net', '198.51.100.7');
    expect(refused.status).toBe(429);
    expect(fieldErrors(await refused.text()).email).toContain('trop de demandes de changement en une heure');
    expect((await mails()).length).toBe(before);
    deps.clock.advance(3_600_000); // the next hour (and a new session: the first one lasted an hour)
    expect((await askChange(await signIn(ambassador.email), 'essai6@example.net')).status).toBe(303);
  });

  it('given the same address asked again and again from one connection, then the link-request limit applies', async () => {
    const cookie = await signIn(ambassador.email);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await askChange(cookie, NEW)).status);
    expect(statuses).toEqual([303, 303, 303, 429]);
  });
});

describe('changing the phone', () => {
  it('given a valid number, then it is recorded at once and shown; empty, it is removed', async () => {
    const cookie = await signIn(ambassador.email);
    const saved = await space(formPost('/api/profil', { action: 'telephone', phone: ' 06 12 34 56 78 ' }, { cookie }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('Location')).toBe('/api/profil?fait=telephone');
    expect((await accountRow()).phone).toBe('06 12 34 56 78');
    const html = await (await space(get('/api/profil?fait=telephone', cookie))).text();
    expect(mainText(html)).toContain('Votre numéro de téléphone est enregistré.');
    expect(parseHtml(html).querySelector('input#phone')?.getAttribute('value')).toBe('06 12 34 56 78');

    const removed = await space(formPost('/api/profil', { action: 'telephone', phone: '' }, { cookie }));
    expect(removed.headers.get('Location')).toBe('/api/profil?fait=telephone-retire');
    expect((await accountRow()).phone).toBeNull();
    expect(await database().db.query('SELECT actor, action, subject FROM audit_events ORDER BY id')).toEqual(
      Array(2).fill({ actor: 'ambassadeur', action: 'phone_changed', subject: ambassador.id }),
    );
  });

  it('given an invalid number, then 422 with the signup’s message by the field, and the number kept', async () => {
    await database().db.query(`UPDATE applications SET phone = '03 20 00 00 00' WHERE id = $1`, [ambassador.id]);
    const cookie = await signIn(ambassador.email);
    for (const phone of ['12345', '06 12 34 56 78 90', 'appelez-moi']) {
      const response = await space(formPost('/api/profil', { action: 'telephone', phone }, { cookie }));
      expect(response.status, phone).toBe(422);
      const html = await response.text();
      expect(fieldErrors(html).phone, phone).toBe('Téléphone : 10 chiffres, par exemple 06 12 34 56 78.');
      expect(parseHtml(html).querySelector('input#phone')?.getAttribute('value')).toBe(phone);
    }
    expect((await accountRow()).phone).toBe('03 20 00 00 00');
    expect(await events()).toEqual([]);
  });
});
