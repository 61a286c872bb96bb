/** Dev pages (mailbox, follow-up clock) exist only on a machine's own database with no mail provider. */
import { readRuntimeEnv } from './env.ts';

export function localOnly(): boolean {
  const env = readRuntimeEnv();
  return !env.deployed && !env.RESEND_API_KEY;
}
