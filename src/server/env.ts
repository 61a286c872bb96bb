/**
 * Runtime configuration of the functions, read from the environment once and validated
 * here. Locally everything has a default (mail stays in the outbox, shown by the dev
 * mailbox); on Netlify's production context a missing secret stops the function at once.
 */
import { z } from 'astro/zod';

const schema = z.object({
  /** Set by Netlify: production, deploy-preview, branch-deploy or dev. */
  CONTEXT: z.string().default('dev'),
  RESEND_API_KEY: z.string().startsWith('re_', { error: 'RESEND_API_KEY : une clé Resend commence par « re_ ».' }).optional(),
  /** Sender shown in mails, e.g. "Réseau des ambassadeurs métiers <ne-pas-repondre@region.fr>". */
  MAIL_FROM: z.string().min(3).optional(),
  URL: z.url().default('http://localhost:4321'),
});

export type RuntimeEnv = z.output<typeof schema> & { production: boolean };

const REQUIRED_IN_PRODUCTION = ['RESEND_API_KEY', 'MAIL_FROM'] as const;

export function readRuntimeEnv(source: Record<string, string | undefined> = process.env): RuntimeEnv {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new Error(`Configuration invalide :\n${result.error.issues.map((i) => `- ${i.path.join('.')} : ${i.message}`).join('\n')}`);
  }
  const production = result.data.CONTEXT === 'production';
  const missing = production ? REQUIRED_IN_PRODUCTION.filter((name) => !result.data[name]) : [];
  if (missing.length > 0) throw new Error(`Configuration de production incomplète : ${missing.join(', ')} manquant(s).`);
  return { ...result.data, production };
}
