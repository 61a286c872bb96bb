/**
 * The call for ambassadors (issue 10) on the embedded Postgres with a moved clock and a real
 * content writer on a throw-away repository: whom a referent invites, the first yes confirmed
 * within the places (mail with the event's .ics, the event's file lists them), the waiting list
 * and its moves when someone withdraws, the reminder two days before (once), and the links that
 * stop working (answered, event started, event removed, new address).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { eventSchema } from '../src/lib/events.ts';
import { answerInvitation } from '../src/server/workflows/event-call/answer.ts';
import { inviteAmbassadors } from '../src/server/workflows/event-call/invite.ts';
import { runEventReminders } from '../src/server/workflows/event-call/reminders.ts';
import { withdraw } from '../src/server/workflows/event-call/withdraw.ts';
import { eventUid } from '../src/server/calendar.ts';
import { deleteAccount, exportAccount } from '../src/server/workflows/self-service.ts';
import { confirmEmailChange, requestEmailChange } from '../src/server/workflows/self-service/contact.ts';
import { EVENT_ANSWER_PATH, EVENT_PARTICIPATION_PATH } from '../src/views/event-call/paths.ts';
import { insertAmbassador, type AmbassadorFixture } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { EVENT_ID, attachedCalendar, eventCallWorld, eventFile, invitations, linkIn, type EventCallWorld } from './support/event-call.ts';
import { SITE, outbox, tokenIn } from './support/http.ts';
import { parseIcs, propertyOf } from './support/ics.ts';

const database = useTestDatabase();
const DAY = 86_400_000;
let clock: ReturnType<typeof manualClock>;
let world: EventCallWorld;
const db = () => database().db;
const claire = () => world.deps.referents.find((r) => r.email === 'claire@example.org')!;

beforeEach(async () => {
  await db().query(
    `DELETE FROM event_invitations; DELETE FROM event_calls; DELETE FROM requests; DELETE FROM ambassadors; DELETE FROM applications;
     DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM sessions; DELETE FROM audit_events; DELETE FROM email_changes`,
  );
  clock = manualClock('2026-11-02T09:00:00Z');
  world = eventCallWorld(db(), clock);
});

/** Invites the industry (H) ambassadors of the Nord, as Claire would after counting them. */
async function inviteIndustry(expected: number) {
  return inviteAmbassadors(world.deps, claire(), EVENT_ID, { secteur: ['H'], type: [], departement: [], nombre: String(expected) });
}

async function industryOfTheNord(n: number): Promise<AmbassadorFixture[]> {
  const people: AmbassadorFixture[] = [];
  for (let i = 0; i < n; i++) people.push(await insertAmbassador(db(), { sector: 'H', displayName: `Industrie ${i}` }));
  return people;
}

/** The answer link mailed to `email`. */
async function answerToken(email: string): Promise<string> {
  const mail = (await outbox(db())).find((m) => m.template === 'animation_event_invitation' && m.recipient === email);
  return linkIn(mail!.text, EVENT_ANSWER_PATH);
}

async function participationToken(email: string, template: string): Promise<string> {
  const mail = (await outbox(db())).filter((m) => m.template === template && m.recipient === email).at(-1);
  return linkIn(mail!.text, EVENT_PARTICIPATION_PATH);
}

const since = async (before: number) => (await outbox(db())).slice(before).map((m) => `${m.template} → ${m.recipient}`);

describe('inviting ambassadors to an event', () => {
  it('given the Nord’s ambassadors, then only the published, unpaused, industry ones of the Nord are invited, one mail each with yes and no links', async () => {
    const [a, b] = await industryOfTheNord(2);
    await insertAmbassador(db(), { sector: 'H', paused: true, email: 'pause@example.org' });
    await insertAmbassador(db(), { sector: 'J', email: 'sante@example.org' });
    await insertAmbassador(db(), { sector: 'H', department: '62', email: 'arras@example.org' });

    expect(await inviteIndustry(2)).toEqual({ ok: true, invited: 2 });
    const mails = (await outbox(db())).filter((m) => m.template === 'animation_event_invitation');
    expect(mails.map((m) => m.recipient).sort()).toEqual([a!.email, b!.email].sort());
    const text = mails[0]!.text;
    expect(mails[0]!.subject).toBe('Invitation : Forum des métiers de Lille, vendredi 20 novembre 2026, de 09:00 à 17:00');
    expect(text).toContain('Claire V. (Référente du Nord) vous invite');
    expect(text).toContain('2 places pour les ambassadeurs');
    expect(text).toContain(`${SITE}/agenda/${EVENT_ID}/`);
    // The same token behind both answers, and the link's page only shows (tested over HTTP).
    const token = linkIn(text, EVENT_ANSWER_PATH);
    expect(text).toContain(`${EVENT_ANSWER_PATH}?jeton=${token}&reponse=oui`);
    expect(text).toContain(`${EVENT_ANSWER_PATH}?jeton=${token}&reponse=non`);
    expect(mails.every((m) => !m.text.includes('pause@') && !m.html.includes('Fixture'))).toBe(true);
    expect((await invitations(db())).map((i) => i.status)).toEqual(['invited', 'invited']);
  });

  it('given an ambassador who refused animation mail, then they are neither counted nor invited, and each invitation can be refused in one click', async () => {
    const [a] = await industryOfTheNord(1);
    const refusing = await insertAmbassador(db(), { sector: 'H', email: 'refus@example.org' });
    await db().query('UPDATE ambassadors SET animation_opt_out_at = $2 WHERE id = $1', [refusing.id, clock.now()]);
    expect(await inviteIndustry(2)).toEqual({ ok: false, changed: 1 });
    expect(await inviteIndustry(1)).toEqual({ ok: true, invited: 1 });
    const [mail] = await db().query<{ recipient: string; headers: Record<string, string>; batch_id: string | null }>(
      'SELECT recipient, headers, batch_id FROM outbox',
    );
    expect(mail!.recipient).toBe(a!.email);
    expect(mail!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mail!.headers['List-Unsubscribe']).toMatch(/^<https:\/\/.+\/api\/desabonnement\?jeton=[\w-]+>$/);
    expect(mail!.batch_id).not.toBeNull();
  });

  it('given a second invitation with the same choice, then nobody is invited twice and nothing is sent', async () => {
    await industryOfTheNord(2);
    await inviteIndustry(2);
    const before = (await outbox(db())).length;
    expect(await inviteIndustry(0)).toEqual({
      ok: false,
      errors: { formulaire: 'Aucun ambassadeur à inviter avec ces critères : rien n’a été envoyé.' },
    });
    await insertAmbassador(db(), { sector: 'H', email: 'nouveau@example.org' });
    expect(await inviteIndustry(1)).toEqual({ ok: true, invited: 1 });
    expect(await since(before)).toEqual(['animation_event_invitation → nouveau@example.org']);
  });

  it('given a number that changed since the count, a département outside the territory or an event of another, then nothing is written', async () => {
    await industryOfTheNord(3);
    expect(await inviteIndustry(2)).toEqual({ ok: false, changed: 3 });
    expect(await inviteAmbassadors(world.deps, claire(), EVENT_ID, { departement: ['62'], nombre: '3' })).toEqual({
      ok: false,
      errors: { departement: 'Départements : vous pouvez inviter les ambassadeurs de vos départements seulement (59).' },
    });
    const sophie = world.deps.referents.find((r) => r.email === 'sophie@example.org')!;
    expect(await inviteAmbassadors(world.deps, sophie, EVENT_ID, { nombre: '0' })).toEqual({ ok: false, notFound: true });
    expect(await invitations(db())).toEqual([]);
    expect(await outbox(db())).toEqual([]);
    expect((await db().query('SELECT * FROM event_calls')).length).toBe(0);
  });

  it('given the coordinator, then an event of the Nord is open to her for ambassadors of every département', async () => {
    await industryOfTheNord(1);
    await insertAmbassador(db(), { sector: 'H', department: '62', email: 'arras@example.org' });
    const anne = world.deps.referents.find((r) => r.coordinator)!;
    expect(await inviteAmbassadors(world.deps, anne, EVENT_ID, { secteur: ['H'], nombre: '2' })).toEqual({ ok: true, invited: 2 });
  });
});

describe('answers, places and the waiting list', () => {
  it('given 2 places and three yes, then two are confirmed with the event’s .ics and listed in its file, the third waits in position 1', async () => {
    const [a, b, c, d] = await industryOfTheNord(4);
    await inviteIndustry(4);
    const before = (await outbox(db())).length;
    const original = world.fileText();
    const results = [];
    for (const person of [b!, a!, c!]) {
      results.push(await answerInvitation(world.deps, await answerToken(person.email), 'yes'));
      clock.advance(60_000);
    }
    expect(results.map((r) => (r.ok ? ('position' in r ? `${r.outcome} ${r.position}` : r.outcome) : r.problem))).toEqual([
      'confirmed',
      'confirmed',
      'waiting 1',
    ]);
    expect(await answerInvitation(world.deps, await answerToken(d!.email), 'no')).toMatchObject({ ok: true, outcome: 'declined' });
    // One mail per yes, none for the no.
    expect(await since(before)).toEqual([
      `event_confirmed → ${b!.email}`,
      `event_confirmed → ${a!.email}`,
      `event_waiting_list → ${c!.email}`,
    ]);
    const waitingMail = (await outbox(db())).find((m) => m.template === 'event_waiting_list')!;
    expect(waitingMail.text).toContain('vous êtes inscrit sur la liste d’attente, en position 1');

    const calendar = parseIcs(await attachedCalendar(db(), b!.email, 'event_confirmed'));
    expect(propertyOf(calendar, 'METHOD')).toBe('PUBLISH');
    const vevent = calendar.components.find((x) => x.name === 'VEVENT')!;
    expect(propertyOf(vevent, 'UID')).toBe(eventUid({ id: EVENT_ID }, { url: SITE }));
    expect(propertyOf(vevent, 'DTSTART')).toBe('20261120T080000Z');

    // The file keeps what the editor wrote, and lists the confirmed in the order they answered.
    const file = world.file();
    expect(world.fileText().replace(/confirmedAmbassadors:\n(?: {2}- .*\n)+/, '')).toBe(original);
    expect(file.confirmedAmbassadors).toEqual([b!.path, a!.path]);
    expect(file.description).toBe(eventFile().description);
    expect(eventSchema.safeParse(file).success).toBe(true);
    expect(await invitations(db())).toEqual(expect.arrayContaining([expect.objectContaining({ email: d!.email, status: 'declined' })]));
    // The person's data export says where they stand.
    expect((await exportAccount(world.deps, c!.id))?.invitationsAuxEvenements).toEqual([
      { evenement: `${SITE}/agenda/${EVENT_ID}/`, etat: 'En liste d’attente', inviteLe: expect.any(Date), reponduLe: expect.any(Date) },
    ]);
  });

  it('given a confirmed ambassador who withdraws, then the first waiting moves up with the .ics, the file follows, and the link works once', async () => {
    const people = await industryOfTheNord(4);
    await inviteIndustry(4);
    for (const person of people) {
      await answerInvitation(world.deps, await answerToken(person.email), 'yes');
      clock.advance(60_000);
    }
    const [first, second, third, fourth] = people as [AmbassadorFixture, AmbassadorFixture, AmbassadorFixture, AmbassadorFixture];
    const before = (await outbox(db())).length;
    const link = await participationToken(first.email, 'event_confirmed');
    expect(await withdraw(world.deps, link)).toMatchObject({ ok: true, wasConfirmed: true, promoted: 1 });
    expect(await since(before)).toEqual([`event_promoted → ${third.email}`]);
    expect((await outbox(db())).at(-1)!.subject).toBe('Une place s’est libérée : vous participez à Forum des métiers de Lille');
    await attachedCalendar(db(), third.email, 'event_promoted');
    expect(world.file().confirmedAmbassadors).toEqual([second.path, third.path]);
    expect(await withdraw(world.deps, link)).toEqual({ ok: false, problem: 'used' });

    // The last one waiting leaves the list: nobody moves, nothing is mailed, the file stays.
    const text = world.fileText();
    expect(await withdraw(world.deps, await participationToken(fourth.email, 'event_waiting_list'))).toMatchObject({
      ok: true,
      wasConfirmed: false,
      promoted: 0,
    });
    expect(await since(before + 1)).toEqual([]);
    expect(world.fileText()).toBe(text);
    expect(Object.fromEntries((await invitations(db())).map((i) => [i.email, i.status]))).toEqual({
      [first.email]: 'withdrawn',
      [second.email]: 'confirmed',
      [third.email]: 'confirmed',
      [fourth.email]: 'withdrawn',
    });
  });

  it('given a confirmed ambassador who deletes their account, then the first waiting takes the place and the file drops the name', async () => {
    const people = await industryOfTheNord(3);
    await inviteIndustry(3);
    for (const person of people) {
      await answerInvitation(world.deps, await answerToken(person.email), 'yes');
      clock.advance(60_000);
    }
    const [first, second, third] = people as [AmbassadorFixture, AmbassadorFixture, AmbassadorFixture];
    expect(world.file().confirmedAmbassadors).toEqual([first.path, second.path]);
    expect(await deleteAccount(world.deps, first.id)).toEqual({ ok: true });
    // The deleted person's mail goes with their account; the one moved up is told.
    expect((await outbox(db())).filter((m) => m.template === 'event_promoted').map((m) => m.recipient)).toEqual([third.email]);
    expect(world.file().confirmedAmbassadors).toEqual([second.path, third.path]);
    expect(Object.fromEntries((await invitations(db())).map((i) => [i.email, i.status]))).toEqual({
      [second.email]: 'confirmed',
      [third.email]: 'confirmed',
    });
  });

  it('given an ambassador an editor listed by hand, then that place is taken and the name stays in the file', async () => {
    world = eventCallWorld(db(), clock, { [EVENT_ID]: eventFile({ confirmedAmbassadors: ['59/camille-r-infirmiere'] }) });
    const [a, b] = await industryOfTheNord(2);
    await inviteIndustry(2);
    expect(await answerInvitation(world.deps, await answerToken(a!.email), 'yes')).toMatchObject({ outcome: 'confirmed' });
    expect(await answerInvitation(world.deps, await answerToken(b!.email), 'yes')).toMatchObject({ outcome: 'waiting', position: 1 });
    expect(world.file().confirmedAmbassadors).toEqual(['59/camille-r-infirmiere', a!.path]);
  });

  it('given an answer already given, an event started or removed from the agenda, then nothing changes and the link says why', async () => {
    const [a, b, c] = await industryOfTheNord(3);
    await inviteIndustry(3);
    const tokenA = await answerToken(a!.email);
    await answerInvitation(world.deps, tokenA, 'no');
    expect(await answerInvitation(world.deps, tokenA, 'yes')).toEqual({ ok: false, problem: 'used' });
    expect(await answerInvitation(world.deps, 'jeton-invente', 'yes')).toEqual({ ok: false, problem: 'unknown' });
    // A participation link is not an answer link, and the other way round.
    expect(await withdraw(world.deps, await answerToken(b!.email))).toEqual({ ok: false, problem: 'unknown' });

    const removed = { ...world.deps, events: [] };
    expect(await answerInvitation(removed, await answerToken(b!.email), 'yes')).toEqual({ ok: false, problem: 'event_gone' });
    clock.advance(new Date('2026-11-20T08:00:00Z').getTime() - clock.now().getTime());
    expect(await answerInvitation(world.deps, await answerToken(c!.email), 'yes')).toEqual({ ok: false, problem: 'expired' });
    expect((await invitations(db())).map((i) => i.status).sort()).toEqual(['declined', 'invited', 'invited']);
    expect(world.file().confirmedAmbassadors).toBeUndefined();
  });

  it('given an ambassador who changes address, then the event links mailed to the old one stop working', async () => {
    const [a] = await industryOfTheNord(1);
    await inviteIndustry(1);
    const token = await answerToken(a!.email);
    const self = { ...world.deps, referents: [] };
    await requestEmailChange(self, { id: a!.id, email: a!.email, firstName: 'Industrie' }, 'nouvelle@example.org');
    await confirmEmailChange(self, tokenIn((await outbox(db())).find((m) => m.template === 'email_change_link')));
    expect(await answerInvitation(world.deps, token, 'yes')).toEqual({ ok: false, problem: 'unknown' });
  });
});

describe('the reminder two days before', () => {
  it('given confirmed, waiting and withdrawn ambassadors, then each confirmed one gets one reminder, however often the job runs', async () => {
    const people = await industryOfTheNord(4);
    await inviteIndustry(4);
    for (const person of people) await answerInvitation(world.deps, await answerToken(person.email), 'yes');
    const [first, second, third] = people as AmbassadorFixture[];
    await withdraw(world.deps, await participationToken(first!.email, 'event_confirmed')); // the third moves up
    const before = (await outbox(db())).length;

    clock.advance(new Date('2026-11-18T07:00:00Z').getTime() - clock.now().getTime()); // 49 hours before
    expect(await runEventReminders(world.deps)).toEqual({ reminders: 0 });
    clock.advance(2 * 3_600_000);
    const runs = await Promise.all([runEventReminders(world.deps), runEventReminders(world.deps)]);
    expect(runs.reduce((sum, r) => sum + r.reminders, 0)).toBe(2);
    expect((await runEventReminders(world.deps)).reminders).toBe(0);
    expect((await since(before)).sort()).toEqual([`event_reminder → ${second!.email}`, `event_reminder → ${third!.email}`].sort());
    const reminder = (await outbox(db())).at(-1)!;
    expect(reminder.subject).toBe('Rappel : Forum des métiers de Lille, vendredi 20 novembre 2026, de 09:00 à 17:00');
    // Its link is the participation page: a last-minute withdrawal still frees the place.
    expect(reminder.text).toContain(`${EVENT_PARTICIPATION_PATH}?jeton=`);
  });

  it('given a confirmation within the two days, then the confirmation stands for the reminder', async () => {
    const [a] = await industryOfTheNord(1);
    await inviteIndustry(1);
    clock.advance(new Date('2026-11-19T10:00:00Z').getTime() - clock.now().getTime());
    await answerInvitation(world.deps, await answerToken(a!.email), 'yes');
    expect(await runEventReminders(world.deps)).toEqual({ reminders: 0 });
    expect((await invitations(db()))[0]!.reminded_at).not.toBeNull();
    clock.advance(DAY);
    expect(await runEventReminders(world.deps)).toEqual({ reminders: 0 });
  });
});
