/**
 * POST /api/referents/connexion (email). Sends a sign-in link when the address is a referent's (from the referents content); the same answer for any address.
 */
import type { Config, Context } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { deliverSoon } from '../../src/server/mail/deliver-soon.ts';
import { referentSignInHandler } from '../../src/server/handlers/referents.ts';

const handle = referentSignInHandler(referentDeps);
export default async (req: Request, context: Context) => {
  const response = await handle(req, { ip: context.ip });
  if (response.status < 400) deliverSoon(context);
  return response;
};

export const config: Config = { path: '/api/referents/connexion' };
