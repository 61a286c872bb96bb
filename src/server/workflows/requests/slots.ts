/**
 * The slots a requester or an ambassador types: real dates and times, far enough ahead.
 */
import type { Clock } from '../../clock.ts';
import { parseParisDateTime } from '../../../lib/paris-time.ts';
import { DAY } from './deps.ts';

/** A slot must leave the ambassador time to organise. */
const MIN_NOTICE_MS = DAY;

/** Each slot must be a real date and time, at least a day ahead. */
export function slotErrors(
  slots: readonly string[],
  clock: Clock,
  errors: Record<string, string>,
  field = (i: number) => `slot${i + 1}`,
): Date[] {
  const earliest = clock.now().getTime() + MIN_NOTICE_MS;
  return slots.flatMap((slot, i) => {
    const start = parseParisDateTime(slot);
    if (!start) errors[field(i)] = `Créneau ${i + 1} : cette date n’existe pas.`;
    else if (start.getTime() < earliest) errors[field(i)] = `Créneau ${i + 1} : proposez une date à venir, au moins un jour à l’avance.`;
    return start ? [start] : [];
  });
}
