/**
 * GET /api/demandes/besoin/confirmer?jeton=…: page with a button (mail scanners follow GET links). POST /api/demandes/besoin/confirmer (jeton):
 * confirms this need and sends it to up to five matching ambassadors (one request each, with its mail, and one mail to the requester), or to
 * the referents of its département when nobody matches, in one transaction (src/server/workflows/needs/dispatch.ts). 200, 410 bad link, 503.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { confirmNeedHandler } from '../../src/server/handlers/needs.ts';

export default answerThenDeliver(confirmNeedHandler(referentDeps));

export const config: Config = { path: '/api/demandes/besoin/confirmer' };
