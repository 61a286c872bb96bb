/**
 * Development only: an edit saved in the CMS must show on the next page load.
 *
 * Astro 7.3.5 rewrites `.astro/data-store.json` after a content file changes and invalidates
 * its virtual module, but `getCollection()` reads a store that the module runner created once
 * (a singleton in astro/dist/content/data-store.js). Whether that singleton is rebuilt depends on
 * the order of other reloads; about one edit in four kept showing the old text until the next
 * edit (seen in the CMS browser test, with Astro's own invalidation logged). Reloading the
 * server-side module runners once the new store is on disk makes every page read it.
 */
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';

export function reloadPagesWhenContentStoreChanges(server: ViteDevServer, root: string): void {
  const store = join(root, '.astro', 'data-store.json');
  // The folder, not only the file: the store is replaced by a rename, which a watch on the file alone can miss.
  server.watcher.add(join(root, '.astro'));
  const reload = (path: string) => {
    if (path !== store) return;
    // The browser is reloaded by Astro itself; the server-side runners clear their modules on this message.
    for (const [name, environment] of Object.entries(server.environments)) {
      if (name !== 'client') environment.hot.send({ type: 'full-reload', path: '*' });
    }
  };
  server.watcher.on('change', reload);
  server.watcher.on('add', reload);
}
