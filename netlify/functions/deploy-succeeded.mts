/**
 * Event function, run by Netlify after each successful deploy. Input: none. Effect: updates
 * the workflows' copy of each published profile (public data, paused) from the profile files
 * bundled with the functions, so that edits made in the CMS apply to requests. Logs counts only.
 */
import { join } from 'node:path';
import { netlifyDatabase } from '../../src/server/db.ts';
import { text } from '../../src/server/http.ts';
import { readProfileFiles, syncDirectory } from '../../src/server/workflows/directory-sync.ts';

export default async (): Promise<Response> => {
  const files = readProfileFiles(join(process.cwd(), 'src/content/ambassadors'));
  const { updated } = await syncDirectory(await netlifyDatabase(), files);
  console.log(`deploy-succeeded: ${updated} profils synchronisés sur ${files.length} fichiers`);
  return text('ok');
};
