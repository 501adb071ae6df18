import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/elements/product-grid/product-grid.js';
import { PAGING_MODES } from '../src/elements/product-grid/product-grid.js';
import type { ProductHit } from '../src/feed/types.js';
import { hostileHit, manyHits } from './product-fixtures.js';

interface Args {
  hits: ProductHit[];
  total: number;
  pageSize: number;
  paging: (typeof PAGING_MODES)[number];
  loading: boolean;
  cardLayout: 'vertical' | 'horizontal';
  theme: 'light' | 'dark' | 'auto';
  lang: '' | 'id' | 'en';
  width: string;
}

const regions: Record<string, string> = {
  '62.06': 'Kabupaten Katingan',
  '62.71': 'Kota Palangka Raya',
};

const meta: Meta<Args> = {
  title: 'Products/Product grid',
  component: 'etalase-product-grid',
  tags: ['autodocs'],
  args: {
    hits: manyHits(130),
    total: 0,
    pageSize: 24,
    paging: 'more',
    loading: false,
    cardLayout: 'vertical',
    theme: 'light',
    lang: '',
    width: '100%',
  },
  argTypes: {
    hits: { control: false },
    paging: { control: 'inline-radio', options: [...PAGING_MODES] },
    cardLayout: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
  },
  render: (args) =>
    html`<div style=${styleMap({ width: args.width })}>
      <etalase-product-grid
        lang=${args.lang}
        theme=${args.theme}
        paging=${args.paging}
        page-size=${args.pageSize}
        card-layout=${args.cardLayout}
        total=${args.total}
        ?loading=${args.loading}
        .hits=${args.hits}
        .regionNamer=${(code: string) => regions[code]}
        @etalase-filter-change=${(e: Event) => console.log('etalase-filter-change', e)}
        @etalase-product-select=${(e: Event) => console.log('etalase-product-select', e)}
      ></etalase-product-grid>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** 130 products, 24 at a time with "Muat lebih banyak" (never more than 100 cards at once). */
export const Default: Story = {};

/** Numbered pages instead of "load more". */
export const NumberedPages: Story = { args: { paging: 'pages' } };

/** Waiting for the feed: skeleton cards, the list marked busy. */
export const Loading: Story = { args: { hits: [], loading: true } };

/** Nothing matches: a way out that clears every filter. */
export const Empty: Story = { args: { hits: [] } };

/** Horizontal cards. */
export const HorizontalCards: Story = { args: { cardLayout: 'horizontal', hits: manyHits(8) } };

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [
    (story) =>
      html`<div style=${styleMap({ background: '#171a19', padding: '1rem' })}>${story()}</div>`,
  ],
};

/** In a 17rem sidebar the container query drops to one column. */
export const NarrowContainer: Story = { args: { width: '17rem', hits: manyHits(6) } };

/** Every text field holds markup and every URL `javascript:`: all of it shows as plain text. */
export const HostileFeed: Story = { args: { hits: [hostileHit()] } };
