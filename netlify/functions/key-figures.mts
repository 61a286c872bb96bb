/**
 * GET /chiffres-cles/: the network's public key figures (published ambassadors, requesters
 * registered, interventions done, young people reached, satisfaction per side), by département and
 * school year, computed from the database; counts under 5 read « moins de 5 ». No personal data:
 * cached an hour by browsers and the CDN. 405 for any other method, 503 when the database is down.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { keyFiguresHandler } from '../../src/server/handlers/key-figures.ts';

export default keyFiguresHandler(productionDeps);

// Without the trailing slash: Netlify's router then answers /chiffres-cles and /chiffres-cles/
// (a path written with the slash matches neither, seen with @netlify/dev).
export const config: Config = { path: '/chiffres-cles' };
