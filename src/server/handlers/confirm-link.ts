/**
 * A requester's emailed confirmation link (brief W3): GET shows a button (mail scanners follow
 * GET links), POST uses the link. A need's (./needs.ts) and a mini-stage application's
 * (./ministages.ts); what the link does and says is theirs.
 */
import type { ReactElement } from 'react';
import { isSameOrigin, methodNotAllowed, page, readBody, unavailable } from '../http.ts';
import { peekToken, type TokenPurpose } from '../tokens.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db.ts';
import { forbidden } from './link-session.ts';

type Failure = { ok: false; reason: 'unknown' | 'expired' | 'used' };

export interface ConfirmLink<D, R extends { ok: true }> {
  purpose: TokenPurpose;
  /** The page of the GET: a button that posts `jeton` back. */
  button: (token: string) => ReactElement;
  confirm: (deps: D, token: string) => Promise<R | Failure>;
  /** The page once confirmed, and the one of a link that cannot be used (answered 410). */
  done: (result: R) => ReactElement;
  problem: (reason: Failure['reason']) => ReactElement;
  /** Its name in the logs. */
  name: string;
}

export function confirmLinkHandler<D extends { db: Db; clock: Clock }, R extends { ok: true }>(
  deps: () => Promise<D>,
  link: ConfirmLink<D, R>,
) {
  return async (req: Request): Promise<Response> => {
    try {
      const d = await deps();
      if (req.method === 'GET') {
        const token = new URL(req.url).searchParams.get('jeton') ?? '';
        const check = await peekToken(d.db, d.clock, link.purpose, token);
        if (!check.ok) return page(link.problem(check.reason), 410);
        return page(link.button(token));
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return forbidden();
      const body = await readBody(req, []);
      const result = await link.confirm(d, typeof body?.jeton === 'string' ? body.jeton : '');
      if (!result.ok) return page(link.problem(result.reason), 410);
      return page(link.done(result));
    } catch (error) {
      console.error(`${link.name}: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}
