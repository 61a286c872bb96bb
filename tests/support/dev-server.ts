/**
 * The main command's dev server (`astro dev`, which starts decap-server) on a throw-away
 * copy of the project, so that a test may save content through the CMS without touching
 * the working tree. The copy shares the packages of node_modules (not its caches) and the last
 * build's Pagefind index.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface DevServer {
  url: string;
  root: string;
  /** What the dev server printed so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopGroup(pid: number): Promise<void> {
  if (!groupAlive(pid)) return;
  process.kill(-pid, 'SIGTERM');
  for (let waited = 0; waited < 5000 && groupAlive(pid); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
}

export async function startDevServerOnCopy(
  port: number,
  decapPort: number,
  env: Record<string, string> = {},
  /** Writes into the copy before the server starts (a test's own content files). */
  prepare?: (root: string) => void,
): Promise<DevServer> {
  const root = mkdtempSync(join(tmpdir(), 'ambassadeurs-dev-'));
  for (const entry of ['src', 'public', 'netlify', 'netlify.toml', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  prepare?.(root);
  // The packages are shared, but not the caches Astro and Vite keep in node_modules (content data
  // store, optimised dependencies): a copy reading the store another build wrote could miss its own edits.
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== '.astro' && entry !== '.vite') symlinkSync(join(ROOT, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  if (existsSync(join(ROOT, 'dist/pagefind'))) cpSync(join(ROOT, 'dist/pagefind'), join(root, 'dist/pagefind'), { recursive: true });

  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      env: { ...cleanEnvironment(), ...env, DECAP_SERVER_PORT: String(decapPort), URL: `http://127.0.0.1:${port}` },
      stdio: ['ignore', openSync(join(root, 'dev.log'), 'w'), openSync(join(root, 'dev.log'), 'a')],
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  // Two minutes: on a loaded machine (several test runs at once) the first start takes over one.
  await waitFor(`${url}/`, 120_000);
  try {
    await waitFor(`http://127.0.0.1:${decapPort}/api/v1`, 30_000, { method: 'POST', body: '{"action":"info"}' });
  } catch (error) {
    console.error(readFileSync(join(root, 'dev.log'), 'utf8'));
    throw error;
  }
  return {
    url,
    root,
    log: () => readFileSync(join(root, 'dev.log'), 'utf8'),
    stop: async () => {
      // The whole group (astro, decap-server, the embedded database), and wait until it is gone:
      // a server left running loads the machine for the next tests.
      if (child.pid) await stopGroup(child.pid);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The environment of a person's shell: without what Vitest and Vite put in process.env (MODE, NODE_ENV, DEV…). */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const leaked = /^(VITEST|VITE_|NODE_ENV$|MODE$|DEV$|PROD$|SSR$|BASE_URL$|TEST$)/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !leaked.test(key)));
}

async function waitFor(url: string, timeoutMs: number, init?: RequestInit): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { ...init, headers: { 'Content-Type': 'application/json' } });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} ne répond pas après ${timeoutMs} ms`);
}
