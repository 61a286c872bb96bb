/**
 * POST /api/inscription. Input: the signup form (form post or JSON), same origin only.
 * Effects: application + consent + confirmation mail in one transaction (see
 * src/server/workflows/signup.ts). Answers 202/303, 422 with a message per field, 429, 503.
 */
import type { Config, Context } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { deliverSoon } from '../../src/server/mail/deliver-soon.ts';
import { signupHandler } from '../../src/server/handlers/signup.ts';

const handle = signupHandler(productionDeps);
export default async (req: Request, context: Context) => {
  const response = await handle(req, { ip: context.ip });
  if (response.status < 400) deliverSoon(context);
  return response;
};

export const config: Config = { path: '/api/inscription' };
