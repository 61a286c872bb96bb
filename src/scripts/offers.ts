/**
 * <offer-search>: turns the static list of mini-stage offers into a live search (issue 11, part 5).
 * Pagefind searches the offers' own index (/pagefind-stages/, never the profiles'); facets by
 * département, public, sector and duration, and `?commune=<code INSEE>` from the map's offer
 * markers. The map (the same element as the directory's, `data-kind="offres"`) receives, for each
 * search, the number of matching offers per commune (Pagefind's `commune` counts), so that list and
 * map show the same offers. Without JavaScript the static list and its pages stay.
 */
import { OFFERS_BUNDLE, OFFER_COMMUNE_FILTER, OFFER_KIND_FILTER } from '../lib/offer-paths';
import { element, loadMapWhenSeen, whenMapReady } from './search-page';
import { loadPagefind, type FilterCounts, type PagefindFilters, type PagefindResult } from './pagefind';

const PAGE_SIZE = 30;

class OfferSearch extends HTMLElement {
  private form: HTMLFormElement | null = null;
  private query: HTMLInputElement | null = null;
  private list!: HTMLUListElement;
  private status!: HTMLElement;
  private more!: HTMLButtonElement;
  private communeNote!: HTMLElement;
  private results: PagefindResult[] = [];
  private shown = 0;
  private sequence = 0;
  private commune: { code: string; name: string } | undefined;
  private typingTimer: number | undefined;

  connectedCallback(): void {
    this.form = this.querySelector('form');
    // Only the first page carries the search form; the further static pages are plain lists.
    if (!this.form) return;
    this.query = this.form.querySelector('input[type=search]');
    this.list = this.querySelector('[data-results]')!;
    this.status = this.querySelector('[data-results-status]')!;
    this.more = this.querySelector('[data-more]')!;
    this.communeNote = this.querySelector('[data-active-commune]')!;
    this.restoreFromUrl();
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    this.query?.addEventListener('input', () => {
      window.clearTimeout(this.typingTimer);
      this.typingTimer = window.setTimeout(() => void this.search(), 250);
    });
    this.form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).type === 'checkbox') void this.search();
    });
    this.form.addEventListener('reset', () => {
      this.commune = undefined;
      window.setTimeout(() => void this.search(), 0);
    });
    this.more.addEventListener('click', () => void this.showMore(true));
    loadMapWhenSeen(this);
    if (!this.query?.value.trim() && Object.keys(this.filters()).length === 0) whenMapReady(this, (map) => map.show(null));
    void this.search();
  }

  private filters(): PagefindFilters {
    const filters: PagefindFilters = {};
    for (const box of this.form!.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (filters[box.name] ??= { any: [] }).any.push(box.value);
    }
    if (this.commune) filters[OFFER_COMMUNE_FILTER] = { any: [this.commune.code] };
    return filters;
  }

  private async search(): Promise<void> {
    const sequence = ++this.sequence;
    const term = this.query?.value.trim() ?? '';
    const filters = this.filters();
    this.saveToUrl(term, filters);
    let response;
    try {
      const pagefind = await loadPagefind(OFFERS_BUNDLE);
      const all = { ...filters, [OFFER_KIND_FILTER.name]: { any: [OFFER_KIND_FILTER.value] } };
      response = await pagefind.search(term || null, { filters: all, ...(term ? {} : { sort: { date: 'asc' } }) });
    } catch {
      this.status.textContent = 'La recherche est momentanément indisponible. Parcourez la liste des offres ci-dessous.';
      return;
    }
    if (!response || sequence !== this.sequence) return;
    this.results = response.results;
    this.shown = 0;
    this.list.replaceChildren();
    // The static page links no longer describe the list once it is a search.
    this.querySelector<HTMLElement>('[data-static-pages]')?.setAttribute('hidden', '');
    await this.showMore(false);
    if (sequence !== this.sequence) return;
    this.updateCounts(response.filters, filters);
    this.updateCommuneNote();
    const n = this.results.length;
    const filtered = term !== '' || Object.keys(filters).length > 0;
    this.status.textContent =
      n === 0
        ? filtered
          ? 'Aucune offre ne correspond à votre recherche. Retirez un filtre ou essayez un autre mot.'
          : 'Aucune offre de mini-stage pour le moment.'
        : `${n} offre${n > 1 ? 's' : ''}${filtered ? ` correspond${n > 1 ? 'ent' : ''} à votre recherche` : ', par date de la prochaine période'}`;
    const counts = response.filters[OFFER_COMMUNE_FILTER] ?? {};
    whenMapReady(this, (map) => map.show(filtered ? counts : null));
  }

  private async showMore(moveFocus: boolean): Promise<void> {
    const batch = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    const items = data.map((d) => card(d.url, d.meta));
    this.list.append(...items);
    this.shown += batch.length;
    this.more.hidden = this.shown >= this.results.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  private updateCounts(counts: FilterCounts, filters: PagefindFilters): void {
    for (const span of this.querySelectorAll<HTMLElement>('[data-facet]')) {
      const [name, value] = span.dataset.facet!.split(':') as [string, string];
      span.textContent = `(${counts[name]?.[value] ?? 0})`;
    }
    for (const span of this.querySelectorAll<HTMLElement>('[data-selected]')) {
      const n = filters[span.dataset.selected!]?.any.length ?? 0;
      span.textContent = n === 0 ? '' : `: ${n} choisi${n > 1 ? 's' : ''}`;
    }
  }

  private updateCommuneNote(): void {
    this.communeNote.hidden = !this.commune;
    this.communeNote.replaceChildren();
    if (!this.commune) return;
    this.communeNote.append(`Commune : ${this.commune.name}. `);
    const clear = element('button', 'button secondary', 'Retirer le filtre de commune');
    clear.type = 'button';
    clear.addEventListener('click', () => {
      this.commune = undefined;
      void this.search();
      this.query?.focus();
    });
    this.communeNote.append(clear);
  }

  private restoreFromUrl(): void {
    const params = new URLSearchParams(location.search);
    if (this.query) this.query.value = params.get('q') ?? '';
    for (const box of this.form!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = params.getAll(box.name).includes(box.value);
    }
    const code = params.get(OFFER_COMMUNE_FILTER);
    if (code && /^\d[\dAB]\d{3}$/.test(code)) this.commune = { code, name: params.get('nom-commune') ?? code };
  }

  private saveToUrl(term: string, filters: PagefindFilters): void {
    const params = new URLSearchParams();
    if (term) params.set('q', term);
    for (const [name, { any }] of Object.entries(filters)) for (const value of any) params.append(name, value);
    if (this.commune) params.set('nom-commune', this.commune.name);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }
}

/** The markup of src/components/OfferCard.astro, from the offer page's Pagefind meta. */
function card(url: string, meta: Record<string, string>): HTMLLIElement {
  const item = element('li', 'card result');
  const link = item.appendChild(element('h3')).appendChild(element('a', '', meta.title ?? ''));
  link.href = url;
  const job = item.appendChild(element('p'));
  job.appendChild(element('strong', '', meta.job ?? ''));
  job.append(` · ${meta.company ?? ''}`);
  item.appendChild(element('p', 'muted', [meta.duration, meta.place].filter(Boolean).join(' · ')));
  item.appendChild(element('p', 'muted', meta.next ?? ''));
  return item;
}

customElements.define('offer-search', OfferSearch);
