/**
 * npm run bench:functions [-- --function request-thread]
 * Bundles the functions the way Netlify's build does (@netlify/zip-it-and-ship-it: esbuild
 * for our code, file tracing for node_modules), prints each function's code size and traced
 * dependencies, then runs one bundled function, from its bundle folder, on real Requests
 * against an embedded Postgres: the cold start (import + first answer) and warm answers.
 */
import { NetlifyDB } from '@netlify/database-dev';
import { zipFunctions } from '@netlify/zip-it-and-ship-it';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { function: { type: 'string', default: 'request-thread' } } });
const root = process.cwd();
const out = mkdtempSync(join(tmpdir(), 'functions-'));

const started = performance.now();
const results = await zipFunctions([join(root, 'netlify/functions')], out, {
  archiveFormat: 'none',
  basePath: root,
  // As netlify.toml's [functions] section says.
  config: {
    '*': {
      externalNodeModules: ['@etalab/decoupage-administratif'],
      includedFiles: ['src/content/settings/site.yaml', 'src/content/referents/*.yaml'],
    },
  },
});
console.log(`bundling: ${results.length} functions in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const size = (path: string): number =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((sum, f) => sum + size(join(path, f)), 0) : statSync(path).size;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const result of results.toSorted((a, b) => a.name.localeCompare(b.name))) {
  const dir = join(out, result.name);
  const code = join(dir, 'netlify/functions', `${result.name}.mjs`);
  console.log(`${result.name.padEnd(24)} code ${kb(size(code)).padStart(9)}, traced node_modules ${kb(size(join(dir, 'node_modules')))}`);
}

// One bundled function, run from its own folder as a deployed instance would be.
const db = new NetlifyDB({ logger: () => {} });
process.env.NETLIFY_DB_URL = await db.start();
await db.applyMigrations(join(root, 'netlify/database/migrations'));
const dir = join(out, values.function);
process.chdir(dir);
const request = () => new Request('https://ambassadeurs.example.org/api/demandes/fil?jeton=inconnu');
const coldStart = performance.now();
const module = (await import(join(dir, 'netlify/functions', `${values.function}.mjs`))) as {
  default: (req: Request, context: object) => Promise<Response>;
};
const imported = performance.now();
const first = await module.default(request(), {});
const html = await first.text();
const firstDone = performance.now();
const warm: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  await (await module.default(request(), {})).text();
  warm.push(performance.now() - t);
}
warm.sort((a, b) => a - b);
console.log(
  `${values.function}: import ${(imported - coldStart).toFixed(0)} ms, first answer ${(firstDone - imported).toFixed(0)} ms (HTTP ${first.status}, ${html.length} B, CSP ${first.headers.has('Content-Security-Policy') ? 'oui' : 'non'}), warm p50 ${warm[10]!.toFixed(1)} ms`,
);
await db.stop();
rmSync(out, { recursive: true, force: true });
process.exit(0);
