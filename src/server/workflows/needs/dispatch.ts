/**
 * A need confirmed by its requester (or made while signed in) is sent: up to NEED_INVITATIONS
 * matching ambassadors each get one ordinary request (status sent, need_id, rank), with their
 * own thread link where they accept, propose other dates or decline, as for a single request.
 * Nobody matches: the need goes to the referents of its département at once, with suggestions.
 * The typed form is then dropped (each request keeps what its ambassador must know).
 */
import { audit } from '../../audit.ts';
import type { Queryable } from '../../db.ts';
import { enqueueMails, type MailToSend } from '../../mail/outbox.ts';
import { needSentMail, needToAmbassadorMail, type NeedSummary } from '../../mail/need-templates.ts';
import type { NeedRow } from '../../records/needs.ts';
import { consumeToken, type TokenCheck } from '../../tokens.ts';
import { NEED_INVITATIONS, type NeedInput } from '../../../lib/need.ts';
import { parseParisDateTime } from '../../../lib/paris-time.ts';
import { isMinorRequester, requesterFacts, slotsOf } from '../../../lib/request.ts';
import type { RequestDeps } from '../requests/deps.ts';
import { summaryOf } from '../requests/summary.ts';
import { threadLink } from '../requests/thread.ts';
import { escalateNeed } from './escalate.ts';
import { matchingAmbassadors } from './matching.ts';
import { REQUESTER_SIGN_IN_PAGE } from '../../../views/requester-space/paths.ts';

/** What a need's mails say of it, from its form. */
export const needSummaryOf = (f: Pick<NeedInput, 'intervention' | 'public' | 'name' | 'organisationName' | 'department'>): NeedSummary => ({
  intervention: f.intervention,
  public: f.public,
  requesterName: f.name,
  organisationName: f.organisationName ?? null,
  department: f.department,
});

/** Sends the need (awaiting confirmation → sent, or unfilled when nobody matches); how many ambassadors it went to. */
export async function dispatchNeed(tx: Queryable, deps: RequestDeps, needId: string): Promise<number> {
  const [need] = await tx.query<NeedRow>('SELECT * FROM needs WHERE id = $1 FOR UPDATE', [needId]);
  if (!need || need.status !== 'awaiting_requester_confirmation' || !need.form) throw new Error('Besoin introuvable');
  const f = need.form;
  const now = deps.clock.now();
  const chosen = await matchingAmbassadors(
    tx,
    deps.clock,
    {
      department: f.department,
      sector: f.sector ?? null,
      job: f.job ?? null,
      intervention: f.intervention,
      public: f.public,
      modality: f.modality,
    },
    { requesterEmail: f.email, limit: NEED_INVITATIONS },
  );
  const facts = requesterFacts(f);
  const starts = JSON.stringify(slotsOf(f).map((s) => parseParisDateTime(s)!.toISOString()));
  const ids: string[] = [];
  for (const [i, ambassador] of chosen.entries()) {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO requests (ambassador_id, status, requester_kind, requester_name, requester_email, requester_role, requester_minor, organisation_name, uai,
         intervention, public, level, group_size, modality, accompanied_by, duration_minutes, slots, message, created_at, sent_at, requester_department,
         requester_slots, requester_situation, requester_sex, requester_age_bracket, need_id, need_rank, counts_in_flow)
       VALUES ($1, 'sent', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, $19, $16, $20, $21, $22, $23, $24, $25)
       RETURNING id`,
      [
        ambassador.id,
        f.requesterKind,
        f.name,
        f.email,
        f.role ?? null,
        isMinorRequester(f),
        f.organisationName ?? null,
        f.uai ?? null,
        f.intervention,
        f.public,
        f.level ?? null,
        f.groupSize,
        f.modality,
        f.accompaniedBy ?? null,
        Number(f.durationMinutes),
        starts,
        f.message,
        now,
        f.department,
        facts.situation,
        facts.sex,
        facts.ageBracket,
        need.id,
        i + 1,
        // The first matched stands for the need in the demand figures until one accepts.
        i === 0,
      ],
    );
    ids.push(row!.id);
  }
  await tx.query(`UPDATE needs SET status = 'sent', sent_at = $2, invited = $3, form = NULL WHERE id = $1`, [need.id, now, chosen.length]);
  await audit(tx, now, 'demandeur', 'need_sent', need.id);
  const summary = needSummaryOf(f);
  if (chosen.length === 0) {
    await escalateNeed(tx, deps, { ...need, status: 'sent', sent_at: now, invited: 0 }, 'nobody', { requester: summary, email: f.email });
    return 0;
  }
  const days = deps.settings.answerDeadlineDays;
  const mails: MailToSend[] = [];
  for (const [i, ambassador] of chosen.entries()) {
    const r = summaryOf(
      { intervention: f.intervention, public: f.public, requester_name: f.name, organisation_name: f.organisationName ?? null },
      ambassador,
    );
    const link = await threadLink(tx, deps, ids[i]!, 'ambassador', ambassador.id);
    mails.push(needToAmbassadorMail(deps.settings, ambassador.email, r, { link, deadlineDays: days, invited: chosen.length }));
  }
  mails.push(
    needSentMail(deps.settings, f.email, summary, {
      invited: chosen.length,
      deadlineDays: days,
      myRequests: `${deps.siteUrl}${REQUESTER_SIGN_IN_PAGE}`,
    }),
  );
  await enqueueMails(tx, deps.clock, mails);
  return chosen.length;
}

/** The requester's link: confirms the address and sends the need; how many ambassadors it went to. */
export async function confirmNeed(
  deps: RequestDeps,
  token: string,
): Promise<(TokenCheck & { ok: true; invited: number }) | Extract<TokenCheck, { ok: false }>> {
  return deps.db.transaction(async (tx) => {
    const check = await consumeToken(tx, deps.clock, 'confirm_need', token);
    if (!check.ok) return check;
    const [row] = await tx.query<{ status: string }>('SELECT status FROM needs WHERE id = $1', [check.subject]);
    if (!row || row.status !== 'awaiting_requester_confirmation') return { ok: false, reason: 'used' };
    return { ...check, invited: await dispatchNeed(tx, deps, check.subject) };
  });
}
