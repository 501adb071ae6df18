import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/elements/product-card/product-card.js';
import { CARD_LAYOUTS } from '../src/elements/product-card/product-card.js';
import type { Producer, Product } from '../src/model/types.js';
import {
  everyCertificationProduct,
  foodProducer,
  hostileHit,
  longNameProduct,
  madeToOrderProduct,
  outOfStockProduct,
  priceRangeProduct,
  producer,
  product,
  exportProduct,
  groupProducer,
} from './product-fixtures.js';

interface Args {
  product: Product;
  producer: Producer;
  regionName: string;
  layout: (typeof CARD_LAYOUTS)[number];
  theme: 'light' | 'dark' | 'auto';
  lang: '' | 'id' | 'en';
  orderPlanner: boolean;
  width: string;
}

const meta: Meta<Args> = {
  title: 'Products/Product card',
  component: 'etalase-product-card',
  tags: ['autodocs'],
  args: {
    product,
    producer,
    regionName: 'Kabupaten Katingan',
    layout: 'vertical',
    theme: 'light',
    lang: '',
    orderPlanner: false,
    width: '16rem',
  },
  argTypes: {
    product: { control: false },
    producer: { control: false },
    layout: { control: 'inline-radio', options: [...CARD_LAYOUTS] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
  },
  render: (args) =>
    html`<div style=${styleMap({ width: args.width })}>
      <etalase-product-card
        ?order-planner=${args.orderPlanner}
        lang=${args.lang}
        theme=${args.theme}
        layout=${args.layout}
        region-name=${args.regionName}
        .product=${args.product}
        .producer=${args.producer}
        @etalase-product-select=${(e: Event) => console.log('etalase-product-select', e)}
      ></etalase-product-card>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A flagship craft product with a fixed price and a HAKI certificate. */
export const Default: Story = {};

/** No picture in the feed: a placeholder keeps the card's shape. */
export const NoImage: Story = {
  args: { product: priceRangeProduct, producer: foodProducer, regionName: 'Kota Palangka Raya' },
};

/** A picture that fails to load is replaced by the same placeholder. */
export const BrokenImage: Story = {
  args: {
    product: { ...product, images: [{ src: '/missing.jpg', alt: 'Hilang', width: 4, height: 3 }] },
  },
};

/** A very long name is clamped to three lines; the full name stays the accessible name. */
export const LongName: Story = {
  args: { product: longNameProduct, producer: foodProducer, regionName: 'Kota Palangka Raya' },
};

/** A price range with its selling unit: `Rp50.000–Rp75.000 / toples`. */
export const PriceRange: Story = {
  args: { product: priceRangeProduct, producer: foodProducer, regionName: 'Kota Palangka Raya' },
};

/** Halal, P-IRT, BPOM, SNI, HAKI and a feed-named certificate. */
export const EveryCertification: Story = {
  args: { product: everyCertificationProduct, producer: foodProducer },
};

export const OutOfStock: Story = {
  args: { product: outOfStockProduct, producer: foodProducer },
};

/** Made to order, with the lead time. */
export const MadeToOrder: Story = { args: { product: madeToOrderProduct } };

/** Compact horizontal layout, for lists and sidebars. */
export const Horizontal: Story = { args: { layout: 'horizontal', width: '24rem' } };

export const English: Story = { args: { lang: 'en', product: madeToOrderProduct } };

export const Dark: Story = {
  args: { theme: 'dark', product: everyCertificationProduct, producer: foodProducer },
  decorators: [
    (story) =>
      html`<div style=${styleMap({ background: '#171a19', padding: '1rem' })}>${story()}</div>`,
  ],
};

/** In a 10rem-wide column. */
export const NarrowContainer: Story = {
  args: { width: '10rem', product: everyCertificationProduct },
};

/** Every text field holds markup and every URL `javascript:`: all of it shows as plain text. */
export const HostileFeed: Story = {
  args: { product: hostileHit().product, producer: hostileHit().producer },
};

/** With the showcase's order planner on: "Tambah ke rencana" adds the product at its minimum order. */
export const OrderPlanner: Story = { args: { orderPlanner: true, product: madeToOrderProduct } };

/** Export-ready: the "Siap ekspor / Export-ready" marker. */
export const ExportReady: Story = {
  args: { product: exportProduct, producer: groupProducer, regionName: 'Kabupaten Barito Kuala' },
};
