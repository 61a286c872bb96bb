/**
 * A page reached by an emailed link on which its holder acts (brief W3): GET opens what the link
 * is for, POST (jeton, action, fields) does one action, limited per link (each mails the other
 * side), then 303 back to the page, which says what was done (only the action's name travels in
 * the address); refused (the record moved on meanwhile): 409; a wrong field: 422 with its message.
 * A request's thread (./requests.ts) and a company's answer to a mini-stage application (./ministages.ts).
 */
import type { ReactElement } from 'react';
import { isSameOrigin, messagePage, methodNotAllowed, page, readBody, seeOther, unavailable } from '../http.ts';
import { withinLimit, type Limit } from '../rate-limit.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db.ts';
import type { ActionResult } from '../workflows/requests/deps.ts';
import { forbidden } from './link-session.ts';

type Failure = { ok: false; reason: 'unknown' | 'expired' | 'used' };

/** What the page shows besides the record: what was done, what was refused, the form sent back with its errors. */
export interface ActionOutcome<A extends string> {
  done?: string | undefined;
  refused?: string | undefined;
  sent?: { action: A; errors: Record<string, string>; posted: Record<string, unknown> } | undefined;
}

export interface ActionLink<D, T, A extends string> {
  path: string;
  /** Each action, and what the page says once it is done. */
  done: Readonly<Record<A, string>>;
  open: (deps: D, token: string) => Promise<T | Failure>;
  act: (deps: D, token: string, action: A, fields: Record<string, unknown>) => Promise<ActionResult>;
  view: (record: T, token: string, outcome: ActionOutcome<A>) => ReactElement;
  problem: (reason: Failure['reason']) => ReactElement;
  limit: Limit;
  /** The page of a link used too often. */
  tooMany: string;
  /** Its name in the logs. */
  name: string;
}

export function actionLinkHandler<D extends { db: Db; clock: Clock }, T extends object, A extends string>(
  deps: () => Promise<D>,
  link: ActionLink<D, T, A>,
) {
  const actions = Object.keys(link.done) as A[];
  const isAction = (value: unknown): value is A => actions.includes(value as A);
  const opened = async (d: D, token: string) => {
    const record = await link.open(d, token);
    return 'ok' in record && record.ok === false ? { failed: (record as Failure).reason } : { record: record as T };
  };
  return async (req: Request): Promise<Response> => {
    try {
      const d = await deps();
      if (req.method === 'GET') {
        const url = new URL(req.url);
        const token = url.searchParams.get('jeton') ?? '';
        const found = await opened(d, token);
        if (!found.record) return page(link.problem(found.failed!), 410);
        const done = url.searchParams.get('fait');
        return page(link.view(found.record, token, { done: isAction(done) ? link.done[done] : undefined }));
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return forbidden();
      const { jeton, action, ...fields } = (await readBody(req, [])) ?? {};
      const token = typeof jeton === 'string' ? jeton : '';
      if (!isAction(action)) return messagePage('Action inconnue', ['Rechargez la page.'], 400);
      if (!(await withinLimit(d.db, d.clock, link.limit, token))) return messagePage('Trop d’envois', [link.tooMany], 429);
      const result = await link.act(d, token, action, fields);
      if (result.ok) return seeOther(`${link.path}?jeton=${encodeURIComponent(token)}&fait=${action}`);
      const found = await opened(d, token);
      if (!found.record) return page(link.problem(found.failed!), 410);
      if ('refused' in result) return page(link.view(found.record, token, { refused: result.refused }), 409);
      return page(link.view(found.record, token, { sent: { action, errors: result.errors, posted: fields } }), 422);
    } catch (error) {
      console.error(`${link.name}: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}
