/**
 * <ambassador-directory>: turns the static directory into a live search.
 * Pagefind does the full-text search and the facet counts; the map receives, for each
 * search, the number of matching ambassadors per commune (Pagefind's `commune` filter
 * counts), so that list and map always show the same set.
 */
import { element, loadMapWhenSeen, whenMapReady } from './search-page';
import { loadPagefind, type FilterCounts, type PagefindFilters, type PagefindResult } from './pagefind';
import type { CommuneSelection } from './map';

const PAGE_SIZE = 20;
/** Filters that narrow the results but are not facets of the form. */
const HIDDEN_FILTER = 'commune';
/**
 * « Qui intervient à … ? » (issue 11): `?intervient=<code INSEE>` keeps the ambassadors whose zone
 * covers the commune: the profiles list the communes of a radius or employment areas, or
 * `dep-<code>` for whole départements (src/lib/directory.ts, zoneFilter).
 */
const ZONE_FILTER = 'zone';
const ZONE_PARAM = 'intervient';
/** The département of an INSEE commune code: its first two characters, three overseas (97x). */
const departmentOfCommune = (code: string) => (code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2));

type Labels = Record<'type', Record<string, string>>;

class AmbassadorDirectory extends HTMLElement {
  private form!: HTMLFormElement;
  private query!: HTMLInputElement;
  private list!: HTMLUListElement;
  private status!: HTMLElement;
  private more!: HTMLButtonElement;
  private communeNote!: HTMLElement;
  private labels!: Labels;
  private results: PagefindResult[] = [];
  private shown = 0;
  private sequence = 0;
  private commune: CommuneSelection | undefined;
  /** The commune whose covering ambassadors are asked for (`?intervient=`). */
  private covered: CommuneSelection | undefined;
  private typingTimer: number | undefined;

  connectedCallback(): void {
    this.form = this.querySelector('form')!;
    this.query = this.form.querySelector('input[type=search]')!;
    this.list = this.querySelector('[data-results]')!;
    this.status = this.querySelector('[data-results-status]')!;
    this.more = this.querySelector('[data-more]')!;
    this.communeNote = this.querySelector('[data-active-commune]')!;
    this.labels = JSON.parse(this.dataset.labels ?? '{}') as Labels;

    this.restoreFromUrl();
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    this.query.addEventListener('input', () => {
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
    this.addEventListener('commune-selected', (event) => {
      this.commune = (event as CustomEvent<CommuneSelection>).detail;
      void this.search();
    });
    loadMapWhenSeen(this);
    // Nothing to filter yet: the map may draw every ambassador without waiting for Pagefind.
    if (!this.query.value.trim() && Object.keys(this.filters()).length === 0) whenMapReady(this, (map) => map.show(null));
    void this.search();
  }

  /** What the map shows in a commune's card: the first matching ambassadors there. */
  async communeResults(code: string, limit: number): Promise<{ total: number; items: { url: string; title: string; job: string }[] }> {
    const pagefind = await loadPagefind();
    const term = this.query.value.trim();
    const filters = { ...this.filters(), [HIDDEN_FILTER]: { any: [code] } };
    const response = await pagefind.search(term || null, { filters, ...(term ? {} : { sort: { nom: 'asc' } }) });
    const results = response?.results ?? [];
    const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
    return { total: results.length, items: data.map((d) => ({ url: d.url, title: d.meta.title ?? '', job: d.meta.job ?? '' })) };
  }

  private filters(): PagefindFilters {
    const filters: PagefindFilters = {};
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (filters[box.name] ??= { any: [] }).any.push(box.value);
    }
    if (this.commune) filters[HIDDEN_FILTER] = { any: [this.commune.code] };
    if (this.covered) filters[ZONE_FILTER] = { any: [this.covered.code, `dep-${departmentOfCommune(this.covered.code)}`] };
    return filters;
  }

  private async search(): Promise<void> {
    const sequence = ++this.sequence;
    const term = this.query.value.trim();
    const filters = this.filters();
    this.saveToUrl(term, filters);
    let response;
    try {
      const pagefind = await loadPagefind();
      response = await pagefind.search(term || null, { filters, ...(term ? {} : { sort: { nom: 'asc' } }) });
    } catch {
      this.status.textContent = 'La recherche est momentanément indisponible. Parcourez les listes par département ci-dessous.';
      whenMapReady(this, (map) => map.show(null)); // the map can still show every ambassador
      return;
    }
    if (!response || sequence !== this.sequence) return; // a newer search has started
    this.results = response.results;
    this.shown = 0;
    this.list.replaceChildren();
    await this.showMore(false);
    if (sequence !== this.sequence) return;
    this.updateCounts(response.filters, filters);
    this.updateCommuneNote();
    const n = this.results.length;
    const filtered = term !== '' || Object.keys(filters).length > 0;
    this.status.textContent =
      n === 0
        ? 'Aucun ambassadeur ne correspond à votre recherche. Retirez un filtre ou essayez un autre mot.'
        : `${n} ambassadeur${n > 1 ? 's' : ''}${filtered ? ` correspond${n > 1 ? 'ent' : ''} à votre recherche` : ', par ordre alphabétique'}`;
    const counts = response.filters[HIDDEN_FILTER] ?? {};
    whenMapReady(this, (map) => map.show(filtered ? counts : null));
  }

  private async showMore(moveFocus: boolean): Promise<void> {
    const batch = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    const items = data.map((d) => this.card(d.url, d.meta, d.filters));
    this.list.append(...items);
    this.shown += batch.length;
    this.more.hidden = this.shown >= this.results.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  private card(url: string, meta: Record<string, string>, filters: Record<string, string[]>): HTMLLIElement {
    const item = element('li', 'card result');
    const title = item.appendChild(element('h3'));
    const link = title.appendChild(element('a', '', meta.title ?? ''));
    link.href = url;
    item.appendChild(element('p')).appendChild(element('strong', '', meta.job ?? ''));
    const type = this.labels.type[filters.type?.[0] ?? ''] ?? '';
    item.appendChild(element('p', 'muted', [type, meta.commune].filter(Boolean).join(' · ')));
    if (meta.paused) item.appendChild(element('p')).appendChild(element('span', 'badge', 'En pause'));
    return item;
  }

  /** Result counts next to each value, and how many values are ticked next to each facet's name. */
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
    this.communeNote.hidden = !this.commune && !this.covered;
    this.communeNote.replaceChildren();
    if (this.covered) {
      this.communeNote.append(`Ambassadeurs dont la zone d’intervention couvre ${this.covered.name}. `);
      const clearZone = element('button', 'button secondary', 'Retirer ce filtre');
      clearZone.type = 'button';
      clearZone.addEventListener('click', () => {
        this.covered = undefined;
        void this.search();
        this.query.focus();
      });
      this.communeNote.append(clearZone, ' ');
    }
    if (!this.commune) return;
    this.communeNote.append(`Commune : ${this.commune.name}. `);
    const clear = element('button', 'button secondary', 'Retirer le filtre de commune');
    clear.type = 'button';
    clear.addEventListener('click', () => {
      this.commune = undefined;
      void this.search();
      this.query.focus();
    });
    this.communeNote.append(clear);
  }

  private restoreFromUrl(): void {
    const params = new URLSearchParams(location.search);
    this.query.value = params.get('q') ?? '';
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = params.getAll(box.name).includes(box.value);
    }
    const code = params.get(HIDDEN_FILTER);
    if (code) this.commune = { code, name: params.get('nom-commune') ?? code };
    const covered = params.get(ZONE_PARAM);
    if (covered && /^\d[\dAB]\d{3}$/.test(covered)) this.covered = { code: covered, name: params.get('nom-intervient') ?? covered };
  }

  private saveToUrl(term: string, filters: PagefindFilters): void {
    const params = new URLSearchParams();
    if (term) params.set('q', term);
    for (const [name, { any }] of Object.entries(filters)) if (name !== ZONE_FILTER) for (const value of any) params.append(name, value);
    if (this.commune) params.set('nom-commune', this.commune.name);
    if (this.covered) params.set(ZONE_PARAM, this.covered.code);
    if (this.covered) params.set('nom-intervient', this.covered.name);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }
}

customElements.define('ambassador-directory', AmbassadorDirectory);
