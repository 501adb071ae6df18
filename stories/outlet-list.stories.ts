import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// Registered explicitly, like the other stories (see producer-map.stories.ts).
import { EtalaseOutletList } from '../src/elements/outlet-list/outlet-list.js';
import type { Outlet } from '../src/model/types.js';
import { getBuiltinRegion } from '../src/model/regions/index.js';
import {
  allOutlets,
  gallery,
  OUTLETS_TODAY,
  outletProducers,
  outletProducts,
  pastFair,
} from './outlet-fixtures.js';

EtalaseOutletList.define('etalase-outlet-list');

interface Args {
  outlets: Outlet[];
  today: string;
  theme: 'light' | 'dark' | 'auto';
  lang: '' | 'id' | 'en';
}

const regionName = (code: string) => getBuiltinRegion(code)?.name;

const meta: Meta<Args> = {
  title: 'Outlets/Outlet list',
  component: 'etalase-outlet-list',
  tags: ['autodocs'],
  args: { outlets: allOutlets, today: OUTLETS_TODAY, theme: 'light', lang: '' },
  argTypes: {
    outlets: { control: false },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
  },
  render: (args) =>
    html`<etalase-outlet-list
      .outlets=${args.outlets}
      .producers=${outletProducers}
      .products=${outletProducts}
      .regionNamer=${regionName}
      today=${args.today}
      theme=${args.theme}
      lang=${args.lang}
      no-json-ld
      @etalase-filter-change=${(e: Event) => console.log('etalase-filter-change', e)}
    ></etalase-outlet-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** On 1 December 2026: a bazaar on now, an expo in January, places, and the past folded away. */
export const OnFirstDecember: Story = {};

/** The same in English: dates, hours and statuses through `Intl`. */
export const English: Story = { args: { lang: 'en' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** During the May fair: it is on now, the January expo is months away. */
export const DuringTheFair: Story = { args: { today: '2026-05-20' } };

/** Only a finished fair and a gallery: no upcoming expo, the gallery still listed. */
export const NothingUpcoming: Story = { args: { outlets: [pastFair, gallery] } };

/** A feed without outlets. */
export const Empty: Story = { args: { outlets: [] } };
