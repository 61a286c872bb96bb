/**
 * The content writer: the file system adapter used in development, and the GitHub adapter
 * used in production, against a fake GitHub API on loopback that checks the documented
 * request shapes of the "repository contents" endpoints.
 */
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ContentWriteError, fileSystemWriter, gitHubWriter } from '../src/server/content/writer.ts';

describe('file system writer', () => {
  it('given a profile, then it is written below src/content/, replaced, then removed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'writer-'));
    const writer = fileSystemWriter(root);
    const path = 'src/content/ambassadors/59/camille-r.yaml';
    await writer.write(path, 'displayName: Camille R.\n', 'création');
    await writer.write(path, 'displayName: Camille Ro.\n', 'mise à jour');
    expect(readFileSync(join(root, path), 'utf8')).toBe('displayName: Camille Ro.\n');
    expect(await writer.read(path)).toBe('displayName: Camille Ro.\n');
    await writer.remove(path, 'suppression');
    await writer.remove(path, 'suppression');
    expect(existsSync(join(root, path))).toBe(false);
    expect(await writer.read(path)).toBeUndefined();
    rmSync(root, { recursive: true });
  });

  it('given a path outside the content folder, then it is refused', async () => {
    const writer = fileSystemWriter(tmpdir());
    await expect(writer.write('src/content/../../etc/passwd', 'x', 'm')).rejects.toThrow(ContentWriteError);
    await expect(writer.write('astro.config.mjs', 'x', 'm')).rejects.toThrow('Chemin refusé');
  });
});

interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown> | null;
}
let server: Server;
let apiUrl: string;
let requests: Recorded[] = [];
/** The fake repository: path → blob sha. */
const files = new Map<string, string>();
/** path → content as GitHub returns it: base64 in lines of 60 characters. */
const contents = new Map<string, string>();

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      requests.push({ method: req.method!, url: req.url!, headers: req.headers, body: raw ? JSON.parse(raw) : null });
      const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname.replace('/repos/region/ambassadeurs/contents/', ''));
      const json = (status: number, body: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      };
      if (req.headers.authorization !== 'Bearer ghp_test') return json(401, { message: 'Bad credentials' });
      if (req.method === 'GET') {
        return files.has(path)
          ? json(200, { type: 'file', encoding: 'base64', sha: files.get(path), path, content: contents.get(path) })
          : json(404, { message: 'Not Found' });
      }
      if (req.method === 'PUT') {
        files.set(path, `sha-${requests.length}`);
        const body = JSON.parse(raw) as { content: string };
        contents.set(path, body.content.replace(/(.{60})/g, '$1\n'));
        return json(files.size === 1 ? 201 : 200, { content: { sha: files.get(path) } });
      }
      if (req.method === 'DELETE') {
        files.delete(path);
        return json(200, { commit: {} });
      }
      json(405, {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  requests = [];
  files.clear();
  contents.clear();
});

describe('GitHub writer', () => {
  const path = 'src/content/ambassadors/62/dominique-l-chaudronniere.yaml';

  it('given a new profile, then it reads the branch, then PUTs base64 content with a message and no sha', async () => {
    const writer = gitHubWriter({ token: 'ghp_test', repo: 'region/ambassadeurs', branch: 'main', apiUrl });
    await writer.write(path, 'displayName: Dominique L.\n', 'Profil : publication de dominique-l');
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET /repos/region/ambassadeurs/contents/${path}?ref=main`,
      `PUT /repos/region/ambassadeurs/contents/${path}`,
    ]);
    const put = requests[1]!;
    expect(put.headers).toMatchObject({
      authorization: 'Bearer ghp_test',
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
    });
    expect(put.body).toEqual({
      message: 'Profil : publication de dominique-l',
      content: Buffer.from('displayName: Dominique L.\n').toString('base64'),
      branch: 'main',
    });
  });

  it('given an existing profile, then the update sends its current sha, and removal DELETEs with it', async () => {
    const writer = gitHubWriter({ token: 'ghp_test', repo: 'region/ambassadeurs', branch: 'main', apiUrl });
    await writer.write(path, 'a\n', 'création');
    const sha = files.get(path);
    await writer.write(path, 'b\n', 'mise à jour');
    expect(requests[3]!.body).toMatchObject({ sha, message: 'mise à jour' });
    const current = files.get(path);
    await writer.remove(path, 'suppression');
    expect(requests.at(-1)).toMatchObject({ method: 'DELETE', body: { message: 'suppression', sha: current, branch: 'main' } });
    await writer.remove(path, 'suppression');
    expect(requests.at(-1)!.method).toBe('GET'); // already gone: nothing to delete
  });

  it('given a profile in the repository, then read decodes its content from the branch; a missing file reads as undefined', async () => {
    const writer = gitHubWriter({ token: 'ghp_test', repo: 'region/ambassadeurs', branch: 'main', apiUrl });
    const text =
      'displayName: Dominique L.\npresentation: « Je fabrique des pièces en tôle pour l’industrie ferroviaire, du plan à la soudure. »\n';
    await writer.write(path, text, 'création');
    expect(await writer.read(path)).toBe(text);
    expect(requests.at(-1)!.url).toBe(`/repos/region/ambassadeurs/contents/${path}?ref=main`);
    expect(await writer.read('src/content/ambassadors/62/absent.yaml')).toBeUndefined();
  });

  it('given GitHub refusing the token, then a ContentWriteError names the file and the status', async () => {
    const writer = gitHubWriter({ token: 'bad', repo: 'region/ambassadeurs', branch: 'main', apiUrl });
    await expect(writer.write(path, 'x', 'm')).rejects.toThrow(`GitHub : lecture de ${path} impossible (401)`);
  });
});
