/** The built site (`dist/`), served by `astro preview` for browser tests. */
import { existsSync } from 'node:fs';
import { preview } from 'astro';

export const DIST = new URL('../../dist/', import.meta.url);

export function assertBuilt(): void {
  if (!existsSync(new URL('pagefind/pagefind.js', DIST))) {
    throw new Error('dist/ ou son index Pagefind manque : lancez `npm run build` avant ces tests (npm test le fait).');
  }
}

export async function serveBuiltSite(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  assertBuilt();
  const server = await preview({
    root: new URL('../../', import.meta.url).pathname,
    logLevel: 'error',
    server: { port, host: '127.0.0.1' },
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
