/** What the directory's and the offers' search elements share: building result items, and the map beside the list. */
import type { AmbassadorMap } from './map';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** The map element upgrades when its script has loaded; hand it the latest counts then. */
export function whenMapReady(root: HTMLElement, use: (map: AmbassadorMap) => void): void {
  const map = root.querySelector('ambassador-map') as AmbassadorMap | null;
  if (!map) return;
  if (typeof map.show === 'function') use(map);
  else
    customElements.whenDefined('ambassador-map').then(
      () => use(map),
      () => undefined,
    );
}

/** The map code (Leaflet, clustering) loads only once the map panel of `root` is about to be seen. */
export function loadMapWhenSeen(root: HTMLElement): void {
  const panel = root.querySelector<HTMLElement>('[data-map-panel]');
  if (!panel) return;
  // Already on screen (beside the list on a wide screen): now, not at the observer's first callback, a frame later.
  if (panel.getBoundingClientRect().top < window.innerHeight + 200) {
    void import('./map');
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void import('./map');
    },
    { rootMargin: '200px' },
  );
  observer.observe(panel);
}
