/**
 * HTTP side of the attestations of engagement (issue F, part 5): the ambassador's page in their
 * space (GET: the period form and the attestations issued; POST: a new attestation, answered as
 * the printable page), and the public verification page (GET: the form; POST: the code checked).
 * Checks in order: method, origin, input, limits, then the workflow (src/server/workflows/attestation).
 */
import { createElement } from 'react';
import { isSameOrigin, messagePage, methodNotAllowed, page, readBody, unavailable } from '../http.ts';
import { clientKey, withinLimit, type Limit } from '../rate-limit.ts';
import type { Clock } from '../clock.ts';
import type { Queryable } from '../db.ts';
import { attestationChoices, issueAttestation } from '../workflows/attestation/issue.ts';
import { verifyAttestation } from '../workflows/attestation/verify.ts';
import type { SelfServiceDeps } from '../workflows/self-service.ts';
import { forbidden } from './link-session.ts';
import { forAmbassador } from './self-service.ts';
import { AttestationFormPage } from '../../views/attestation/AttestationFormPage.tsx';
import { AttestationPage } from '../../views/attestation/AttestationPage.tsx';
import { NO_SUCH_CODE, VerificationPage } from '../../views/attestation/VerificationPage.tsx';

type Errors = Readonly<Record<string, string>>;

const TOO_MANY_ISSUED = { periode: 'Période : vous avez demandé beaucoup d’attestations en une heure. Réessayez plus tard.' };

async function formPage(d: SelfServiceDeps, ambassadorId: string, errors: Errors = {}, posted: Record<string, unknown> = {}, status = 200) {
  return page(createElement(AttestationFormPage, { ...(await attestationChoices(d, ambassadorId)), errors, posted }), status);
}

/** GET: the attestations page of the space. POST (periode, debut, fin): a new attestation, as a printable page (200), or 422 / 429. */
export function profileAttestationHandler(deps: () => Promise<SelfServiceDeps>) {
  return forAmbassador(deps, 'profile-attestation', async (req, d, account) => {
    if (req.method === 'GET') return formPage(d, account.id);
    if (req.method !== 'POST') return methodNotAllowed('GET, POST');
    if (!isSameOrigin(req)) return forbidden();
    const body = (await readBody(req)) ?? {};
    const result = await issueAttestation(d, account, body);
    if (result.ok) return page(createElement(AttestationPage, { sheet: result.sheet }));
    if ('tooMany' in result) return formPage(d, account.id, TOO_MANY_ISSUED, body, 429);
    return formPage(d, account.id, result.errors, body, 422);
  });
}

/**
 * Per connection (src/server/rate-limit.ts clientKey: an IPv4 address, an IPv6 /64): 10 codes an
 * hour, 30 a day. Every attempt counts, right or wrong, so guessing among 8.5 × 10^11 codes stays
 * out of reach, and a right code past the limit is refused like any other.
 */
export const VERIFICATION_LIMITS: readonly Limit[] = [
  { name: 'attestation-verification-hour', max: 10, windowMs: 3_600_000 },
  { name: 'attestation-verification-day', max: 30, windowMs: 86_400_000 },
];

const TOO_MANY_CHECKS = { code: 'Code de vérification : trop de vérifications depuis votre connexion. Réessayez plus tard.' };

interface VerificationDeps {
  db: Queryable;
  clock: Clock;
}

const verificationPage = (props: Parameters<typeof VerificationPage>[0], status = 200, headers: Record<string, string> = {}) =>
  page(createElement(VerificationPage, props), status, headers);

/** GET: the form. POST (code): what the attestation states and whether it is valid (200), one message for any other code (422), 429 past the limits. */
export function attestationVerificationHandler(deps: () => Promise<VerificationDeps>) {
  return async (req: Request, context: { ip?: string } = {}): Promise<Response> => {
    if (req.method === 'GET') return verificationPage({});
    if (req.method !== 'POST') return methodNotAllowed('GET, POST');
    if (!isSameOrigin(req)) return forbidden();
    const body = await readBody(req);
    if (!body) return messagePage('Envoi refusé', ['Formulaire illisible : rechargez la page et recommencez.'], 400);
    const posted = { code: typeof body.code === 'string' ? body.code.slice(0, 64) : '' };
    try {
      const d = await deps();
      for (const limit of VERIFICATION_LIMITS) {
        if (!(await withinLimit(d.db, d.clock, limit, clientKey(context.ip)))) {
          return verificationPage({ errors: TOO_MANY_CHECKS, posted }, 429, { 'Retry-After': String(limit.windowMs / 1000) });
        }
      }
      const verification = await verifyAttestation(d.db, body.code);
      if (!verification) return verificationPage({ errors: { code: NO_SUCH_CODE }, posted }, 422);
      return verificationPage({ verification, posted });
    } catch (error) {
      console.error(`attestation-verification: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}
