/** The slice of Pagefind's browser API the directory uses (pagefind.js is generated at build). */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
export type PagefindFilters = Record<string, { any: string[] }>;
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindResponse | null>;
  debouncedSearch(
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
    ms?: number,
  ): Promise<PagefindResponse | null>;
}

const loading = new Map<string, Promise<Pagefind>>();

/**
 * Loads an index once: the profiles' (`/pagefind/`, the default) or the mini-stage offers'
 * (`/pagefind-stages/`, a separate index so that neither search sees the other's pages).
 * The URL is kept in a variable so that Vite does not try to bundle it.
 */
export function loadPagefind(bundle = '/pagefind/'): Promise<Pagefind> {
  let loaded = loading.get(bundle);
  if (!loaded) {
    loaded = (async () => {
      const url = `${bundle}pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ baseUrl: '/' });
      await pagefind.init();
      // Loads every filter index now: without it a search only counts the filters it uses,
      // and the facets and the map need the counts of all of them.
      await pagefind.filters();
      return pagefind;
    })();
    loading.set(bundle, loaded);
  }
  return loaded;
}
