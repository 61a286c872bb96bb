import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  ambassadors: defineCollection({ loader: glob({ pattern: '*/*.yaml', base: process.env.AMBASSADORS_DIR! }) }),
};
