/**
 * HTTP side of Resend's webhook: POST only, signed; the raw body is verified before anything is
 * read from it. Logs the event's type only, never an address.
 */
import type { Clock } from '../clock.ts';
import type { Db } from '../db.ts';
import { json, methodNotAllowed, notFound, text, unavailable } from '../http.ts';
import { applyMailEvent, verifiedEvent } from '../mail/webhook.ts';

export function mailEventsHandler(deps: () => Promise<{ db: Db; clock: Clock; secret: string | undefined }>) {
  return async (req: Request): Promise<Response> => {
    if (req.method !== 'POST') return methodNotAllowed('POST');
    try {
      const d = await deps();
      if (!d.secret) return notFound();
      const event = verifiedEvent(d.secret, await req.text(), {
        id: req.headers.get('svix-id'),
        timestamp: req.headers.get('svix-timestamp'),
        signature: req.headers.get('svix-signature'),
      });
      if (!event) return text('Signature invalide.', 400);
      await applyMailEvent(d.db, d.clock, event);
      return json({ recu: true });
    } catch (error) {
      console.error(`mail-events: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}
