/**
 * The ambassador's journey through the function handlers, with real Requests, the embedded
 * Postgres and the file system content writer: signup → confirmation → referent review
 * (approve or reject) → profile file → "Gérer mon profil" (edit, pause, export, delete).
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileSystemWriter, ContentWriteError, type ContentWriter } from '../src/server/content/writer.ts';
import { applicationReviewHandler, referentSessionHandler, referentSignInHandler } from '../src/server/handlers/referents.ts';
import {
  manageLinkRequestHandler,
  profileExportHandler,
  profileSessionHandler,
  profileSignOutHandler,
  profileSpaceHandler,
} from '../src/server/handlers/self-service.ts';
import { confirmApplicationHandler, signupHandler } from '../src/server/handlers/signup.ts';
import { approvalSchema, purgeRejectedApplications } from '../src/server/workflows/review.ts';
import { confirmRequest } from '../src/server/workflows/requests/confirm.ts';
import { submitRequest } from '../src/server/workflows/requests/submit.ts';
import { actOnThread } from '../src/server/workflows/requests/thread-actions.ts';
import { makeRequestInput } from './support/ambassadors.ts';
import { ambassadorSchema } from '../src/lib/schemas.ts';
import type { AppDeps } from '../src/server/deps.ts';
import type { Referent } from '../src/server/referents.ts';
import { makeApplicationInput, makeReferents, makeSettings } from './fixtures.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { checkedValues, fieldErrors, mainText, parseHtml } from './support/html.ts';
import { cookieFrom, formPost, get, outbox, tokenIn } from './support/http.ts';

const referents = makeReferents();
const database = useTestDatabase();
let root: string;
let deps: AppDeps & { referents: Referent[]; clock: ReturnType<typeof manualClock> };

beforeEach(async () => {
  await database().db.query(
    'DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM sessions; DELETE FROM rate_limits; DELETE FROM audit_events',
  );
  root = mkdtempSync(join(tmpdir(), 'parcours-'));
  deps = {
    db: database().db,
    clock: manualClock(),
    settings: makeSettings(),
    siteUrl: 'https://ambassadeurs.example.org',
    content: fileSystemWriter(root),
    referents,
  };
});

const provider = async () => deps;
const mails = () => outbox(database().db);
const count = async (sql: string, params: unknown[] = []) => Number((await database().db.query<{ n: string }>(sql, params))[0]!.n);

/** A person signs up and confirms; returns the application id. */
async function confirmedApplication(overrides: Record<string, unknown> = {}): Promise<string> {
  const input = makeApplicationInput(overrides);
  expect((await signupHandler(provider)(formPost('/api/inscription', input))).status).toBe(303);
  const confirmation = (await mails()).filter((m) => m.template === 'confirm_application').at(-1);
  expect((await confirmApplicationHandler(provider)(formPost('/api/inscription/confirmer', { jeton: tokenIn(confirmation) }))).status).toBe(
    200,
  );
  const [row] = await database().db.query<{ id: string }>(`SELECT id FROM applications WHERE email = $1`, [input.email]);
  return row!.id;
}

async function signInReferent(email: string): Promise<string> {
  await referentSignInHandler(provider)(formPost('/api/referents/connexion', { email }));
  const link = (await mails()).filter((m) => m.template === 'referent_sign_in').at(-1);
  return cookieFrom(await referentSessionHandler(provider)(formPost('/api/referents/session', { jeton: tokenIn(link) })));
}

const review = (fields: Record<string, unknown>, cookie: string) =>
  applicationReviewHandler(provider)(formPost('/api/referents/candidature', fields, { cookie }));

function approval(id: string, overrides: Record<string, unknown> = {}) {
  const input = makeApplicationInput();
  return {
    id,
    decision: 'valider',
    charterCheckedOn: '2026-11-01',
    criminalRecordCheckedOn: '2026-11-01',
    displayName: input.displayName,
    jobTitle: input.jobTitle,
    organisation: '',
    presentation: input.presentation,
    careerPath: input.careerPath,
    latitude: '',
    longitude: '',
    ...overrides,
  };
}

async function signInAmbassador(email: string): Promise<string> {
  await manageLinkRequestHandler(provider)(formPost('/api/profil/lien', { email }));
  const link = (await mails()).filter((m) => m.template === 'manage_profile_link').at(-1);
  const response = await profileSessionHandler(provider)(formPost('/api/profil/session', { jeton: tokenIn(link) }));
  expect(response.status).toBe(303);
  expect(response.headers.get('Set-Cookie')).toMatch(
    /^session_ambassadeur=[\w-]{43}; Path=\/api\/profil; HttpOnly; SameSite=Strict; Max-Age=3600; Secure$/,
  );
  return cookieFrom(response);
}

const profileFile = (path: string) => ambassadorSchema.parse(parse(readFileSync(join(root, path), 'utf8')));

describe('referent review', () => {
  it('given a confirmed application meeting minors, when approved without the criminal-record date, then 422 with a message by the field and nothing written', async () => {
    const id = await confirmedApplication();
    const cookie = await signInReferent('claire@example.org');
    const page = await (await applicationReviewHandler(provider)(get(`/api/referents/candidature?id=${id}`, cookie))).text();
    expect(page).toContain('Extrait de casier judiciaire vérifié le');
    const before = (await mails()).length;

    const response = await review(approval(id, { criminalRecordCheckedOn: '' }), cookie);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(fieldErrors(html).criminalRecordCheckedOn).toContain('obligatoire, car la personne interviendra auprès de mineurs');
    expect(parseHtml(html).querySelector('#criminalRecordCheckedOn')?.getAttribute('aria-invalid')).toBe('true');
    expect(await count(`SELECT count(*) AS n FROM applications WHERE status = 'confirmed'`)).toBe(1);
    expect(await count('SELECT count(*) AS n FROM ambassadors')).toBe(0);
    expect((await mails()).length).toBe(before);
  });

  it('given the checks recorded and a corrected text, when approved, then the profile file is written, the dates kept and a welcome mail carries the self-service link', async () => {
    const id = await confirmedApplication();
    const cookie = await signInReferent('claire@example.org');
    const response = await review(approval(id, { displayName: 'Camille Rousseau' }), cookie);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Le profil est publié');

    const path = 'src/content/ambassadors/59/camille-rousseau-technicienne-de-maintenance.yaml';
    const profile = profileFile(path);
    expect(profile).toMatchObject({ displayName: 'Camille Rousseau', homeCommune: '59350', status: 'published', departments: ['59'] });
    expect(readFileSync(join(root, path), 'utf8')).not.toContain('@');
    const [row] = await database().db.query<{
      status: string;
      charter_checked_on: string;
      criminal_record_checked_on: string;
      decided_by: string;
    }>(
      `SELECT status, to_char(charter_checked_on, 'YYYY-MM-DD') AS charter_checked_on, to_char(criminal_record_checked_on, 'YYYY-MM-DD') AS criminal_record_checked_on, decided_by FROM applications WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({
      status: 'approved',
      charter_checked_on: '2026-11-01',
      criminal_record_checked_on: '2026-11-01',
      decided_by: 'claire@example.org',
    });
    const welcome = (await mails()).filter((m) => m.template === 'application_approved');
    expect(welcome.map((m) => m.recipient)).toEqual(['camille.rousseau@example.org']);
    expect(welcome[0]!.text).toContain('https://ambassadeurs.example.org/ambassadeurs/59/camille-rousseau-technicienne-de-maintenance/');
    expect(welcome[0]!.text).toMatch(/\/api\/profil\/session\?jeton=[\w-]{43}/);

    // Decided once: a second decision finds nothing to decide.
    expect((await review(approval(id), cookie)).status).toBe(404);
  });

  it('given an application without position (Geo API unreachable), then the referent must place it inside the Région', async () => {
    const id = await confirmedApplication({ position: '' });
    const cookie = await signInReferent('claire@example.org');
    const missing = await review(approval(id), cookie);
    expect(missing.status).toBe(422);
    expect(fieldErrors(await missing.text()).latitude).toContain('indiquez la latitude et la longitude');
    const outside = await review(approval(id, { latitude: '43.6', longitude: '1.44' }), cookie);
    expect(fieldErrors(await outside.text()).latitude).toContain('hors de la Région Hauts-de-France');
    expect((await review(approval(id, { latitude: '50.6311', longitude: '3.0468' }), cookie)).status).toBe(200);
    expect(profileFile('src/content/ambassadors/59/camille-r-technicienne-de-maintenance.yaml').position).toBe(
      '{"type":"Point","coordinates":[3.0468,50.6311]}',
    );
  });

  it('given a profile with the same name already in the folder, then the new file gets a free name', async () => {
    await deps.content.write('src/content/ambassadors/59/camille-r-technicienne-de-maintenance.yaml', 'x', 'curated');
    const id = await confirmedApplication();
    expect((await review(approval(id), await signInReferent('claire@example.org'))).status).toBe(200);
    expect(existsSync(join(root, 'src/content/ambassadors/59/camille-r-technicienne-de-maintenance-2.yaml'))).toBe(true);
  });

  it('given a referent of another département, then the application is neither shown nor decidable', async () => {
    const id = await confirmedApplication();
    const cookie = await signInReferent('sophie@example.org');
    expect((await applicationReviewHandler(provider)(get(`/api/referents/candidature?id=${id}`, cookie))).status).toBe(404);
    expect((await review(approval(id), cookie)).status).toBe(404);
    expect((await review({ id, decision: 'valider' }, '')).status).toBe(401);
    expect(await count(`SELECT count(*) AS n FROM applications WHERE status = 'confirmed'`)).toBe(1);
  });

  it('given the content store refusing the file, when approved, then nothing is recorded and the referent is told to retry', async () => {
    const id = await confirmedApplication();
    const cookie = await signInReferent('claire@example.org');
    const refusing: ContentWriter = {
      ...deps.content,
      write: async () => {
        throw new ContentWriteError('GitHub : écriture impossible (502)');
      },
    };
    deps = { ...deps, content: refusing };
    const response = await review(approval(id), cookie);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('rien n’a été enregistré');
    expect(await count(`SELECT count(*) AS n FROM applications WHERE status = 'confirmed'`)).toBe(1);
    expect(await count('SELECT count(*) AS n FROM ambassadors')).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE template = 'application_approved'`)).toBe(0);
  });

  it('given a rejection with a reason, then the person is told why, and the application is purged after 30 days', async () => {
    const id = await confirmedApplication();
    const cookie = await signInReferent('claire@example.org');
    const short = await review({ id, decision: 'refuser', reason: 'Non' }, cookie);
    expect(short.status).toBe(422);
    expect(fieldErrors(await short.text()).reason).toContain('Motif : 10 caractères au moins');
    const reason = 'Le réseau accueille des personnes en activité dans la Région ; écrivez-nous pour en parler.';
    expect((await review({ id, decision: 'refuser', reason }, cookie)).status).toBe(200);
    const [mail] = (await mails()).filter((m) => m.template === 'application_rejected');
    expect(mail).toMatchObject({ recipient: 'camille.rousseau@example.org' });
    expect(mail!.text).toContain(reason);

    deps.clock.advance(29 * 86_400_000);
    expect(await purgeRejectedApplications(deps)).toBe(0);
    deps.clock.advance(2 * 86_400_000);
    expect(await purgeRejectedApplications(deps)).toBe(1);
    expect(await count('SELECT count(*) AS n FROM applications')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM consents')).toBe(0);
  });
});

describe('Gérer mon profil', () => {
  async function approvedAmbassador(): Promise<{ id: string; path: string }> {
    const id = await confirmedApplication();
    expect((await review(approval(id), await signInReferent('claire@example.org'))).status).toBe(200);
    return { id, path: 'src/content/ambassadors/59/camille-r-technicienne-de-maintenance.yaml' };
  }

  it('given any address, then the same answer, and a link only to an ambassador', async () => {
    await approvedAmbassador();
    const ask = manageLinkRequestHandler(provider);
    const known = await (await ask(formPost('/api/profil/lien', { email: 'Camille.Rousseau@example.org' }))).text();
    const unknown = await (await ask(formPost('/api/profil/lien', { email: 'personne@example.org' }))).text();
    expect(known).toBe(unknown);
    expect((await mails()).filter((m) => m.template === 'manage_profile_link').map((m) => m.recipient)).toEqual([
      'camille.rousseau@example.org',
    ]);
  });

  it('given the welcome link, when the ambassador edits, pauses, resumes and exports, then the file and the data follow', async () => {
    const { id, path } = await approvedAmbassador();
    const welcome = (await mails()).find((m) => m.template === 'application_approved');
    const cookie = cookieFrom(await profileSessionHandler(provider)(formPost('/api/profil/session', { jeton: tokenIn(welcome) })));
    const space = profileSpaceHandler(provider);
    const page = await (await space(get('/api/profil', cookie))).text();
    expect(page).toContain('Bonjour Camille');
    expect(parseHtml(page).querySelector('input[name="jobTitle"]')?.getAttribute('value')).toBe('Technicienne de maintenance');

    const edit = {
      action: 'modifier',
      displayName: 'Camille R.',
      jobTitle: 'Responsable de maintenance',
      sector: 'I',
      organisation: 'Verrerie du Nord',
      presentation: 'J’encadre une équipe de maintenance dans une usine de verre depuis deux ans.',
      careerPath: 'Bac pro maintenance, BTS en alternance, dix ans de technicienne puis responsable d’équipe.',
      interventions: ['classroom_talk', 'forum'],
      publics: ['high_school', 'adults_retraining'],
      modalities: ['in_person', 'remote'],
      departments: ['59', '62'],
      monthlyCapacity: '4',
      themes: ['job_gender_mix', 'disability_employment'],
      yearlyInterventions: '8',
      schoolPeriodsOnly: 'oui',
    };
    deps.clock.advance(50 * 60_000); // within the one-hour session
    const saved = await space(formPost('/api/profil', edit, { cookie }));
    expect(saved.status).toBe(303);
    expect(profileFile(path)).toMatchObject({
      jobTitle: 'Responsable de maintenance',
      organisation: 'Verrerie du Nord',
      interventions: ['classroom_talk', 'forum'],
      departments: ['59', '62'],
      homeCommune: '59350',
      themes: ['job_gender_mix', 'disability_employment'],
      yearlyInterventions: 8,
      schoolPeriodsOnly: true,
      updatedAt: new Date('2026-11-02'),
    });
    // The workflows apply the yearly volume from the snapshot.
    expect((await database().db.query<{ public: Record<string, unknown> }>('SELECT public FROM ambassadors'))[0]!.public).toMatchObject({
      yearlyInterventions: 8,
      schoolPeriodsOnly: true,
    });
    const shownHtml = await (await space(get('/api/profil', cookie))).text();
    const shown = parseHtml(shownHtml);
    expect(checkedValues(shownHtml, 'themes')).toEqual(['job_gender_mix', 'disability_employment']);
    expect(checkedValues(shownHtml, 'schoolPeriodsOnly')).toEqual(['oui']);
    expect(shown.querySelector('input[name="yearlyInterventions"]')?.getAttribute('value')).toBe('8');
    // Unticked and emptied: the optional fields leave the file.
    const { themes: _t, schoolPeriodsOnly: _s, ...without } = edit;
    expect((await space(formPost('/api/profil', { ...without, yearlyInterventions: '' }, { cookie }))).status).toBe(303);
    expect(Object.keys(profileFile(path))).not.toEqual(expect.arrayContaining(['themes']));
    expect(profileFile(path)).not.toHaveProperty('yearlyInterventions');
    expect(profileFile(path)).not.toHaveProperty('schoolPeriodsOnly');
    await space(formPost('/api/profil', edit, { cookie }));

    const bad = await space(
      formPost('/api/profil', { ...edit, presentation: 'Écrivez-moi : camille@example.org', publics: [] }, { cookie }),
    );
    expect(bad.status).toBe(422);
    expect(Object.keys(fieldErrors(await bad.text()))).toEqual(expect.arrayContaining(['presentation', 'publics']));
    expect(profileFile(path).presentation).toBe(edit.presentation);

    expect((await space(formPost('/api/profil', { action: 'pause' }, { cookie }))).headers.get('Location')).toBe('/api/profil?fait=pause');
    expect(profileFile(path).status).toBe('paused');
    expect(await count('SELECT count(*) AS n FROM ambassadors WHERE paused')).toBe(1);
    await space(formPost('/api/profil', { action: 'reprendre' }, { cookie }));
    expect(profileFile(path).status).toBe('published');

    const exported = await profileExportHandler(provider)(get('/api/profil/donnees', cookie));
    expect(exported.headers.get('Content-Disposition')).toContain('attachment');
    const data = await exported.json();
    expect(data).toMatchObject({
      identite: { prenom: 'Camille', nom: 'Rousseau', email: 'camille.rousseau@example.org' },
      consentements: [{ document: 'charte', version: '2.1' }],
      compte: { enPause: false, demandesParMoisAuPlus: 4 },
      profilPublic: { jobTitle: 'Responsable de maintenance' },
    });
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE subject = $1 AND action = 'data_exported'`, [id])).toBe(1);
  });

  it('given a zone stated at signup and changed in « Gérer mon profil », then the file says it and the database keeps what it covers; a wrong zone changes nothing', async () => {
    const id = await confirmedApplication({ zoneKind: 'commune_radius', departments: [], zoneCommune: 'Lille 59000', zoneRadiusKm: '15' });
    const referent = await signInReferent('claire@example.org');
    const reviewPage = await (await applicationReviewHandler(provider)(get(`/api/referents/candidature?id=${id}`, referent))).text();
    expect(mainText(reviewPage)).toContain('Zone d’interventiondans un rayon de 15 km autour de Lille');
    expect((await review(approval(id), referent)).status).toBe(200);
    const path = 'src/content/ambassadors/59/camille-r-technicienne-de-maintenance.yaml';
    expect(profileFile(path)).toMatchObject({ zoneKind: 'commune_radius', zoneCommune: '59350', zoneRadiusKm: 15, departments: ['59'] });
    const snapshot = async () =>
      (
        await database().db.query<{ public: { departments: string[]; zoneCommunes?: string[] } }>(
          'SELECT public FROM ambassadors WHERE id = $1',
          [id],
        )
      )[0]!.public;
    expect((await snapshot()).zoneCommunes).toEqual(expect.arrayContaining(['59350', '59512', '59599']));
    expect((await snapshot()).zoneCommunes).not.toContain('62041');

    const cookie = await signInAmbassador('camille.rousseau@example.org');
    const space = profileSpaceHandler(provider);
    const page = parseHtml(await (await space(get('/api/profil', cookie))).text());
    expect(page.querySelector('input[name=zoneKind][value=commune_radius]')?.hasAttribute('checked')).toBe(true);
    expect(page.querySelector('input[name=zoneRadiusKm]')?.getAttribute('value')).toBe('15');
    const file = profileFile(path);
    const edit = {
      action: 'modifier',
      displayName: file.displayName,
      jobTitle: file.jobTitle,
      sector: file.sector,
      organisation: '',
      presentation: file.presentation,
      careerPath: file.careerPath,
      interventions: file.interventions,
      publics: file.publics,
      modalities: file.modalities,
      monthlyCapacity: '2',
      zoneKind: 'employment_areas',
      employmentAreas: ['bassin-de-l-artois-demo', 'bassin-d-amiens-demo'],
      zoneCommune: 'Lille 59000',
      zoneRadiusKm: '15',
    };
    expect((await space(formPost('/api/profil', edit, { cookie }))).status).toBe(303);
    const changed = profileFile(path);
    expect(changed).toMatchObject({
      zoneKind: 'employment_areas',
      employmentAreas: ['bassin-de-l-artois-demo', 'bassin-d-amiens-demo'],
      departments: ['62', '80'],
    });
    expect(changed).not.toHaveProperty('zoneRadiusKm');
    expect((await snapshot()).departments).toEqual(['62', '80']);
    expect((await snapshot()).zoneCommunes).toEqual(expect.arrayContaining(['62041', '80021']));

    for (const [wrong, field] of [
      [{ zoneKind: 'commune_radius', zoneRadiusKm: '250' }, 'zoneRadiusKm'],
      [{ zoneKind: 'commune_radius', zoneCommune: 'Nulle-Part 62999' }, 'zoneCommune'],
      [{ employmentAreas: ['bassin-inconnu'] }, 'employmentAreas'],
    ] as const) {
      const refused = await space(formPost('/api/profil', { ...edit, ...wrong }, { cookie }));
      expect(refused.status).toBe(422);
      expect(Object.keys(fieldErrors(await refused.text()))).toEqual([field]);
      expect(profileFile(path)).toEqual(changed);
    }
  });

  it('given an ambassador who adds minors without a criminal-record check, then the edit is refused with the way forward', async () => {
    const id = await confirmedApplication({ publics: ['adults_retraining'] });
    expect((await review(approval(id, { criminalRecordCheckedOn: '' }), await signInReferent('claire@example.org'))).status).toBe(200);
    const cookie = await signInAmbassador('camille.rousseau@example.org');
    const file = profileFile('src/content/ambassadors/59/camille-r-technicienne-de-maintenance.yaml');
    const response = await profileSpaceHandler(provider)(
      formPost(
        '/api/profil',
        {
          action: 'modifier',
          ...file,
          organisation: '',
          publics: ['middle_school'],
          monthlyCapacity: '2',
          homeCommune: undefined,
          position: undefined,
          status: undefined,
          createdAt: undefined,
          updatedAt: undefined,
          type: undefined,
          communes: undefined,
        },
        { cookie },
      ),
    );
    expect(response.status).toBe(422);
    expect(fieldErrors(await response.text()).publics).toContain('doit d’abord vérifier votre extrait de casier judiciaire');
  });

  it('given a signed-in ambassador, when they sign out, then that session is gone and the cookie cleared', async () => {
    await approvedAmbassador();
    const cookie = await signInAmbassador('camille.rousseau@example.org');
    const space = profileSpaceHandler(provider);
    const form = parseHtml(await (await space(get('/api/profil', cookie))).text()).querySelector('form[action="/api/profil/deconnexion"]');
    expect(form?.text).toContain('Se déconnecter');

    const signOut = profileSignOutHandler(provider);
    expect((await signOut(formPost('/api/profil/deconnexion', {}, { cookie, origin: 'https://ailleurs.example' }))).status).toBe(403);
    const response = await signOut(formPost('/api/profil/deconnexion', {}, { cookie }));
    expect(response.status).toBe(200);
    expect(response.headers.get('Set-Cookie')).toBe('session_ambassadeur=; Path=/api/profil; HttpOnly; SameSite=Strict; Max-Age=0; Secure');
    expect(mainText(await response.text())).toContain('Votre session est fermée');
    expect(await count(`SELECT count(*) AS n FROM sessions WHERE kind = 'ambassador'`)).toBe(0);
    // The referent's session, opened earlier in this test, is not touched.
    expect(await count(`SELECT count(*) AS n FROM sessions WHERE kind = 'referent'`)).toBe(1);
    expect((await space(get('/api/profil', cookie))).status).toBe(401);
  });

  it('given a deletion confirmed, then the file and all personal data are gone; only pseudonymous events remain', async () => {
    const { id, path } = await approvedAmbassador();
    const cookie = await signInAmbassador('camille.rousseau@example.org');
    const space = profileSpaceHandler(provider);
    const unconfirmed = await space(formPost('/api/profil', { action: 'supprimer' }, { cookie }));
    expect(unconfirmed.status).toBe(422);
    expect(fieldErrors(await unconfirmed.text()).confirmation).toContain('Cochez la case');
    expect(existsSync(join(root, path))).toBe(true);

    const deleted = await space(formPost('/api/profil', { action: 'supprimer', confirmation: 'oui' }, { cookie }));
    expect(deleted.status).toBe(200);
    expect(await deleted.text()).toContain('Compte supprimé');
    expect(existsSync(join(root, path))).toBe(false);
    for (const table of ['applications', 'ambassadors', 'consents']) {
      expect(await count(`SELECT count(*) AS n FROM ${table}`), table).toBe(0);
    }
    expect(await count(`SELECT count(*) AS n FROM sessions WHERE kind = 'ambassador'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE recipient = 'camille.rousseau@example.org'`)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM link_tokens WHERE subject = $1', [id])).toBe(0);
    const events = await database().db.query<{ action: string; subject: string }>('SELECT action, subject FROM audit_events ORDER BY id');
    expect(events.at(-1)).toEqual({ action: 'account_deleted', subject: id });
    expect(JSON.stringify(events)).not.toMatch(/camille|rousseau|@/i);
    expect((await space(get('/api/profil', cookie))).status).toBe(401);
  });
});

describe('requests in the ambassador’s data', () => {
  it('given a request accepted and a message, then the export holds them, and deleting the account cancels it for the requester', async () => {
    const id = await confirmedApplication();
    expect((await review(approval(id), await signInReferent('claire@example.org'))).status).toBe(200);
    const path = '59/camille-r-technicienne-de-maintenance';
    expect(await submitRequest(deps, makeRequestInput(path, { public: 'high_school' }))).toEqual({ ok: true });
    await confirmRequest(deps, tokenIn((await mails()).find((m) => m.template === 'confirm_request')));
    const link = tokenIn((await mails()).find((m) => m.template === 'request_to_ambassador'));
    await actOnThread(deps, link, 'accept', { slot: '0' });
    await actOnThread(deps, link, 'message', { body: 'À bientôt au lycée !' });

    const cookie = await signInAmbassador('camille.rousseau@example.org');
    const data = await (await profileExportHandler(provider)(get('/api/profil/donnees', cookie))).json();
    expect(data.demandes).toMatchObject([
      { status: 'accepted', requester_name: 'Louise Martin', messages: [{ auteur: 'ambassador', texte: 'À bientôt au lycée !' }] },
    ]);
    expect(JSON.stringify(data.demandes)).not.toContain('louise.martin@example.org');

    await profileSpaceHandler(provider)(formPost('/api/profil', { action: 'supprimer', confirmation: 'oui' }, { cookie }));
    const [left] = await database().db.query<{ recipient: string; attachments: { content: string }[] }>(
      `SELECT recipient, attachments FROM outbox WHERE template = 'request_ambassador_left'`,
    );
    expect(left!.recipient).toBe('louise.martin@example.org');
    expect(Buffer.from(left!.attachments[0]!.content, 'base64').toString('utf8')).toContain('METHOD:CANCEL');
    // The request stays for the figures, cancelled and with nothing personal left.
    const [kept] = await database().db.query<Record<string, unknown>>('SELECT * FROM requests');
    expect(kept).toMatchObject({ status: 'cancelled', ambassador_id: null, requester_name: null, requester_email: null, message: null });
    expect(kept!.anonymised_at).not.toBeNull();
    expect(await count('SELECT count(*) AS n FROM messages')).toBe(0);
  });
});

describe('generated invalid input', () => {
  const wrongValue = fc.oneof(
    fc.constant(''),
    fc.integer(),
    fc.string({ maxLength: 3 }),
    fc.array(fc.string(), { maxLength: 2 }),
    fc.constant('x'.repeat(2000)),
    fc.constant('Appelez-moi au 06 12 34 56 78, je réponds à toutes les demandes.'),
  );
  /** Every message is the French one written for its field, never the library's default. */
  function expectFrenchMessages(html: string): void {
    const messages = Object.values(fieldErrors(html));
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toMatch(/^[A-ZÉ][^:]* : /);
      expect(message).not.toMatch(/Invalid|expected|received/);
    }
  }

  it('given generated wrong approvals, then 422 with a message by each wrong field, and nothing published', async () => {
    const id = await confirmedApplication();
    const cookie = await signInReferent('claire@example.org');
    const fields = ['charterCheckedOn', 'criminalRecordCheckedOn', 'displayName', 'jobTitle', 'presentation', 'careerPath', 'latitude'];
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3 }),
        fc.array(wrongValue, { minLength: 3, maxLength: 3 }),
        async (broken, values) => {
          const input: Record<string, unknown> = approval(id, { latitude: '50.6311', longitude: '3.0468' });
          broken.forEach((field, i) => (input[field] = values[i]));
          const response = await review(input, cookie);
          if (response.status === 200) {
            // A generated value can happen to be valid (a number is a fine display name): then the schema agrees; undo.
            // Compare with what the form post carried: one value per field (the first), as text.
            const posted = Object.entries(input)
              .filter(([k]) => k !== 'id' && k !== 'decision')
              .map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const)
              .filter(([, v]) => v !== undefined)
              .map(([k, v]) => [k, String(v)]);
            expect(approvalSchema.safeParse(Object.fromEntries(posted)).success).toBe(true);
            await database().db.query(
              `DELETE FROM ambassadors; UPDATE applications SET status = 'confirmed'; DELETE FROM outbox WHERE template = 'application_approved'`,
            );
            return;
          }
          expect(response.status).toBe(422);
          expectFrenchMessages(await response.text());
          expect(await count(`SELECT count(*) AS n FROM applications WHERE status = 'confirmed'`)).toBe(1);
          expect(await count('SELECT count(*) AS n FROM ambassadors')).toBe(0);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('given generated wrong profile edits, then 422 with a message by each wrong field, and the file is unchanged', async () => {
    const id = await confirmedApplication();
    expect((await review(approval(id), await signInReferent('claire@example.org'))).status).toBe(200);
    const cookie = await signInAmbassador('camille.rousseau@example.org');
    const path = join(root, 'src/content/ambassadors/59/camille-r-technicienne-de-maintenance.yaml');
    const before = readFileSync(path, 'utf8');
    const input = makeApplicationInput();
    const valid: Record<string, unknown> = Object.fromEntries(
      [
        'displayName',
        'jobTitle',
        'sector',
        'presentation',
        'careerPath',
        'interventions',
        'publics',
        'modalities',
        'departments',
        'monthlyCapacity',
      ].map((f) => [f, input[f]]),
    );
    Object.assign(valid, { themes: ['gender_equality'], yearlyInterventions: '6' });
    const fields = Object.keys(valid);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3 }),
        fc.array(wrongValue, { minLength: 3, maxLength: 3 }),
        async (broken, values) => {
          const edit: Record<string, unknown> = { action: 'modifier', ...valid };
          broken.forEach((field, i) => (edit[field] = values[i]));
          const response = await profileSpaceHandler(provider)(formPost('/api/profil', edit, { cookie }));
          if (response.status === 303) {
            // A generated value can happen to be valid (e.g. "12" as a capacity): put the file back.
            await deps.content.write('src/content/ambassadors/59/camille-r-technicienne-de-maintenance.yaml', before, 'retour');
            return;
          }
          expect(response.status).toBe(422);
          expectFrenchMessages(await response.text());
          expect(readFileSync(path, 'utf8')).toBe(before);
        },
      ),
      { numRuns: 40 },
    );
  });
});
