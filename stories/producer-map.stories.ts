/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// Registered explicitly: package.json `sideEffects` names only dist/ files, so a production
// Storybook build drops a bare `import '../src/elements/producer-map/producer-map.js'`.
import { EtalaseProducerMap } from '../src/elements/producer-map/producer-map.js';
import { parseFeed } from '../src/model/parse.js';
import type { Feed } from '../src/model/types.js';
import { generateFeed, type GenerateFeedOptions } from '../test/fixtures/generate-feed.js';
import { bazaarOnNow, gallery, kalselExpo, pastFair } from './outlet-fixtures.js';
// Illustrative outlines of the five Kalimantan provinces (not official boundaries), served by Vite.
// `no-inline`: a data: URL would (rightly) be refused by the element's URL check.
import kalimantanProvinces from './assets/kalimantan-provinces.geojson?url&no-inline';

interface Args {
  region: string;
  basemap: string;
  theme: 'light' | 'dark' | 'auto';
  lang: '' | 'id' | 'en';
}

EtalaseProducerMap.define('etalase-producer-map');

const feeds = new Map<string, Feed>();
/** A parsed synthetic feed (cached: the 5,000-producer one takes a moment to generate). */
function feed(options: GenerateFeedOptions): Feed {
  const key = JSON.stringify(options);
  let parsed = feeds.get(key);
  if (!parsed) {
    parsed = parseFeed(generateFeed(options)).feed!;
    feeds.set(key, parsed);
  }
  return parsed;
}

const loadFeed = (options: GenerateFeedOptions) => () => ({ feed: feed(options) });

const meta: Meta<Args> = {
  title: 'Map/Producer map',
  component: 'etalase-producer-map',
  tags: ['autodocs'],
  args: { region: '', basemap: '', theme: 'light', lang: '' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
  },
  loaders: [loadFeed({ products: 600, seed: 1 })],
  render: (args, { loaded }) => {
    const { feed } = loaded as { feed: Feed };
    return html`<etalase-producer-map
      .producers=${feed.producers}
      .products=${feed.products}
      .outlets=${feed.outlets}
      region=${args.region}
      basemap=${args.basemap}
      theme=${args.theme}
      lang=${args.lang}
      @etalase-product-select=${(e: Event) => console.log('etalase-product-select', e)}
      @etalase-filter-change=${(e: Event) => console.log('etalase-filter-change', e)}
    ></etalase-producer-map>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The five Kalimantan provinces: producers clustered around their towns, outlets as diamonds. */
export const Kalimantan: Story = {};

/** Producers in every province: the map fits the whole archipelago. */
export const AllIndonesia: Story = {
  loaders: [loadFeed({ products: 1500, seed: 2, regions: 'national' })],
};

/** 5,000 producers (the size of `npm run bench:map`). */
export const FiveThousandProducers: Story = {
  loaders: [loadFeed({ products: 12500, producers: 5000, seed: 42, regions: 'national' })],
};

/** A publisher's own base map (province outlines) with the selected province highlighted. */
export const PublisherBaseMap: Story = {
  args: { basemap: kalimantanProvinces, region: '62' },
};

/** A city selected on a province base map: the enclosing province is highlighted, the map fits the city. */
export const SelectedCity: Story = {
  args: { basemap: kalimantanProvinces, region: '64.72' },
};

/** The publisher's base map cannot be loaded: markers stay, a message says so. */
export const BaseMapError: Story = {
  args: { basemap: '/data/does-not-exist.geojson' },
};

/** No producer has a location yet: the map says so, the text list still names them. */
export const Empty: Story = {
  loaders: [
    () => {
      const source = feed({ products: 20, seed: 3 });
      const producers = source.producers.map(({ location: _location, ...producer }) => producer);
      return { feed: { ...source, producers, outlets: [] } };
    },
  ],
};

/** English interface, dark theme. */
export const EnglishDark: Story = {
  args: { lang: 'en', theme: 'dark' },
};

/**
 * Galleries and events with dates: the fair that ended in May is not on the map; opening an expo's
 * diamond shows its dates and hours in the visitor's language.
 */
export const DatedOutlets: Story = {
  loaders: [
    () => {
      const source = feed({ products: 60, seed: 1 });
      return { feed: { ...source, outlets: [gallery, kalselExpo, bazaarOnNow, pastFair] } };
    },
  ],
};
