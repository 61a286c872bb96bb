/**
 * The reminder two days before an event, to each confirmed ambassador (run hourly by the
 * event-reminders scheduled function). Each reminder is claimed with one conditional UPDATE
 * (FOR UPDATE SKIP LOCKED) in the transaction that queues its mail: one reminder each, even when
 * the job runs twice at once. A confirmation that comes within the two days counts as the reminder.
 */
import { enqueueMails } from '../../mail/outbox.ts';
import { eventReminderMail } from '../../mail/event-call-templates.ts';
import { DAY, REMINDER_DAYS, isOpen, type EventCallDeps } from './deps.ts';
import { pageUrlOf, participationLinks } from './links.ts';

export async function runEventReminders(deps: EventCallDeps): Promise<{ reminders: number }> {
  const now = deps.clock.now();
  const due = deps.events.filter((e) => isOpen(e, now) && e.start.getTime() - now.getTime() <= REMINDER_DAYS * DAY);
  let reminders = 0;
  for (const event of due) {
    reminders += await deps.db.transaction(async (tx) => {
      const rows = await tx.query<{ id: string; email: string; displayName: string }>(
        `WITH claimed AS (
           UPDATE event_invitations SET reminded_at = $2
           WHERE id IN (SELECT id FROM event_invitations WHERE event_id = $1 AND status = 'confirmed' AND reminded_at IS NULL FOR UPDATE SKIP LOCKED)
           RETURNING id, ambassador_id)
         SELECT c.id, a.email, m.public->>'displayName' AS "displayName"
         FROM claimed c JOIN ambassadors m ON m.id = c.ambassador_id JOIN applications a ON a.id = m.id`,
        [event.id, now],
      );
      const manage = await participationLinks(
        tx,
        deps,
        event,
        rows.map((r) => r.id),
      );
      await enqueueMails(
        tx,
        deps.clock,
        rows.map((r, i) =>
          eventReminderMail(deps.settings, r.email, { name: r.displayName, event, pageUrl: pageUrlOf(deps, event), manage: manage[i]! }),
        ),
      );
      return rows.length;
    });
  }
  return { reminders };
}
