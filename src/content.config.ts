import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ambassadorSchema, employmentAreaSchema, faqSchema, guideSchema, pageSchema, referentSchema, settingsSchema } from './lib/schemas';

import { buildEnv } from './lib/env';
import { eventSchema } from './lib/events';
import { newsSchema } from './lib/news';
import { offerSchema } from './lib/offers';
import { daysAsText } from './lib/offer-directory';
import { z } from 'astro/zod';

const base = (name: string) => `./src/content/${name}`;

export const collections = {
  /** One YAML file per public profile, in a folder per département: `59/<slug>.yaml`. */
  ambassadors: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: buildEnv.AMBASSADORS_DIR }),
    schema: ambassadorSchema,
  }),
  /** « Bassins d'emploi » (issue 11): one YAML file per area, its communes by INSEE code; zones of intervention name them. */
  employmentAreas: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('employment-areas') }), schema: employmentAreaSchema }),
  referents: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('referents') }), schema: referentSchema }),
  guides: defineCollection({ loader: glob({ pattern: '*.md', base: base('guides') }), schema: guideSchema }),
  faq: defineCollection({ loader: glob({ pattern: '*.md', base: base('faq') }), schema: faqSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.md', base: base('pages') }), schema: pageSchema }),
  /** « Actualités »: one Markdown file per news item, `<AAAA-MM-JJ>-<titre>.md`. */
  news: defineCollection({ loader: glob({ pattern: '*.md', base: base('news') }), schema: newsSchema }),
  /** The agenda: one YAML file per event (its confirmed ambassadors are written by the call for ambassadors). */
  events: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('events') }), schema: eventSchema }),
  /** Mini-stage offers (issue 11): one YAML file per offer, `<slug>.yaml`, published by a company ambassador. */
  offers: defineCollection({
    loader: glob({ pattern: '*.yaml', base: buildEnv.OFFERS_DIR }),
    schema: z.preprocess(daysAsText, offerSchema),
  }),
  settings: defineCollection({ loader: glob({ pattern: 'site.yaml', base: base('settings') }), schema: settingsSchema }),
};
