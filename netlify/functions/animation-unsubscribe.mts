/**
 * GET /api/desabonnement?jeton=…: the unsubscribe link of an animation mail; shows the choice and a
 * button, changes nothing. POST /api/desabonnement?jeton=… (the button, or a mail client's one-click
 * « List-Unsubscribe=One-Click », from any origin, RFC 8058): the ambassador stops receiving
 * animation mail at once, 200; request mail is never affected. POST action=reabonner (from the
 * site only, else 403): animation mail again. 410 for an unknown or expired link. No session: the
 * link's token is enough.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { unsubscribeHandler } from '../../src/server/handlers/animation.ts';

export default unsubscribeHandler(productionDeps);

export const config: Config = { path: '/api/desabonnement' };
