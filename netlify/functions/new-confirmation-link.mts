/**
 * POST /api/inscription/nouveau-lien (email). Sends a new confirmation link when an
 * application still waits for one; the same answer either way.
 */
import type { Config, Context } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { deliverSoon } from '../../src/server/mail/deliver-soon.ts';
import { newConfirmationLinkHandler } from '../../src/server/handlers/signup.ts';

const handle = newConfirmationLinkHandler(productionDeps);
export default async (req: Request, context: Context) => {
  const response = await handle(req, { ip: context.ip });
  if (response.status < 400) deliverSoon(context);
  return response;
};

export const config: Config = { path: '/api/inscription/nouveau-lien' };
