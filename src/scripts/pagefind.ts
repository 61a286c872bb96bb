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

let loading: Promise<Pagefind> | undefined;

/** Loads the index once. The URL is kept in a variable so that Vite does not try to bundle it. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: '/' });
    await pagefind.init();
    // Loads every filter index now: without it a search only counts the filters it uses,
    // and the facets and the map need the counts of all of them.
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}
