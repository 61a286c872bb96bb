/**
 * POST /api/inscription. Input: the signup form (form post or JSON), same origin only.
 * Effects: application + consent + confirmation mail in one transaction (see
 * src/server/workflows/signup.ts). Answers 202/303, 422 with a message per field, 429, 503.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { signupHandler } from '../../src/server/handlers/signup.ts';

export default answerThenDeliver(signupHandler(productionDeps));

export const config: Config = { path: '/api/inscription' };
