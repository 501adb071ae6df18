/**
 * Producer map vs Leaflet 1.9 + Leaflet.markercluster on the same 5,000 producers (no tiles for
 * either): initial render, one zoom step, a filter change. Each timing runs from the call to the
 * end of the DOM work with a forced layout (paint is the same job for both and not counted).
 *   npm run bench:map            (add `-- --cpu-throttle 4` for a low-end phone)
 */
import L from 'leaflet';
import 'leaflet.markercluster';
import leafletCss from 'leaflet/dist/leaflet.css';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css';
import clusterDefaultCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import { EtalaseProducerMap } from '../src/elements/producer-map/producer-map.component.js';
import type { Producer } from '../src/model/types.js';
import { generateFeed } from '../test/fixtures/generate-feed.js';
import { done, printTable } from './util.js';

EtalaseProducerMap.define('etalase-producer-map');

const PRODUCERS = 5000;
const RUNS = 15;
const WIDTH = 1000;
const HEIGHT = 600;

const style = document.createElement('style');
style.textContent = `${leafletCss}\n${clusterCss}\n${clusterDefaultCss}\n.box { width: ${WIDTH}px; height: ${HEIGHT}px; }`;
document.head.append(style);
L.Icon.Default.imagePath = '/node_modules/leaflet/dist/images/';

// Started after `load`: the runner waits for that event, and marker images (Leaflet) and a pending
// module would hold it back for the whole run.
async function main() {
  const feed = generateFeed({ products: PRODUCERS * 2, producers: PRODUCERS, seed: 42 });
  const producers = feed.producers.filter((p) => p.location) as Producer[];
  // A filter change: the producers of about half the regencies (a region or category chosen).
  const filtered = producers.filter((p) => Number(p.regionCode.slice(3, 5)) % 2 === 0);
  console.log(`${producers.length} producers with a location; filter keeps ${filtered.length}`);

  const box = () => {
    const div = document.createElement('div');
    div.className = 'box';
    document.body.append(div);
    return div;
  };
  const layout = (element: Element) => element.getBoundingClientRect().width;

  /** Median of what `run` reports (each run times its own step and leaves out its set-up). */
  async function medianOf(run: () => Promise<number> | number, runs = RUNS, warmup = 3) {
    for (let i = 0; i < warmup; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await run());
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  }

  // ---- Etalase --------------------------------------------------------------------------------

  async function etalaseMap(list: Producer[]) {
    const container = box();
    const el = document.createElement('etalase-producer-map');
    el.setAttribute('style', `--etalase-map-height: ${HEIGHT}px`);
    el.producers = list;
    container.append(el);
    await el.updateComplete;
    layout(el.shadowRoot!.querySelector('svg')!);
    return { el, container };
  }

  // Load the engine and base data once: chunk download is not rendering.
  (await etalaseMap([])).container.remove();

  const etalaseInitial = await medianOf(async () => {
    const start = performance.now();
    const { container } = await etalaseMap(producers);
    const time = performance.now() - start;
    container.remove();
    return time;
  });

  const { el, container } = await etalaseMap(producers);
  const markerCount = () => el.shadowRoot!.querySelectorAll('.marker').length;
  console.log(`etalase: ${markerCount()} markers/clusters drawn in the fitted view`);
  const etalaseZoom = await medianOf(async () => {
    el.resetView();
    await el.updateComplete;
    const start = performance.now();
    el.zoomIn();
    await el.updateComplete;
    layout(el.shadowRoot!.querySelector('svg')!);
    return performance.now() - start;
  });
  const etalaseFilter = await medianOf(async () => {
    el.producers = producers;
    await el.updateComplete;
    const start = performance.now();
    el.producers = filtered;
    await el.updateComplete;
    layout(el.shadowRoot!.querySelector('svg')!);
    return performance.now() - start;
  });
  container.remove();

  // ---- Leaflet --------------------------------------------------------------------------------

  function leafletMap(list: Producer[]) {
    const container = box();
    const map = L.map(container, {
      maxZoom: 18,
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
    });
    const group = L.markerClusterGroup({ animate: false, chunkedLoading: false });
    const markers = list.map((p) =>
      L.marker([p.location!.lat, p.location!.lng], { title: String(p.name) }),
    );
    group.addLayers(markers);
    map.fitBounds(L.latLngBounds(list.map((p) => [p.location!.lat, p.location!.lng])), {
      padding: [40, 40],
    });
    map.addLayer(group);
    layout(container);
    return { map, group, container, markers };
  }

  const leafletInitial = await medianOf(() => {
    const start = performance.now();
    const { map, container } = leafletMap(producers);
    const time = performance.now() - start;
    map.remove();
    container.remove();
    return time;
  });

  const leaflet = leafletMap(producers);
  const home = leaflet.map.getZoom();
  console.log(
    `leaflet: ${leaflet.container.querySelectorAll('.leaflet-marker-icon').length} markers/clusters drawn`,
  );
  const byId = new Map(producers.map((p, i) => [p.id, leaflet.markers[i]!]));
  const filteredMarkers = filtered.map((p) => byId.get(p.id)!);
  const leafletZoom = await medianOf(() => {
    leaflet.map.setZoom(home, { animate: false });
    const start = performance.now();
    leaflet.map.setZoom(home + 1, { animate: false });
    layout(leaflet.container);
    return performance.now() - start;
  });
  const leafletFilter = await medianOf(() => {
    leaflet.group.clearLayers();
    leaflet.group.addLayers(leaflet.markers);
    const start = performance.now();
    leaflet.group.clearLayers();
    leaflet.group.addLayers(filteredMarkers);
    layout(leaflet.container);
    return performance.now() - start;
  });
  leaflet.map.remove();
  leaflet.container.remove();

  // ---- report ---------------------------------------------------------------------------------

  const row = (step: string, etalase: number, leafletMs: number, goal: number | undefined) => ({
    step,
    'etalase ms': etalase,
    'leaflet ms': leafletMs,
    'ratio (etalase/leaflet)': etalase / leafletMs,
    goal: goal === undefined ? '' : `≤ ${goal} ms: ${etalase <= goal ? 'ok' : 'MISSED'}`,
  });
  printTable(`producer map, ${producers.length} producers, median of ${RUNS} runs`, [
    row('initial render', etalaseInitial, leafletInitial, 50),
    row('zoom step', etalaseZoom, leafletZoom, 16),
    row('filter change', etalaseFilter, leafletFilter, undefined),
  ]);
  done();
}

addEventListener(
  'load',
  () =>
    setTimeout(() => void main().catch((error: unknown) => window.benchFail(String(error))), 100),
  { once: true },
);
