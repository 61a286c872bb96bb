/**
 * POST /api/inscription/nouveau-lien (email). Sends a new confirmation link when an
 * application still waits for one; the same answer either way.
 */
import type { Config, Context } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { newConfirmationLinkHandler } from '../../src/server/handlers/signup.ts';

const handle = newConfirmationLinkHandler(productionDeps);
export default (req: Request, context: Context) => handle(req, { ip: context.ip });

export const config: Config = { path: '/api/inscription/nouveau-lien' };
