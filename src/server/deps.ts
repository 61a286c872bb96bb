/** The production collaborators of the workflows: database, clock, settings, site address, content writer. */
import { systemClock } from './clock.ts';
import { fileSystemWriter, gitHubWriter, type ContentWriter } from './content/writer.ts';
import { netlifyDatabase } from './db.ts';
import { readRuntimeEnv } from './env.ts';
import { loadSettings } from './settings.ts';
import { loadReferents } from './referents.ts';
import { loadEvents, type CallEvent } from './events.ts';
import { loadOffers, type Offer } from './offers.ts';
import type { Clock } from './clock.ts';
import type { Db } from './db.ts';
import type { Referent } from './referents.ts';
import type { SettingsData } from '../lib/schemas.ts';

/** What every workflow may receive (each declares the part it uses). */
export interface AppDeps {
  db: Db;
  clock: Clock;
  settings: SettingsData;
  siteUrl: string;
  content: ContentWriter;
}

export async function productionDeps(): Promise<AppDeps> {
  const env = readRuntimeEnv();
  return { db: await netlifyDatabase(), clock: systemClock, settings: loadSettings(), siteUrl: env.URL, content: contentWriter() };
}

/** With the regional team (referents content): sign-in, reviews, escalations. */
export async function referentDeps(): Promise<AppDeps & { referents: readonly Referent[] }> {
  return { ...(await productionDeps()), referents: loadReferents() };
}

/** With the agenda's events too (events content): the call for ambassadors. */
export async function eventCallDeps(): Promise<AppDeps & { referents: readonly Referent[]; events: readonly CallEvent[] }> {
  return { ...(await referentDeps()), events: loadEvents() };
}

/** With the mini-stage offers too (offers content): applications to an offer. */
export async function ministageDeps(): Promise<AppDeps & { referents: readonly Referent[]; offers: readonly Offer[] }> {
  return { ...(await referentDeps()), offers: loadOffers() };
}

/** Deployed: commits through the GitHub API (Netlify then rebuilds). Locally: the working tree. */
function contentWriter(): ContentWriter {
  const env = readRuntimeEnv();
  if (env.deployed && env.GITHUB_CONTENT_TOKEN) {
    return gitHubWriter({ token: env.GITHUB_CONTENT_TOKEN, repo: env.CMS_GITHUB_REPO, branch: env.CMS_BRANCH });
  }
  return fileSystemWriter(process.cwd());
}
