/**
 * <ambassador-map>: Leaflet map of the directory's results, clustered with Supercluster.
 * Points are communes (data file generated at build); each carries the number of
 * ambassadors of the current search there. Markers are keyboard-focusable buttons; a
 * commune's card lists its first ambassadors and can narrow the list to that commune.
 * Without tiles (offline, blocked) the points still show on a plain background.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';
import Supercluster, { type PointFeature } from 'supercluster';
import type { MapCommune, MapData } from '../lib/map-data';

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

export class AmbassadorMap extends HTMLElement {
  private map: L.Map | undefined;
  private layer = L.layerGroup();
  private communes: MapCommune[] = [];
  private index: Supercluster<PointProps, ClusterProps> | undefined;
  private pending: Record<string, number> | null = null;
  private ready = false;

  async connectedCallback(): Promise<void> {
    const container = this.querySelector<HTMLElement>('[data-map]')!;
    const bounds = JSON.parse(this.dataset.bounds!) as L.LatLngBoundsLiteral;
    this.map = L.map(container, { maxBounds: L.latLngBounds(bounds).pad(0.3), minZoom: 6 }).fitBounds(bounds);
    L.tileLayer(this.dataset.tiles!, { attribution: this.dataset.attribution ?? '', maxZoom: 18 }).addTo(this.map);
    this.layer.addTo(this.map);
    this.map.on('moveend', () => this.draw());
    const response = await fetch('/ambassadeurs/carte.json');
    this.communes = ((await response.json()) as MapData).communes;
    this.ready = true;
    this.show(this.pending);
  }

  /** Shows the given ambassador counts per commune code, or every ambassador with `null`. */
  show(counts: Record<string, number> | null): void {
    this.pending = counts;
    if (!this.ready) return;
    const points: PointFeature<PointProps>[] = [];
    for (const [code, name, lat, lon, total] of this.communes) {
      const count = counts ? (counts[code] ?? 0) : total;
      if (count === 0) continue;
      points.push({ type: 'Feature', properties: { code, name, count }, geometry: { type: 'Point', coordinates: [lon / 1e4, lat / 1e4] } });
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
    this.draw();
  }

  private draw(): void {
    if (!this.map || !this.index) return;
    const b = this.map.getBounds();
    const clusters = this.index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.round(this.map.getZoom()));
    this.layer.clearLayers();
    for (const feature of clusters) {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties as Partial<PointProps> & { cluster?: boolean; cluster_id?: number; count: number };
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
        const zoom = this.index.getClusterExpansionZoom(props.cluster_id!);
        marker.on('click', () => this.map!.flyTo([lat, lon], zoom));
      } else {
        marker.bindPopup(() => this.card({ code: props.code!, name: props.name! }, count), { maxWidth: 280 });
      }
      this.layer.addLayer(marker);
    }
    this.dataset.clusters = String(clusters.length);
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
    });
    return card;
  }
}

customElements.define('ambassador-map', AmbassadorMap);
