/** Where a public profile file lives, and a file name not yet taken in its département's folder. */
import type { ContentWriter } from './writer.ts';
import { slugify } from '../../lib/slug.ts';

export function profilePath(department: string, slug: string): string {
  return `src/content/ambassadors/${department}/${slug}.yaml`;
}

/** `base`, then `base-2`, `base-3`… until neither a file (curated or CMS-made) nor a known ambassador has it. */
export async function uniqueSlug(content: ContentWriter, department: string, text: string, known: ReadonlySet<string>): Promise<string> {
  const base = slugify(text) || 'ambassadeur';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!known.has(slug) && (await content.read(profilePath(department, slug))) === undefined) return slug;
  }
}
