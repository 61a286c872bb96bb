/**
 * Recognition and nudges (issue F, part 6) on the embedded Postgres with a moved clock: the
 * end-of-school-year thanks go from 1 July to the ambassadors active in the year, each with their
 * own figures, once; the advice goes once to those published for 90 days and never solicited.
 * Both are animation mail: unsubscribe headers, refusals respected, counted on the dashboard.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { animationFigures } from '../src/server/indicators/animation.ts';
import type { RequestDeps } from '../src/server/workflows/requests/deps.ts';
import { sendNeverSolicitedAdvice, sendYearEndThanks } from '../src/server/workflows/animation/recognition.ts';
import { schoolYear } from '../src/lib/period.ts';
import { makeSettings } from './fixtures.ts';
import { insertAmbassador } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { SITE } from './support/http.ts';
import { acceptedRequest, completeAccepted, giveFeedback, sentRequest } from './support/requests.ts';

const database = useTestDatabase();
let deps: RequestDeps & { clock: ReturnType<typeof manualClock> };

beforeEach(async () => {
  await database().db.query(
    `DELETE FROM animation_messages; DELETE FROM animation_opt_outs; DELETE FROM feedback; DELETE FROM messages; DELETE FROM requests;
     DELETE FROM requesters; DELETE FROM outbox; DELETE FROM mail_batches; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM link_tokens`,
  );
  deps = { db: database().db, clock: manualClock('2026-06-08T09:00:00Z'), settings: makeSettings(), siteUrl: SITE, referents: [] };
});

const db = () => database().db;
const moveTo = (iso: string) => deps.clock.advance(new Date(iso).getTime() - deps.clock.now().getTime());
const mails = (template: string) =>
  db().query<{ recipient: string; subject: string; text: string; headers: Record<string, string> }>(
    'SELECT recipient, subject, text, headers FROM outbox WHERE template = $1 ORDER BY recipient',
    [template],
  );

describe('end-of-school-year thanks', () => {
  it('given ambassadors active in the year, then from 1 July each gets one thank-you with their own figures, once', async () => {
    const done = await insertAmbassador(db(), { email: 'a-realise@example.org', displayName: 'Camille' });
    const upcoming = await insertAmbassador(db(), { email: 'b-a-venir@example.org' });
    const idle = await insertAmbassador(db(), { email: 'c-inactif@example.org' });
    const refusing = await insertAmbassador(db(), { email: 'd-refuse@example.org' });
    const first = await acceptedRequest(deps, done.path, { email: 'prof1@example.org', durationMinutes: '90' });
    const second = await acceptedRequest(deps, done.path, { email: 'prof2@example.org', durationMinutes: '60', groupSize: '30' });
    await acceptedRequest(deps, refusing.path, { email: 'prof3@example.org' });
    await completeAccepted(deps);
    await giveFeedback(deps, first.id, 'requester', 5, 25);
    await sentRequest(deps, idle.path, { email: 'prof4@example.org' }); // received, never accepted: not active
    moveTo('2026-06-25T09:00:00Z');
    await acceptedRequest(deps, upcoming.path, { email: 'prof5@example.org' });
    await db().query('UPDATE ambassadors SET animation_opt_out_at = now() WHERE id = $1', [refusing.id]);
    void second;

    moveTo('2026-06-30T21:59:00Z'); // 23:59 in Paris
    expect(await sendYearEndThanks(deps)).toEqual({ skipped: 'not_yet' });
    moveTo('2026-06-30T22:00:00Z'); // midnight, 1 July, in Paris
    expect(await sendYearEndThanks(deps)).toEqual({ sent: 2 });
    const thanks = await mails('animation_thanks');
    expect(thanks.map((m) => m.recipient)).toEqual(['a-realise@example.org', 'b-a-venir@example.org']);
    expect(thanks[0]!.subject).toBe('Merci pour votre engagement en 2025-2026');
    expect(thanks[0]!.text).toContain(
      'Pendant l’année scolaire 2025-2026, vous avez réalisé 2 interventions (2,5\u00a0h en tout) et rencontré 55 jeunes',
    );
    expect(thanks[1]!.text).toContain('vous avez accepté de rencontrer des jeunes. 1 rendez-vous accepté est encore à venir.');
    expect(thanks[0]!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(thanks[0]!.text).toMatch(
      /Ne plus recevoir les messages d’animation : https:\/\/ambassadeurs\.example\.org\/api\/desabonnement\?jeton=/,
    );

    deps.clock.advance(86_400_000);
    expect(await sendYearEndThanks(deps)).toEqual({ skipped: 'already_sent' });
    expect(await mails('animation_thanks')).toHaveLength(2);
    const figures = await animationFigures(db(), { departments: ['59'] }, schoolYear(2025));
    expect(figures.byKind).toEqual([{ key: 'thanks', messages: 1, recipients: 2, sent: 0, bounced: 0 }]);
  });
});

describe('advice to ambassadors never solicited', () => {
  it('given ambassadors published 90 days ago, then the never solicited ones get the advice once, with the guides and their profile', async () => {
    const quiet = await insertAmbassador(db(), { email: 'calme@example.org', slug: 'calme' });
    const asked = await insertAmbassador(db(), { email: 'sollicite@example.org' });
    const recent = await insertAmbassador(db(), { email: 'recent@example.org' });
    const paused = await insertAmbassador(db(), { email: 'pause@example.org', paused: true });
    const refusing = await insertAmbassador(db(), { email: 'refuse@example.org' });
    await db().query(`UPDATE ambassadors SET published_at = '2026-02-01T09:00:00Z' WHERE id <> $1`, [recent.id]);
    await db().query(`UPDATE ambassadors SET published_at = '2026-05-01T09:00:00Z' WHERE id = $1`, [recent.id]);
    await db().query('UPDATE ambassadors SET animation_opt_out_at = now() WHERE id = $1', [refusing.id]);
    await sentRequest(deps, asked.path, { email: 'prof@example.org' });
    void paused;

    expect(await sendNeverSolicitedAdvice(deps)).toEqual({ sent: 1 });
    const [advice] = await mails('animation_nudge');
    expect(advice!.recipient).toBe(quiet.email);
    expect(advice!.text).toContain(`Les guides du réseau aident à préparer une intervention et à répondre à une demande : ${SITE}/guides/`);
    expect(advice!.text).toContain(`${SITE}/ambassadeurs/59/calme/`);
    expect(advice!.headers['List-Unsubscribe']).toMatch(/^<https:\/\/ambassadeurs\.example\.org\/api\/desabonnement\?jeton=[\w-]{43}>$/);

    // Twice the same day, or any day after: once each. The recent one's turn comes at 90 days.
    expect(await sendNeverSolicitedAdvice(deps)).toEqual({ skipped: 'nobody' });
    moveTo('2026-08-01T09:00:00Z');
    expect(await sendNeverSolicitedAdvice(deps)).toEqual({ sent: 1 });
    expect((await mails('animation_nudge')).map((m) => m.recipient)).toEqual([quiet.email, recent.email].sort());
    expect(await sendNeverSolicitedAdvice(deps)).toEqual({ skipped: 'nobody' });
  });
});
