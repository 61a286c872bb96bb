// @ts-check
import { defineConfig } from 'astro/config';
import { platform } from './src/integrations/platform.ts';
import { buildEnv } from './src/lib/env.ts';

export default defineConfig({
  site: buildEnv.URL,
  output: 'static',
  outDir: buildEnv.OUT_DIR,
  trailingSlash: 'always',
  integrations: [platform()],
  devToolbar: { enabled: false },
});
