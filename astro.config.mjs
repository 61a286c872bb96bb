// @ts-check
import netlify from '@netlify/vite-plugin';
import { defineConfig } from 'astro/config';
import { platform } from './src/integrations/platform.ts';
import { serverOnlyReact } from './src/integrations/server-only-react.ts';
import { buildEnv } from './src/lib/env.ts';

export default defineConfig({
  site: buildEnv.URL,
  output: 'static',
  outDir: buildEnv.OUT_DIR,
  // 'ignore': functions answer at /api/… without a final slash; pages are still built as folders.
  trailingSlash: 'ignore',
  // React renders views on the server only (src/views): no page uses a client:* directive, so none ships.
  integrations: [serverOnlyReact(), platform()],
  devToolbar: { enabled: false },
  // Functions (config.path) and an embedded database in `astro dev`, offline; edge functions
  // are off because their runtime would be downloaded.
  vite: { plugins: netlify({ edgeFunctions: { enabled: false } }) },
});
