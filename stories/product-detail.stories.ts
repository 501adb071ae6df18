import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/product-detail/product-detail.js';
import type { EtalaseProductDetail } from '../src/elements/product-detail/product-detail.js';
import type { FeedCredit } from '../src/feed/merge.js';
import type { Feed, Outlet, Producer, Product } from '../src/model/types.js';
import { OFFICIAL_CERTIFICATE_LOOKUPS } from '../src/model/vocabulary.js';
import {
  everyCertificationProduct,
  exportProduct,
  foodProducer,
  groupProducer,
  hostileHit,
  longNameProduct,
  madeToOrderProduct,
  outlets,
  outOfStockProduct,
  priceRangeProduct,
  producer,
  product,
} from './product-fixtures.js';

interface Args {
  product: Product;
  producer: Producer;
  outlets: Outlet[];
  open: boolean;
  today: string;
  certificateLookups?: Feed['certificateLookups'];
  source?: FeedCredit;
  theme: 'light' | 'dark' | 'auto';
  lang: '' | 'id' | 'en';
  orderPlanner: boolean;
}

const regions: Record<string, string> = {
  '62.06': 'Kabupaten Katingan',
  '62.71': 'Kota Palangka Raya',
};

const openDetail = (event: Event) => {
  const button = event.currentTarget as HTMLElement;
  (button.nextElementSibling as EtalaseProductDetail | null)?.show();
};

const meta: Meta<Args> = {
  title: 'Products/Product detail',
  component: 'etalase-product-detail',
  tags: ['autodocs'],
  args: {
    product,
    producer,
    outlets,
    open: true,
    today: '2026-12-01',
    theme: 'light',
    lang: '',
    orderPlanner: false,
  },
  argTypes: {
    product: { control: false },
    producer: { control: false },
    outlets: { control: false },
    certificateLookups: { control: false },
    source: { control: false },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
  },
  // Each story in its own frame: a modal dialog per story on one docs page would stack.
  parameters: { docs: { story: { inline: false, height: '40rem' } } },
  render: (args) =>
    html`<button type="button" @click=${openDetail}>Buka detail / Open detail</button>
      <etalase-product-detail
        ?order-planner=${args.orderPlanner}
        lang=${args.lang}
        theme=${args.theme}
        ?open=${args.open}
        today=${args.today}
        .certificateLookups=${args.certificateLookups}
        .source=${args.source}
        .product=${args.product}
        .producer=${args.producer}
        .outlets=${args.outlets}
        .regionNamer=${(code: string) => regions[code]}
        @etalase-contact=${(e: Event) => {
          e.preventDefault();
          console.log('etalase-contact', e);
        }}
      ></etalase-product-detail>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Gallery, description, certificate, ordering info, producer, outlets and contact actions. */
export const Default: Story = {};

/** Every certificate type, one expired, with verify links. */
export const EveryCertification: Story = {
  args: { product: everyCertificationProduct, producer: foodProducer, outlets: [] },
};

export const NoImage: Story = {
  args: { product: priceRangeProduct, producer: foodProducer, outlets: [] },
};

export const LongName: Story = {
  args: { product: longNameProduct, producer: foodProducer, outlets: [] },
};

export const OutOfStock: Story = {
  args: { product: outOfStockProduct, producer: foodProducer, outlets: [] },
};

/** Made to order: lead time and custom orders. */
export const MadeToOrder: Story = { args: { product: madeToOrderProduct } };

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** Every text field holds markup and every URL `javascript:`: all of it shows as plain text. */
export const HostileFeed: Story = {
  args: { product: hostileHit().product, producer: hostileHit().producer, outlets: [] },
};

/** With the showcase's order planner on: a quantity in the product's unit and "Tambah ke rencana". */
export const OrderPlanner: Story = { args: { orderPlanner: true } };

/** Official lookup sites switched on: certificates without a link of their own say where to check. */
export const CertificateChecks: Story = {
  args: {
    product: everyCertificationProduct,
    producer: foodProducer,
    outlets: [],
    certificateLookups: OFFICIAL_CERTIFICATE_LOOKUPS,
  },
};

/** Export-ready: HS code, shelf life, packaging, markets, capacity and export certificates. */
export const ExportReady: Story = {
  args: { product: exportProduct, producer: groupProducer, outlets: [] },
};

/** The same for an English-reading buyer abroad. */
export const ExportReadyEnglish: Story = {
  args: { product: exportProduct, producer: groupProducer, outlets: [], lang: 'en' },
};

/** From a merged feed: the detail names the publisher the product comes from. */
export const FromMergedFeed: Story = {
  args: {
    source: {
      url: 'https://umkm.banjarkab.example.go.id/feed.json',
      publisher: { name: 'Dinas Koperasi dan UKM Kabupaten Banjar', regionCode: '63.03' },
      updatedAt: '2026-11-20',
    },
  },
};
