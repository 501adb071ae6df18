import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/elements/facets/facets.js';
import { createQueryEngine } from '../src/feed/index.js';
import type { Facets, FilterState } from '../src/feed/types.js';
import { parseFeed } from '../src/model/parse.js';
import { generateFeed } from '../test/fixtures/generate-feed.js';

interface Args {
  limit: number;
  theme: 'light' | 'dark' | 'auto';
  lang: '' | 'id' | 'en';
}
interface Loaded {
  facets: Facets | null;
  value: FilterState;
}

/** Facets of a synthetic feed under `value`, from the query engine (as the showcase does). */
function engineFacets(products: number, value: FilterState = {}): () => Loaded {
  return () => ({ facets: engineFor(products).facets(value), value });
}

const engines = new Map<number, ReturnType<typeof createQueryEngine>>();
function engineFor(products: number) {
  let engine = engines.get(products);
  if (!engine) {
    engine = createQueryEngine(parseFeed(generateFeed({ products, seed: 1 })).feed!);
    engines.set(products, engine);
  }
  return engine;
}

const meta: Meta<Args> = {
  title: 'Filters/Facets',
  component: 'etalase-facets',
  tags: ['autodocs'],
  args: { limit: 5, theme: 'light', lang: '' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
  },
  loaders: [engineFacets(1000)],
  render: (args, { loaded }) => {
    const { facets, value } = loaded as Loaded;
    return html`<div style=${styleMap({ maxWidth: '22rem' })}>
      <etalase-facets
        lang=${args.lang}
        theme=${args.theme}
        limit=${args.limit}
        .facets=${facets}
        .value=${value}
        @etalase-filter-change=${(e: Event) => console.log('etalase-filter-change', e)}
      ></etalase-facets>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Counts from the query engine over 1,000 products. */
export const Default: Story = {};

/** Filters already chosen: counts are those under the other filters; zero counts are disabled. */
export const Active: Story = {
  loaders: [
    engineFacets(1000, {
      category: ['kuliner', 'minuman'],
      certification: ['halal'],
      priceMin: 10000,
      priceMax: 150000,
      flagship: true,
      maxLeadTimeDays: 7,
    }),
  ],
};

/** Loading: no facets yet. */
export const Loading: Story = { loaders: [() => ({ facets: null, value: {} })] };

/** A feed with nothing in it. */
export const Empty: Story = { loaders: [engineFacets(0)] };

/** 5,000 products: every category, "show more" in use. */
export const ManyProducts: Story = { args: { limit: 3 }, loaders: [engineFacets(5000)] };

export const Narrow: Story = {
  decorators: [(story) => html`<div style=${styleMap({ maxWidth: '240px' })}>${story()}</div>`],
};

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [
    (story) =>
      html`<div style=${styleMap({ background: '#171a19', padding: '1rem' })}>${story()}</div>`,
  ],
};
