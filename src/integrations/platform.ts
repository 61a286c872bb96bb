/**
 * Wires the parts that are not pages into Astro:
 * - the Decap CMS bundle, served from the npm package (never a CDN) at /admin/;
 * - in development, the Decap local backend (decap-server, port 8081 by default), the Pagefind
 *   index of the last build at /pagefind/ (search works while running `npm start`), and the
 *   migrations of the embedded database, and a reload of the pages when content changes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createConnection } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transform } from 'lightningcss';
import { buildEnv } from '../lib/env.ts';
import { STYLESHEET } from '../lib/navigation.ts';
import { reloadPagesWhenContentStoreChanges } from './content-reload.ts';
import { migrateDevDatabase } from './database.ts';

const require = createRequire(import.meta.url);
const decapDist = join(dirname(require.resolve('decap-cms/package.json')), 'dist');
/** The main bundle, its lazily loaded chunks and its WebAssembly files; not the source maps. */
const isDecapAsset = (name: string) => /^(?:[\w-]+\.)?decap-cms\.js$|\.wasm$/.test(name);

const MIME: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css',
  '.pf_meta': 'application/octet-stream',
};

export function platform(): AstroIntegration {
  let child: ChildProcess | undefined;
  return {
    name: 'ambassadeurs-platform',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        const root = fileURLToPath(new URL('.', `file://${server.config.root}/`));
        server.middlewares.use('/admin/', (req, res, next) => {
          const name = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
          if (name === '') {
            // Static hosts serve /admin/ from public/admin/index.html; Vite only knows the full name.
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            return void createReadStream(join(root, 'public', 'admin', 'index.html')).pipe(res);
          }
          if (!isDecapAsset(name)) return next();
          res.setHeader('Content-Type', MIME[extname(name)] ?? 'application/octet-stream');
          createReadStream(join(decapDist, name))
            .on('error', () => next())
            .pipe(res);
        });
        const pagefindDir = join(root, 'dist', 'pagefind');
        // Two indexes: the profiles' (/pagefind/) and the mini-stage offers' (/pagefind-stages/, issue 11).
        for (const bundle of ['pagefind', 'pagefind-stages']) {
          const bundleDir = join(root, 'dist', bundle);
          server.middlewares.use(`/${bundle}/`, (req, res, next) => {
            const file = normalize(join(bundleDir, (req.url ?? '').split('?')[0]!));
            if (!file.startsWith(bundleDir) || !existsSync(file)) return next();
            res.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
            createReadStream(file).pipe(res);
          });
        }
        if (!existsSync(pagefindDir))
          logger.warn('Pas d’index de recherche : lancez `npm start` (qui construit le site) pour que la recherche fonctionne.');
        reloadPagesWhenContentStoreChanges(server, root);
        void migrateDevDatabase(logger);
        const port = buildEnv.DECAP_SERVER_PORT;
        if (buildEnv.DECAP_SERVER === 'on' && !(await isListening(port))) {
          child = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
            cwd: root,
            // MODE is decap-server's own setting (fs or git); a MODE left by another tool (Vite, Vitest) must not leak in.
            env: { ...process.env, PORT: String(port), MODE: 'fs' },
            stdio: 'ignore',
          });
          logger.info(`CMS : serveur local Decap sur le port ${port}, interface sur /admin/`);
          server.httpServer?.on('close', () => child?.kill());
          process.once('exit', () => child?.kill());
        }
      },
      'astro:build:done': async ({ dir }) => {
        const target = join(fileURLToPath(dir), 'admin');
        await mkdir(target, { recursive: true });
        const files = (await readdir(decapDist)).filter(isDecapAsset);
        await Promise.all(files.map((name) => copyFile(join(decapDist, name), join(target, name))));
        await minifyStylesheet(join(fileURLToPath(dir), STYLESHEET));
      },
    },
  };
}

/**
 * The one stylesheet lives in public/ so that function pages can link it too, and Astro copies
 * public/ as it is: minify the built copy (every page carries it; a profile's budget is 14 KB).
 */
async function minifyStylesheet(file: string): Promise<void> {
  const { code } = transform({ filename: file, code: await readFile(file), minify: true });
  await writeFile(file, code);
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
