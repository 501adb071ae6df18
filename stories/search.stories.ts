import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/elements/search/search.js';
import {
  toSuggestions,
  type SuggestFunction,
  type Suggestion,
} from '../src/elements/search/search.js';
import { createQueryEngine } from '../src/feed/index.js';
import { parseFeed } from '../src/model/parse.js';
import { generateFeed } from '../test/fixtures/generate-feed.js';

interface Args {
  value: string;
  theme: 'light' | 'dark' | 'auto';
  lang: '' | 'id' | 'en';
  debounce: number;
}

let engine: ReturnType<typeof createQueryEngine> | undefined;
/** Suggestions from the query engine over a 2,000-product synthetic feed. */
const engineSuggest: SuggestFunction = (text) => {
  engine ??= createQueryEngine(parseFeed(generateFeed({ products: 2000, seed: 1 })).feed!);
  return toSuggestions(engine.suggest(text), document.documentElement.lang === 'en' ? 'en' : 'id');
};

const FIXED: Suggestion[] = [
  { kind: 'product', id: 'p1', label: 'Kopi Liberika Kapuas', detail: 'Kopi Dayak Lestari' },
  { kind: 'product', id: 'p2', label: 'Kerupuk Ikan Haruan', detail: 'UD Sungai Kahayan' },
  { kind: 'producer', id: 'u1', label: 'Kopi Dayak Lestari', detail: 'Kabupaten Kapuas' },
  { kind: 'category', id: 'minuman', label: 'Minuman', detail: '42 produk' },
];

const meta: Meta<Args> = {
  title: 'Filters/Search',
  component: 'etalase-search',
  tags: ['autodocs'],
  args: { value: '', theme: 'light', lang: '', debounce: 150 },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
  },
  render: (args) =>
    html`<div style=${styleMap({ maxWidth: '32rem', minHeight: '22rem' })}>
      <etalase-search
        lang=${args.lang}
        theme=${args.theme}
        value=${args.value}
        debounce=${args.debounce}
        .suggest=${engineSuggest}
        @etalase-filter-change=${(e: Event) => console.log('etalase-filter-change', e)}
        @etalase-product-select=${(e: Event) => console.log('etalase-product-select', e)}
      ></etalase-search>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Type "kopi", "rotan" or "manik" — suggestions come from the query engine. */
export const Default: Story = {};

/** With words already set by the page (e.g. from the URL). */
export const WithValue: Story = { args: { value: 'tas rotan' } };

/** Host-provided suggestions (`suggestions` property) instead of a `suggest` function. */
export const HostSuggestions: Story = {
  render: (args) =>
    html`<div style=${styleMap({ maxWidth: '32rem', minHeight: '22rem' })}>
      <etalase-search lang=${args.lang} theme=${args.theme} .suggestions=${FIXED}></etalase-search>
    </div>`,
};

/**
 * A misspelt word and a place: type "ampalng" to see "Mungkin maksud Anda" and the place offer first,
 * then products with the typed word marked.
 */
export const CorrectionAndPlace: Story = {
  render: (args) =>
    html`<div style=${styleMap({ maxWidth: '32rem', minHeight: '22rem' })}>
      <etalase-search
        lang=${args.lang}
        theme=${args.theme}
        .suggestions=${
          [
            { kind: 'correction', id: 'amplang', label: 'amplang' },
            {
              kind: 'place',
              id: '64.72',
              label: 'Tampilkan produk dari Kota Samarinda',
              detail: '13 produk',
              rest: 'amplang',
            },
            { kind: 'product', id: 'p3', label: 'Amplang Ikan Pipih', detail: 'Amplang Mahakam' },
          ] satisfies Suggestion[]
        }
      ></etalase-search>
    </div>`,
};

/** Nothing matches: the list stays closed and screen readers hear "Tidak ada saran". */
export const Empty: Story = {
  render: (args) =>
    html`<etalase-search
      lang=${args.lang}
      theme=${args.theme}
      .suggest=${() => []}
    ></etalase-search>`,
};

export const Narrow: Story = {
  decorators: [(story) => html`<div style=${styleMap({ maxWidth: '280px' })}>${story()}</div>`],
};

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [
    (story) =>
      html`<div style=${styleMap({ background: '#171a19', padding: '1rem' })}>${story()}</div>`,
  ],
};
