import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/**/*.unit.test.ts'] } },
      // Integration: the built site (`npm test` runs `npm run build` first) and the embedded Postgres.
      { test: { name: 'integration', include: ['tests/**/*.integration.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // A loaded CI machine can take seconds to load Pagefind or a map: poll patiently.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
