import { describe, expect, it } from 'vitest';
import { readBuildEnv } from '../src/lib/env.ts';
import { readRuntimeEnv } from '../src/server/env.ts';

describe('configuration', () => {
  it('given no variable at all, then the build and the functions run locally with defaults', () => {
    expect(readBuildEnv({})).toMatchObject({
      AMBASSADORS_DIR: './src/content/ambassadors',
      OFFERS_DIR: './src/content/offers',
      DECAP_SERVER_PORT: 8081,
      URL: 'http://localhost:4321',
    });
    const runtime = readRuntimeEnv({});
    expect(runtime.deployed).toBe(false);
    expect(runtime.RESEND_API_KEY).toBeUndefined();
  });

  it('given a deployed site (production context or a remote database) without its secrets, then it fails loudly naming them', () => {
    const missing = 'Configuration de production incomplète : RESEND_API_KEY, MAIL_FROM, GITHUB_CONTENT_TOKEN manquant(s).';
    expect(() => readRuntimeEnv({ CONTEXT: 'production' })).toThrow(missing);
    expect(() => readRuntimeEnv({ NETLIFY_DB_URL: 'postgres://u:p@ep-cool-name.eu-central-1.aws.neon.tech/db' })).toThrow(missing);
    expect(readRuntimeEnv({ NETLIFY_DB_URL: 'postgres://postgres@localhost:39987/postgres' }).deployed).toBe(false);
    expect(() => readRuntimeEnv({ CONTEXT: 'production', RESEND_API_KEY: 're_123', MAIL_FROM: 'Réseau <a@example.org>' })).toThrow(
      'Configuration de production incomplète : GITHUB_CONTENT_TOKEN manquant(s).',
    );
    const deployed = readRuntimeEnv({
      CONTEXT: 'production',
      RESEND_API_KEY: 're_123',
      MAIL_FROM: 'Réseau <a@example.org>',
      GITHUB_CONTENT_TOKEN: 'github_pat_0123456789',
      CMS_GITHUB_REPO: 'region-hdf/ambassadeurs',
    });
    expect(deployed).toMatchObject({ deployed: true, CMS_GITHUB_REPO: 'region-hdf/ambassadeurs', CMS_BRANCH: 'main' });
  });

  it('given a malformed value, then the message names the variable', () => {
    expect(() => readRuntimeEnv({ RESEND_API_KEY: 'abc' })).toThrow(/RESEND_API_KEY : une clé Resend commence par « re_ »/);
    expect(() => readBuildEnv({ CMS_GITHUB_REPO: 'pas un dépôt' })).toThrow(/CMS_GITHUB_REPO/);
  });
});
