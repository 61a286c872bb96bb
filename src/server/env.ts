/**
 * Runtime configuration of the functions, read from the environment and validated here.
 * Locally everything has a default (mail stays in the outbox, shown by the dev mailbox).
 * Deployed, a missing secret stops the function at once. "Deployed" does not rely on
 * CONTEXT alone (Netlify may not expose it to functions at run time): a database that is
 * not on this machine means a deployed site too.
 */
import { z } from 'astro/zod';

const schema = z.object({
  /** Set by Netlify: production, deploy-preview, branch-deploy or dev. */
  CONTEXT: z.string().default('dev'),
  RESEND_API_KEY: z.string().startsWith('re_', { error: 'RESEND_API_KEY : une clé Resend commence par « re_ ».' }).optional(),
  /** Signing secret of the Resend webhook (bounces and complaints of animation mail); without it, bounces are not reported. */
  RESEND_WEBHOOK_SECRET: z
    .string()
    .startsWith('whsec_', { error: 'RESEND_WEBHOOK_SECRET : un secret de webhook Resend commence par « whsec_ ».' })
    .optional(),
  /** Sender shown in mails, e.g. "Réseau des ambassadeurs métiers <ne-pas-repondre@region.fr>". */
  MAIL_FROM: z.string().min(3).optional(),
  URL: z.url().default('http://localhost:4321'),
  /** Fine-grained GitHub token with "Contents: read and write" on the content repository (profiles written by the workflows). */
  GITHUB_CONTENT_TOKEN: z.string().min(10).optional(),
  /** Repository and branch the workflows write profiles to: the same as the CMS's. */
  CMS_GITHUB_REPO: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, { error: 'CMS_GITHUB_REPO : attendu « propriétaire/dépôt ».' })
    .default('region/reseau-ambassadeurs-metiers'),
  CMS_BRANCH: z.string().default('main'),
  /** Netlify build hook (Site configuration › Build & deploy › Build hooks): the nightly rebuild of the agenda. */
  BUILD_HOOK_URL: z.url({ protocol: /^https$/, error: 'BUILD_HOOK_URL : adresse https:// du build hook attendue.' }).optional(),
  /** Set by Netlify Database in production, by @netlify/vite-plugin locally. */
  NETLIFY_DB_URL: z.string().optional(),
});

export type RuntimeEnv = z.output<typeof schema> & { deployed: boolean };

const REQUIRED_WHEN_DEPLOYED = ['RESEND_API_KEY', 'MAIL_FROM', 'GITHUB_CONTENT_TOKEN'] as const;

export function readRuntimeEnv(source: Record<string, string | undefined> = process.env): RuntimeEnv {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new Error(`Configuration invalide :\n${result.error.issues.map((i) => `- ${i.path.join('.')} : ${i.message}`).join('\n')}`);
  }
  const { CONTEXT, NETLIFY_DB_URL } = result.data;
  const remoteDatabase = NETLIFY_DB_URL !== undefined && !/@(localhost|127\.0\.0\.1)[:/]/.test(NETLIFY_DB_URL);
  const deployed = ['production', 'deploy-preview', 'branch-deploy'].includes(CONTEXT) || remoteDatabase;
  const missing = deployed ? REQUIRED_WHEN_DEPLOYED.filter((name) => !result.data[name]) : [];
  if (missing.length > 0) throw new Error(`Configuration de production incomplète : ${missing.join(', ')} manquant(s).`);
  return { ...result.data, deployed };
}
