/**
 * GET /api/entreprise/membre?jeton=…: a company's contact sees who named the company, with two buttons (issue 11).
 * POST (jeton, decision = confirmer | refuser): once; confirming writes companyConfirmedAt into the person's
 * profile file (content writer), refusing removes the company from it; the person is told by mail.
 * 410 for a link unknown, expired, used or no longer current; 400 without a decision; 403 from another origin.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { companyMemberHandler } from '../../src/server/handlers/companies.ts';

export default answerThenDeliver(companyMemberHandler(productionDeps));

export const config: Config = { path: '/api/entreprise/membre' };
