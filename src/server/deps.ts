/** The production collaborators of the workflows: database, clock, settings, site address. */
import { systemClock } from './clock.ts';
import { netlifyDatabase } from './db.ts';
import { readRuntimeEnv } from './env.ts';
import { loadSettings } from './settings.ts';
import { loadReferents } from './referents.ts';
import type { ReferentDeps } from './workflows/referent-session.ts';
import type { SignupDeps } from './workflows/signup.ts';

export async function productionDeps(): Promise<SignupDeps> {
  const env = readRuntimeEnv();
  return { db: await netlifyDatabase(), clock: systemClock, settings: loadSettings(), siteUrl: env.URL };
}

export async function referentDeps(): Promise<ReferentDeps> {
  return { ...(await productionDeps()), referents: loadReferents() };
}
