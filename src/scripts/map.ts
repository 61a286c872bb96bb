/**
 * <ambassador-map>: Leaflet map of the directory's results, clustered with Supercluster.
 * Points are communes (data file generated at build); each carries the number of
 * ambassadors of the current search there. Markers are keyboard-focusable buttons; a
 * commune's card lists its first ambassadors and can narrow the list to that commune.
 * Without tiles (offline, blocked) the points still show on a plain background.
 *
 * On /stages/ (`data-kind="offres"`, `data-source` the offers' file) the points are the offers'
 * communes, drawn as below, synced with the offers' search.
 * With `data-offers` (issue 11), a second layer shows the communes holding mini-stage offers:
 * square markers labelled « N stages » in words (never told apart by colour alone), shown instead
 * of the ambassadors when the visitor chooses so near the map, each opening the offers of its commune.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';
import Supercluster, { type PointFeature } from 'supercluster';
import { decodeMapFile, type MapCommune, type MapFile } from '../lib/map-data';

export interface CommuneSelection {
  code: string;
  name: string;
}

interface PointProps {
  code: string;
  name: string;
  count: number;
}
type ClusterProps = { count: number };

interface Directory extends HTMLElement {
  communeResults(code: string, limit: number): Promise<{ total: number; items: { url: string; title: string; job: string }[] }>;
}

const CARD_SIZE = 5;

/** « 1 stage », « 3 stages »: the visible label of an offers marker. */
const stagesLabel = (n: number) => `${n} stage${n > 1 ? 's' : ''}`;

/** The mini-stage offers' layer: its own points (/stages/carte.json) and clusters, drawn above the ambassadors'. */
class OfferLayer {
  readonly group = L.layerGroup();
  private index: Supercluster<PointProps, ClusterProps> | undefined;
  private markers = new Map<string, L.Marker>();

  private readonly map: L.Map;
  private readonly source: string;

  constructor(map: L.Map, source: string) {
    this.map = map;
    this.source = source;
  }

  async load(): Promise<void> {
    if (this.index) return;
    const response = await fetch(this.source);
    const communes = decodeMapFile((await response.json()) as MapFile);
    this.index = new Supercluster<PointProps, ClusterProps>({
      extent: 256,
      radius: 56,
      maxZoom: 14,
      map: (p) => ({ count: p.count }),
      reduce: (acc, p) => {
        acc.count += p.count;
      },
    }).load(
      communes.map(({ code, name, latitude, longitude, count }) => ({
        type: 'Feature' as const,
        properties: { code, name, count },
        geometry: { type: 'Point' as const, coordinates: [longitude, latitude] },
      })),
    );
  }

  draw(): void {
    if (!this.index || !this.map.hasLayer(this.group)) return;
    const b = this.map.getBounds();
    const clusters = this.index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.round(this.map.getZoom()));
    const next = new Map<string, L.Marker>();
    for (const feature of clusters) {
      const props = feature.properties as Partial<PointProps> & { cluster?: boolean; cluster_id?: number; count: number };
      const key = `${props.cluster ? `c${props.cluster_id}` : props.code}:${props.count}`;
      next.set(key, this.markers.get(key) ?? offerMarker(this.map, this.index, feature.geometry.coordinates as [number, number], props));
    }
    for (const [key, marker] of this.markers) if (!next.has(key)) this.group.removeLayer(marker);
    for (const [key, marker] of next) if (!this.markers.has(key)) this.group.addLayer(marker);
    this.markers = next;
  }
}

/** An offers marker: a commune's (its card links to its offers) or a group's (a click zooms in). */
function offerMarker(
  map: L.Map,
  index: Supercluster<PointProps, ClusterProps>,
  [lon, lat]: [number, number],
  props: Partial<PointProps> & { cluster?: boolean; cluster_id?: number; count: number },
): L.Marker {
  const count = props.count;
  // The accessible name starts with the visible words (« 2 stages »), then says where.
  const offers = `${count} offre${count > 1 ? 's' : ''} de mini-stage`;
  const label = props.cluster ? `${stagesLabel(count)} : groupe de ${offers}, zoomer` : `${stagesLabel(count)} à ${props.name} : ${offers}`;
  const marker = L.marker([lat, lon], {
    icon: L.divIcon({
      className: 'map-offer',
      html: `<span aria-hidden="true">${stagesLabel(count)}</span>`,
      iconSize: [count < 10 ? 64 : 76, 26],
    }),
    title: label,
    alt: label,
    keyboard: true,
    zIndexOffset: 1000,
  });
  marker.on('add', () => {
    const el = marker.getElement();
    el?.setAttribute('role', 'button');
    el?.setAttribute('aria-label', label);
  });
  if (props.cluster) {
    const zoom = index.getClusterExpansionZoom(props.cluster_id!);
    marker.on('click', () => map.flyTo([lat, lon], zoom));
  } else {
    marker.bindPopup(() => offerCard(props.code!, props.name!, count), { maxWidth: 280 });
  }
  return marker;
}

/** An offers marker's card: how many, and the link to the list of offers filtered on the commune. */
function offerCard(code: string, name: string, count: number): HTMLElement {
  const card = document.createElement('div');
  card.className = 'map-card';
  const heading = card.appendChild(document.createElement('h3'));
  heading.textContent = `${name} : ${count} offre${count > 1 ? 's' : ''} de mini-stage`;
  const link = card.appendChild(document.createElement('p')).appendChild(document.createElement('a'));
  link.href = `/stages/?commune=${encodeURIComponent(code)}&nom-commune=${encodeURIComponent(name)}`;
  link.textContent = count > 1 ? `Voir les ${count} offres à ${name}` : `Voir l’offre à ${name}`;
  return card;
}

export class AmbassadorMap extends HTMLElement {
  private map: L.Map | undefined;
  private layer = L.layerGroup();
  private markers = new Map<string, L.Marker>();
  private communes: MapCommune[] = [];
  private index: Supercluster<PointProps, ClusterProps> | undefined;
  /** The last counts received; undefined until the directory's first search answers. */
  private pending: Record<string, number> | null | undefined;
  private ready = false;
  private offers: OfferLayer | undefined;

  async connectedCallback(): Promise<void> {
    const container = this.querySelector<HTMLElement>('[data-map]')!;
    const bounds = JSON.parse(this.dataset.bounds!) as L.LatLngBoundsLiteral;
    this.map = L.map(container, { maxBounds: L.latLngBounds(bounds).pad(0.3), minZoom: 6 }).fitBounds(bounds);
    const tiles = L.tileLayer(this.dataset.tiles!, { attribution: this.dataset.attribution ?? '', maxZoom: 18 }).addTo(this.map);
    // Without tiles (tile server down, blocked network) the points stay usable: say so once.
    tiles.once('tileerror', () => {
      const notice = document.createElement('p');
      notice.className = 'map-notice';
      notice.textContent = 'Le fond de carte ne se charge pas : les points et la liste des résultats restent consultables.';
      container.after(notice);
    });
    this.layer.addTo(this.map);
    this.map.on('movestart', () => (this.dataset.moving = ''));
    this.map.on('moveend', () => {
      delete this.dataset.moving;
      this.draw();
      this.offers?.draw();
    });
    this.startOffers();
    // `data-source`: the offers' file on /stages/ (`data-kind="offres"`), the profiles' one by default.
    const response = await fetch(this.dataset.source ?? '/ambassadeurs/carte.json');
    this.communes = decodeMapFile((await response.json()) as MapFile);
    this.ready = true;
    if (this.pending !== undefined) this.show(this.pending);
  }

  /**
   * The radio buttons `[name=carte-couche]` choose what the map shows: the ambassadors of the
   * list (at first, so that list and map show the same set) or the mini-stage offers. One layer
   * at a time, so that no marker ever covers another.
   */
  private startOffers(): void {
    const source = this.dataset.offers;
    const choices = [...document.querySelectorAll<HTMLInputElement>('input[name=carte-couche]')];
    if (!source || choices.length === 0 || !this.map) return;
    const layer = new OfferLayer(this.map, source);
    this.offers = layer;
    const apply = async () => {
      const offers = choices.some((c) => c.checked && c.value === 'offres');
      if (!offers) {
        layer.group.remove();
        this.layer.addTo(this.map!);
        delete this.dataset.offersShown;
        return;
      }
      await layer.load();
      this.layer.remove();
      layer.group.addTo(this.map!);
      layer.draw();
      this.dataset.offersShown = '';
    };
    for (const choice of choices) choice.addEventListener('change', () => void apply());
    if (choices.some((c) => c.checked && c.value === 'offres')) void apply();
  }

  /** Shows the given ambassador counts per commune code, or every ambassador with `null`. */
  show(counts: Record<string, number> | null): void {
    if (counts === null && this.pending === null && this.index) return; // already showing everyone
    this.pending = counts;
    if (!this.ready) return;
    const points: PointFeature<PointProps>[] = [];
    for (const { code, name, latitude, longitude, count: total } of this.communes) {
      const count = counts ? (counts[code] ?? 0) : total;
      if (count === 0) continue;
      points.push({ type: 'Feature', properties: { code, name, count }, geometry: { type: 'Point', coordinates: [longitude, latitude] } });
    }
    this.index = new Supercluster<PointProps, ClusterProps>({
      // Screen pixels (extent = Leaflet's 256 px tiles): markers at most 46 px wide never overlap.
      extent: 256,
      radius: 64,
      maxZoom: 14,
      map: (p) => ({ count: p.count }),
      reduce: (acc, p) => {
        acc.count += p.count;
      },
    }).load(points);
    // New counts: every marker is new (cluster ids are per index).
    this.layer.clearLayers();
    this.markers.clear();
    this.draw();
  }

  /**
   * Shows the clusters of the current view. Markers that stay from one view to the next are
   * kept, so that a keyboard user panning the map does not lose the focused marker.
   */
  private draw(): void {
    if (!this.map || !this.index) return;
    const b = this.map.getBounds();
    const clusters = this.index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.round(this.map.getZoom()));
    const next = new Map<string, L.Marker>();
    for (const feature of clusters) {
      const props = feature.properties as Partial<PointProps> & { cluster?: boolean; cluster_id?: number; count: number };
      const key = `${props.cluster ? `c${props.cluster_id}` : props.code}:${props.count}`;
      next.set(key, this.markers.get(key) ?? this.marker(feature.geometry.coordinates as [number, number], props));
    }
    for (const [key, marker] of this.markers) if (!next.has(key)) this.layer.removeLayer(marker);
    for (const [key, marker] of next) if (!this.markers.has(key)) this.layer.addLayer(marker);
    this.markers = next;
    this.dataset.clusters = String(clusters.length);
  }

  private marker(
    [lon, lat]: [number, number],
    props: Partial<PointProps> & { cluster?: boolean; cluster_id?: number; count: number },
  ): L.Marker {
    if (this.dataset.kind === 'offres') return offerMarker(this.map!, this.index!, [lon, lat], props);
    const count = props.count;
    const label = props.cluster
      ? `Groupe de ${count} ambassadeur${count > 1 ? 's' : ''} : zoomer`
      : `${props.name} : ${count} ambassadeur${count > 1 ? 's' : ''}`;
    const size = count < 10 ? 34 : count < 100 ? 40 : 46;
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({
        className: props.cluster ? 'map-cluster' : 'map-commune',
        html: `<span aria-hidden="true">${count}</span>`,
        iconSize: [size, size],
      }),
      title: label,
      alt: label,
      keyboard: true,
    });
    marker.on('add', () => {
      const el = marker.getElement();
      el?.setAttribute('role', 'button');
      el?.setAttribute('aria-label', label);
    });
    if (props.cluster) {
      const zoom = this.index!.getClusterExpansionZoom(props.cluster_id!);
      marker.on('click', () => this.map!.flyTo([lat, lon], zoom));
    } else {
      marker.bindPopup(() => this.card({ code: props.code!, name: props.name! }, count), { maxWidth: 280 });
    }
    return marker;
  }

  private card(commune: CommuneSelection, count: number): HTMLElement {
    const card = document.createElement('div');
    card.className = 'map-card';
    const heading = card.appendChild(document.createElement('h3'));
    heading.textContent = `${commune.name} : ${count} ambassadeur${count > 1 ? 's' : ''}`;
    const list = card.appendChild(document.createElement('ul'));
    list.textContent = 'Chargement…';
    const directory = this.closest('ambassador-directory') as Directory | null;
    void directory?.communeResults(commune.code, CARD_SIZE).then(({ total, items }) => {
      list.replaceChildren(
        ...items.map((item) => {
          const li = document.createElement('li');
          const a = li.appendChild(document.createElement('a'));
          a.href = item.url;
          a.textContent = item.title;
          li.append(` – ${item.job}`);
          return li;
        }),
      );
      if (total > 0) {
        const button = card.appendChild(document.createElement('button'));
        button.type = 'button';
        button.className = 'button secondary';
        button.textContent = total > items.length ? `Voir les ${total} dans la liste` : 'Afficher dans la liste';
        button.addEventListener('click', () => {
          this.map?.closePopup();
          this.dispatchEvent(new CustomEvent<CommuneSelection>('commune-selected', { detail: commune, bubbles: true }));
          document.getElementById('results-title')?.scrollIntoView();
        });
      }
      // Issue 11: those who live elsewhere but whose zone of intervention covers this commune.
      const covering = card.appendChild(document.createElement('p'));
      const link = covering.appendChild(document.createElement('a'));
      link.href = `?intervient=${encodeURIComponent(commune.code)}&nom-intervient=${encodeURIComponent(commune.name)}`;
      link.textContent = `Qui intervient à ${commune.name} ?`;
    });
    return card;
  }
}

customElements.define('ambassador-map', AmbassadorMap);
