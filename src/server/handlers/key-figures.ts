/** HTTP side of the public « Chiffres clés »: GET only, computed from the database, cached an hour (no personal data in it). */
import { createElement } from 'react';
import type { Clock } from '../clock.ts';
import type { Queryable } from '../db.ts';
import { methodNotAllowed, page, publicCache, unavailable } from '../http.ts';
import { publicFigures } from '../indicators/public-figures.ts';
import { KeyFiguresPage } from '../../views/public/KeyFiguresPage.tsx';

export const KEY_FIGURES_CACHE_SECONDS = 3600;

interface Deps {
  db: Queryable;
  clock: Clock;
  settings: { departments: readonly string[] };
}

export function keyFiguresHandler(deps: () => Promise<Deps>) {
  return async (req: Request): Promise<Response> => {
    if (req.method !== 'GET') return methodNotAllowed('GET');
    try {
      const d = await deps();
      const figures = await publicFigures(d.db, d.clock, d.settings.departments);
      return page(createElement(KeyFiguresPage, { figures }), 200, publicCache(KEY_FIGURES_CACHE_SECONDS));
    } catch (error) {
      console.error(`key-figures: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}
