import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/elements/region-filter/region-filter.js';
import { createQueryEngine, loadRegionIndex } from '../src/feed/index.js';
import type { FacetCounts, RegionNode } from '../src/feed/types.js';
import { parseFeed } from '../src/model/parse.js';
import type { Feed } from '../src/model/types.js';
import { loadDistricts } from '../src/model/regions/index.js';
import { generateFeed } from '../test/fixtures/generate-feed.js';
import { builtinRegionTree } from '../test/fixtures/region-tree.js';

interface Args {
  multiple: boolean;
  showEmpty: boolean;
  theme: 'light' | 'dark' | 'auto';
  lang: '' | 'id' | 'en';
}
interface Loaded {
  regions: RegionNode[];
  counts: FacetCounts | null;
}

const feeds = new Map<string, Feed>();

/** A synthetic feed's region tree and its counts under `filter` (the same path as the showcase). */
async function feedRegions(
  products: number,
  regions: 'kalimantan' | 'national',
  category?: string,
): Promise<Loaded> {
  const key = `${products}/${regions}`;
  let feed = feeds.get(key);
  if (!feed) {
    feed = parseFeed(generateFeed({ products, seed: 1, regions })).feed!;
    feeds.set(key, feed);
  }
  const index = await loadRegionIndex(feed);
  const counts = category ? createQueryEngine(feed).facets({ category: [category] }).region : null;
  return { regions: index.roots, counts };
}

/** Every built-in region (38 provinces, 514 regencies/cities, 7,285 districts), none with products. */
async function nationalTable(): Promise<Loaded> {
  await loadDistricts();
  return { regions: builtinRegionTree(0), counts: null };
}

const meta: Meta<Args> = {
  title: 'Filters/Region filter',
  component: 'etalase-region-filter',
  tags: ['autodocs'],
  args: { multiple: false, showEmpty: false, theme: 'light', lang: '' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
  },
  loaders: [() => feedRegions(600, 'kalimantan')],
  render: (args, { loaded }) => {
    const { regions, counts } = loaded as Loaded;
    return html`<etalase-region-filter
      lang=${args.lang}
      theme=${args.theme}
      ?multiple=${args.multiple}
      ?show-empty=${args.showEmpty}
      .regions=${regions}
      .counts=${counts}
      @etalase-filter-change=${(e: Event) => console.log('etalase-filter-change', e)}
    ></etalase-region-filter>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The five Kalimantan provinces of a 600-product feed. */
export const Default: Story = {};

/** Several regions at once (`multiple`). */
export const Multiple: Story = { args: { multiple: true } };

/** Counts under another active filter (category "kuliner"): regions without food show 0. */
export const CountsUnderFilters: Story = {
  loaders: [() => feedRegions(600, 'kalimantan', 'kuliner')],
};

/** A feed without products yet. */
export const Empty: Story = { loaders: [() => Promise.resolve({ regions: [], counts: null })] };

/** Producers in every province (3,000 products). */
export const ManyRegions: Story = { loaders: [() => feedRegions(3000, 'national')] };

/** The whole national table with `show-empty`: 7,837 regions, only expanded ones are rendered. */
export const National: Story = { args: { showEmpty: true }, loaders: [nationalTable] };

/** In a narrow container it collapses into a disclosure button. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style=${styleMap({ maxWidth: '220px' })}>${story()}</div>`],
};

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [
    (story) =>
      html`<div style=${styleMap({ background: '#171a19', padding: '1rem' })}>${story()}</div>`,
  ],
};
