import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  ambassadors: defineCollection({ loader: glob({ pattern: '*/*.yaml', base: process.env.AMBASSADORS_DIR! }) }),
  // The mini-stage offers (issue 11), when the benchmark generates them: one plain page each, as for profiles.
  offers: defineCollection({ loader: glob({ pattern: '*.yaml', base: process.env.OFFERS_DIR ?? './src/no-offers' }) }),
};
