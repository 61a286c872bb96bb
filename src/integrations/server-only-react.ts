/**
 * @astrojs/react with its server renderer only. Astro builds a renderer's client entry (the
 * React runtime, about 69 KB gzipped) whether or not a page hydrates anything; our views render
 * on the server only (design/views.md), so the client entry is dropped: no React chunk in
 * dist/, and a `client:*` directive fails the build instead of shipping React.
 */
import react from '@astrojs/react';
import type { AstroIntegration } from 'astro';

export function serverOnlyReact(): AstroIntegration {
  const integration = react();
  const setup = integration.hooks['astro:config:setup']!;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (options) =>
        setup({
          ...options,
          addRenderer: (renderer) => {
            const { clientEntrypoint: _client, ...serverOnly } = renderer;
            options.addRenderer(serverOnly);
          },
        }),
    },
  };
}
