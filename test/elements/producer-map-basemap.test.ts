import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/producer-map/producer-map.js';
import type { EtalaseProducerMap } from '../../src/elements/producer-map/producer-map.js';
import type { Producer } from '../../src/model/types.js';

const producer = (id: string, regionCode: string, lat: number, lng: number): Producer => ({
  id,
  name: `Produsen ${id}`,
  regionCode,
  location: { lat, lng },
  contact: {},
});

/** Producers spread over Kalimantan, one in its north-east corner (Tarakan). */
const KALIMANTAN = [
  producer('pky', '62.71', -2.21, 113.92),
  producer('bjm', '63.71', -3.32, 114.59),
  producer('ptk', '61.71', -0.03, 109.34),
  producer('smd', '64.72', -0.5, 117.15),
  producer('trk', '65.71', 3.3, 117.63),
];

async function mapFixture(producers: Producer[], width: number, height: number) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px; --etalase-map-height: ${height}px">
      <etalase-producer-map .producers=${producers}></etalase-producer-map>
    </div>`,
  );
  const map = wrapper.querySelector('etalase-producer-map') as EtalaseProducerMap;
  await waitUntil(
    () => map.shadowRoot!.querySelector('.labels text'),
    'the base map with its labels is drawn',
    { timeout: 8000 },
  );
  return map;
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('etalase-producer-map base map', () => {
  it('draws province borders and names the provinces in view, without overlapping names', async () => {
    const map = await mapFixture(KALIMANTAN, 560, 420);
    const root = map.shadowRoot!;
    const borders = root.querySelector('path.borders')!.getAttribute('d')!;
    expect(borders.length).to.be.greaterThan(100);
    const labels = [...root.querySelectorAll<SVGTextElement>('.labels text')];
    const names = labels.map((label) => label.textContent);
    expect(names).to.include.members(['Kalimantan Tengah', 'Kalimantan Barat', 'Kalimantan Timur']);
    // Only provinces in view: nothing from Papua on a map of Kalimantan.
    expect(names).not.to.include('Papua');
    const boxes = labels.map((label) => label.getBoundingClientRect());
    const frame = root.querySelector('.map')!.getBoundingClientRect();
    boxes.forEach((box, i) => {
      expect(box.left).to.be.at.least(frame.left - 1);
      expect(box.right).to.be.at.most(frame.right + 1);
      for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).to.equal(false);
    });
  });

  it('names the provincial capitals in view, except where a marker sits on the city', async () => {
    // Around Palangka Raya but not in it; one producer in Banjarmasin itself.
    const map = await mapFixture(
      [
        producer('spt', '62.02', -2.53, 112.95),
        producer('pbn', '62.01', -2.68, 111.62),
        producer('mtw', '62.04', -0.95, 114.89),
        producer('bjm', '63.71', -3.32, 114.59),
      ],
      560,
      420,
    );
    const names = [...map.shadowRoot!.querySelectorAll('.labels text')].map((t) => t.textContent);
    expect(names).to.include('Palangkaraya');
    expect(map.shadowRoot!.querySelectorAll('.labels circle.city').length).to.be.greaterThan(0);
    expect(names).not.to.include('Banjarmasin');
  });

  it('in a list + map sized map, no producer or cluster sits under the zoom buttons', async () => {
    // Narrower than tall: the producers span the whole width, Tarakan in the top-right corner.
    const map = await mapFixture(KALIMANTAN, 400, 420);
    const root = map.shadowRoot!;
    const controls = root.querySelector('.controls')!.getBoundingClientRect();
    const markers = [...root.querySelectorAll('.marker')];
    expect(markers.length).to.be.greaterThan(0);
    for (const marker of markers)
      expect(
        overlaps(marker.getBoundingClientRect(), controls),
        marker.getAttribute('aria-label')!,
      ).to.equal(false);
  });
});
