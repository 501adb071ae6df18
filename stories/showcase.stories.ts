import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import '../src/elements/showcase/showcase.js';
import { SHOWCASE_VIEWS } from '../src/elements/showcase/showcase.js';
import './showcase.stories.css';

interface Args {
  src: string;
  lang: '' | 'id' | 'en';
  region: string;
  category: string;
  view: (typeof SHOWCASE_VIEWS)[number];
  theme: 'light' | 'dark' | 'auto';
  brand: '' | 'kalteng' | 'kaltim';
  narrow: boolean;
  debug: boolean;
}

/** The sample feed is served from `demo/data` as `/data/` (see .storybook/main.ts). */
const SAMPLE = 'data/produk-unggulan.json';

const meta: Meta<Args> = {
  title: 'Showcase/Showcase',
  component: 'etalase-showcase',
  tags: ['autodocs'],
  args: {
    src: SAMPLE,
    lang: '',
    region: '',
    category: '',
    view: 'grid',
    theme: 'light',
    brand: '',
    narrow: false,
    debug: false,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
    view: { control: 'inline-radio', options: SHOWCASE_VIEWS },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    brand: { control: 'inline-radio', options: ['', 'kalteng', 'kaltim'] },
  },
  render: (args) => html`
    <div
      class=${classMap({ frame: true, narrow: args.narrow, dark: args.theme === 'dark', [args.brand]: !!args.brand })}
    >
      <etalase-showcase
        src=${args.src}
        lang=${args.lang || nothing}
        region=${args.region || nothing}
        category=${args.category || nothing}
        view=${args.view}
        theme=${args.theme}
        ?debug=${args.debug}
      ></etalase-showcase>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Kalimantan: Story = {};
export const SplitWithMap: Story = { args: { view: 'split' } };
export const MapOnly: Story = { args: { view: 'map' } };
/** Expos and galleries as a calendar list: coming events by month, places, the past folded away. */
export const ExposAndGalleries: Story = { args: { view: 'outlets' } };
export const PalangkaRaya: Story = { args: { region: '62.71' } };
export const FoodOnly: Story = { args: { category: 'kuliner' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const KaltengBrand: Story = { args: { brand: 'kalteng', region: '62' } };
export const KaltimBrand: Story = { args: { brand: 'kaltim', region: '64', view: 'split' } };
export const Phone: Story = { args: { narrow: true } };
/** A feed that cannot be loaded: a friendly message and a retry button. */
export const LoadError: Story = { args: { src: 'data/tidak-ada.json' } };
/** No `src` yet. */
export const NoSource: Story = { args: { src: '' } };
/** The `debug` attribute: a feed-health panel for the webmaster. */
export const FeedHealth: Story = { args: { debug: true } };
/** A feed whose every product has a fatal problem: not "no match", but "no products can be shown". */
export const NoShowableProducts: Story = {
  args: { src: 'data/contoh-tanpa-produk-sah.json', debug: true },
};
