/** Decap's config.yml, generated from the vocabularies and settings (see src/cms/config.ts). */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../cms/config';
import { getSettings } from '../../lib/content';
import { buildEnv } from '../../lib/env';

export const GET: APIRoute = async () =>
  new Response(stringify(cmsConfig(await getSettings(), buildEnv)), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
