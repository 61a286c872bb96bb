// The bare reference for `npm run bench`: same Astro, same data files, one plain page per profile.
import { defineConfig } from 'astro/config';

export default defineConfig({ output: 'static', trailingSlash: 'always', devToolbar: { enabled: false } });
