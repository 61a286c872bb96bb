/**
 * The two steps every passwordless space shares (referents, ambassadors): a form posts an
 * address and a link is mailed if the address is known, with the same answer either way;
 * the link opens a page whose button (POST) uses it once and sets an HttpOnly session cookie.
 */
import type { Clock } from '../clock.ts';
import type { Db } from '../db.ts';
import { createElement } from 'react';
import { messagePage, page, isSameOrigin, methodNotAllowed, readBody, seeOther, unavailable } from '../http.ts';
import { resendLatestLink, type LinkMail } from '../link-resend.ts';
import { LINK_REQUEST_LIMITS, checkAddressRequest } from '../rate-limit.ts';
import { clearedCookieHeader, closeSession, cookieValue, sessionCookieHeader, type SessionKind } from '../sessions.ts';
import { peekToken, type TokenCheck, type TokenPurpose } from '../tokens.ts';
import { LinkButtonPage, LinkUnusablePage, SignInRequiredPage, SignedOutPage } from '../../views/shared/LinkPages.tsx';

interface BaseDeps {
  db: Db;
  clock: Clock;
}

export function forbidden(): Response {
  return messagePage('Envoi refusé', ['La demande doit être envoyée depuis le site du réseau.'], 403);
}

/**
 * POST (email): `send` mails a link when the address is known; the page says the same either way.
 * Limits (src/server/rate-limit.ts): per address and client, per client, per address whoever
 * asks. Over the last one only, the latest still-valid link is sent again (src/server/link-resend.ts),
 * so that strangers posting an address cannot keep its owner out.
 */
export function linkRequestHandler<D extends BaseDeps>(
  deps: () => Promise<D>,
  {
    name,
    send,
    answer,
    linkMail,
  }: { name: string; send: (d: D, email: string) => Promise<void>; answer: string; linkMail: (d: D) => LinkMail },
) {
  return async (req: Request, context: { ip?: string } = {}): Promise<Response> => {
    if (req.method !== 'POST') return methodNotAllowed('POST');
    if (!isSameOrigin(req)) return forbidden();
    const body = await readBody(req, []);
    const email = typeof body?.email === 'string' ? body.email.trim() : '';
    try {
      const d = await deps();
      const check = email
        ? await checkAddressRequest(d.db, d.clock, { name, ...LINK_REQUEST_LIMITS }, { address: email, ip: context.ip })
        : undefined;
      if (check?.ok) await send(d, email);
      else if (check?.over === 'address') await resendLatestLink(d.db, d.clock, { name, address: email, mail: linkMail(d) });
      return messagePage('Demande reçue', [answer]);
    } catch (error) {
      console.error(`${name}: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

export interface SessionSpace<D> {
  name: string;
  kind: SessionKind;
  purpose: TokenPurpose;
  open: (d: D, token: string) => Promise<{ ok: true; cookie: string } | Extract<TokenCheck, { ok: false }>>;
  cookie: { name: string; path: string; maxAgeMs: number };
  /** Where the session lands after the button. */
  landing: string;
  title: string;
  button: string;
  /** Where to ask for a new link. */
  newLinkPage: string;
}

/** GET shows a button (mail scanners follow GET links); POST uses the link and sets the session cookie. */
export function sessionFromLinkHandler<D extends BaseDeps>(deps: () => Promise<D>, space: SessionSpace<D>) {
  const unusable = () => page(createElement(LinkUnusablePage, { newLinkPage: space.newLinkPage }), 410);
  return async (req: Request): Promise<Response> => {
    try {
      if (req.method === 'GET') {
        const token = new URL(req.url).searchParams.get('jeton') ?? '';
        const d = await deps();
        if (!(await peekToken(d.db, d.clock, space.purpose, token)).ok) return unusable();
        const action = new URL(req.url).pathname;
        return page(createElement(LinkButtonPage, { title: space.title, button: space.button, action, token }));
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return forbidden();
      const body = await readBody(req, []);
      const opened = await space.open(await deps(), typeof body?.jeton === 'string' ? body.jeton : '');
      if (!opened.ok) return unusable();
      return seeOther(space.landing, { 'Set-Cookie': sessionCookieHeader(req, { ...space.cookie, value: opened.cookie }) });
    } catch (error) {
      console.error(`${space.name}: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

/** POST (same origin): ends the session, clears the cookie and says so; the same page with no session (another tab signed out). */
export function signOutHandler<D extends BaseDeps>(deps: () => Promise<D>, space: SessionSpace<D>) {
  return async (req: Request): Promise<Response> => {
    if (req.method !== 'POST') return methodNotAllowed('POST');
    if (!isSameOrigin(req)) return forbidden();
    try {
      const d = await deps();
      await closeSession(d.db, space.kind, sessionCookie(req, space));
      return page(createElement(SignedOutPage, { newLinkPage: space.newLinkPage }), 200, {
        'Set-Cookie': clearedCookieHeader(req, space.cookie),
      });
    } catch (error) {
      console.error(`${space.name}-sign-out: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

/** The session cookie's value for a space. */
export function sessionCookie(req: Request, space: Pick<SessionSpace<unknown>, 'cookie'>): string | undefined {
  return cookieValue(req, space.cookie.name);
}

export function signInRequired(newLinkPage: string, who: string): Response {
  return page(createElement(SignInRequiredPage, { newLinkPage, who }), 401);
}
