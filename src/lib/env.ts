/**
 * Build-time configuration, read from the environment once and validated here.
 * Every variable is optional: the defaults run the demo locally with no configuration.
 */
import { z } from 'astro/zod';

const schema = z.object({
  /** Folder of the ambassador profiles; the benchmark points it at generated profiles. */
  AMBASSADORS_DIR: z.string().default('./src/content/ambassadors'),
  /** Folder of the mini-stage offers (issue 11); the benchmark points it at generated offers. */
  OFFERS_DIR: z.string().default('./src/content/offers'),
  /** Output folder of the build (the benchmark builds elsewhere than dist/). */
  OUT_DIR: z.string().default('./dist'),
  /** GitHub repository edited by the CMS in production, "owner/name". */
  CMS_GITHUB_REPO: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, { error: 'CMS_GITHUB_REPO : attendu « propriétaire/dépôt ».' })
    .default('region/reseau-ambassadeurs-metiers'),
  CMS_BRANCH: z.string().default('main'),
  /** OAuth endpoint for the GitHub backend: Netlify's (default) or a self-hosted OAuth client. */
  CMS_OAUTH_BASE_URL: z.url().optional(),
  /** Port of the Decap local backend (decap-server) started with `npm start`. */
  DECAP_SERVER_PORT: z.coerce.number().int().min(1024).max(65535).default(8081),
  /** `off` to run the dev server without decap-server. */
  DECAP_SERVER: z.enum(['on', 'off']).default('on'),
  /** `off` to start the local database without the demo activity (browser tests that need an empty network). */
  DEMO_ACTIVITY: z.enum(['on', 'off']).default('on'),
  /** Public address of the site (Netlify sets URL). */
  URL: z.url().default('http://localhost:4321'),
});

export type BuildEnv = z.output<typeof schema>;

export function readBuildEnv(source: Record<string, string | undefined> = process.env): BuildEnv {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new Error(`Configuration invalide :\n${result.error.issues.map((i) => `- ${i.path.join('.')} : ${i.message}`).join('\n')}`);
  }
  return result.data;
}

export const buildEnv = readBuildEnv();
