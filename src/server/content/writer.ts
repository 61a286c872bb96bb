/**
 * Where the workflows publish, update and remove public profile files: the file system in
 * development (the dev server shows the change at once) and the GitHub API in production
 * (a commit, which triggers a Netlify build).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';

export interface ContentWriter {
  /** The file's text, or undefined when it does not exist. */
  read(path: string): Promise<string | undefined>;
  /** Creates or replaces the file at `path` (relative to the repository root). */
  write(path: string, content: string, message: string): Promise<void>;
  /** Removes the file; nothing happens when it does not exist. */
  remove(path: string, message: string): Promise<void>;
}

export class ContentWriteError extends Error {
  override name = 'ContentWriteError';
}

/** Only files below src/content/ may be written, and never outside the repository. */
function checkedPath(path: string): string {
  const clean = normalize(path);
  if (!clean.startsWith('src/content/') || clean.includes('..')) throw new ContentWriteError(`Chemin refusé : ${path}`);
  return clean;
}

export function fileSystemWriter(root: string): ContentWriter {
  return {
    async read(path) {
      try {
        return await readFile(join(root, checkedPath(path)), 'utf8');
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async write(path, content) {
      const file = join(root, checkedPath(path));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    },
    async remove(path) {
      await rm(join(root, checkedPath(path)), { force: true });
    },
  };
}

export interface GitHubOptions {
  token: string;
  /** "owner/name" */
  repo: string;
  branch: string;
  apiUrl?: string;
}

/** GitHub's REST "repository contents" endpoints: GET for the blob sha, PUT to write, DELETE. */
export function gitHubWriter({ token, repo, branch, apiUrl = 'https://api.github.com' }: GitHubOptions): ContentWriter {
  const headers = {
    Authorization: `Bearer ${token}`,
    Accept: 'application/vnd.github+json',
    'X-GitHub-Api-Version': '2022-11-28',
    'User-Agent': 'reseau-ambassadeurs-metiers',
  };
  const url = (path: string) => `${apiUrl}/repos/${repo}/contents/${checkedPath(path).split('/').map(encodeURIComponent).join('/')}`;

  async function current(path: string): Promise<{ sha: string; content: string } | undefined> {
    const response = await fetch(`${url(path)}?ref=${encodeURIComponent(branch)}`, { headers });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new ContentWriteError(`GitHub : lecture de ${path} impossible (${response.status})`);
    return (await response.json()) as { sha: string; content: string };
  }
  const currentSha = async (path: string) => (await current(path))?.sha;

  return {
    async read(path) {
      const file = await current(path);
      // The contents API sends files base64-encoded, in lines.
      return file ? Buffer.from(file.content.replace(/\n/g, ''), 'base64').toString('utf8') : undefined;
    },
    async write(path, content, message) {
      const sha = await currentSha(path);
      const response = await fetch(url(path), {
        method: 'PUT',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ message, content: Buffer.from(content, 'utf8').toString('base64'), branch, ...(sha ? { sha } : {}) }),
      });
      if (!response.ok) throw new ContentWriteError(`GitHub : écriture de ${path} impossible (${response.status})`);
    },
    async remove(path, message) {
      const sha = await currentSha(path);
      if (!sha) return;
      const response = await fetch(url(path), {
        method: 'DELETE',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ message, sha, branch }),
      });
      if (!response.ok) throw new ContentWriteError(`GitHub : suppression de ${path} impossible (${response.status})`);
    },
  };
}
