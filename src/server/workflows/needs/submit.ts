/**
 * A requester describes a need once, without choosing an ambassador: checked like a request
 * (same schema rules, real slots a day ahead, a département of the network), recorded awaiting
 * the requester's confirmation by the link mailed for this very need, unless they are signed in
 * to « Mes demandes » with that address: then it is sent at once (src/server/workflows/needs/dispatch.ts).
 */
import { audit } from '../../audit.ts';
import { enqueueMail } from '../../mail/outbox.ts';
import { confirmNeedMail } from '../../mail/need-templates.ts';
import { issueToken } from '../../tokens.ts';
import { fieldErrors } from '../../../lib/application.ts';
import { needSchema, type NeedInput } from '../../../lib/need.ts';
import { slotsOf, withMinorContactsMasked, type RequestInput } from '../../../lib/request.ts';
import type { RequestDeps } from '../requests/deps.ts';
import { slotErrors } from '../requests/slots.ts';
import type { SubmitOptions } from '../requests/submit.ts';
import { dispatchNeed } from './dispatch.ts';
import { CONFIRM_NEED_PATH } from '../../../views/needs/paths.ts';

export type SubmitNeedResult =
  /** `invited`: a signed-in requester's need, sent at once to that many ambassadors. */
  { ok: true; invited?: number } | { ok: false; errors: Record<string, string> };

export async function submitNeed(deps: RequestDeps, input: unknown, options: SubmitOptions = {}): Promise<SubmitNeedResult> {
  const parsed = needSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const typed = parsed.data;
  const errors: Record<string, string> = {};
  slotErrors(slotsOf(typed), deps.clock, errors);
  if (!deps.settings.departments.includes(typed.department))
    errors.department = `Département : le réseau couvre ${deps.settings.departments.join(', ')}. Pour un autre département, adressez-vous à sa Région.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // Stored and shown as typed, except contact details of a requester under 18, masked in every free text.
  const form: NeedInput = { ...typed, ...withMinorContactsMasked(typed as NeedInput & RequestInput) };
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO needs (status, department, sector, intervention, public, modality, job, form, created_at)
       VALUES ('awaiting_requester_confirmation', $1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [form.department, form.sector ?? null, form.intervention, form.public, form.modality, form.job ?? null, JSON.stringify(form), now],
    );
    const id = row!.id;
    await audit(tx, now, 'demandeur', 'need_submitted', id);
    if (options.signedInRequester?.email.toLowerCase() === form.email.toLowerCase()) {
      return { ok: true, invited: await dispatchNeed(tx, deps, id) };
    }
    const hours = deps.settings.confirmationLinkHours;
    const token = await issueToken(tx, deps.clock, { purpose: 'confirm_need', subject: id, lifetimeMs: hours * 3_600_000 });
    await enqueueMail(
      tx,
      deps.clock,
      confirmNeedMail(
        deps.settings,
        form.email,
        {
          intervention: form.intervention,
          public: form.public,
          requesterName: form.name,
          organisationName: null,
          department: form.department,
        },
        `${deps.siteUrl}${CONFIRM_NEED_PATH}?jeton=${token}`,
        hours,
      ),
    );
    return { ok: true };
  });
}
