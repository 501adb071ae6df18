import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/order-planner/order-planner.js';
import { PLANNER_VIEWS } from '../src/elements/order-planner/order-planner.js';
import { emptyPlan, encodePlan, type OrderPlan } from '../src/feed/order-plan/index.js';
import { getBuiltinRegion } from '../src/model/regions/index.js';
import {
  allWarningsPlan,
  oneProducerPlan,
  planFeed,
  PLAN_TODAY,
  twoProducerPlan,
} from './order-plan-fixtures.js';

interface Args {
  plan: OrderPlan;
  sharedPlan: string;
  view: (typeof PLANNER_VIEWS)[number];
  theme: 'light' | 'dark' | 'auto';
  lang: '' | 'id' | 'en';
}

const regionNamer = (code: string) => getBuiltinRegion(code)?.name;

const meta: Meta<Args> = {
  title: 'Ordering/Order planner',
  component: 'etalase-order-planner',
  tags: ['autodocs'],
  args: { plan: emptyPlan(), sharedPlan: '', view: 'plan', theme: 'light', lang: '' },
  argTypes: {
    plan: { control: false },
    view: { control: 'inline-radio', options: [...PLANNER_VIEWS] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
  },
  // Stories never touch the visitor's saved plan, and "today" is fixed so the checks read the same.
  render: (args) =>
    html`<etalase-order-planner
      no-storage
      today=${PLAN_TODAY}
      lang=${args.lang}
      theme=${args.theme}
      view=${args.view}
      shared-plan=${args.sharedPlan}
      .feed=${planFeed}
      .regionNamer=${regionNamer}
      .plan=${args.plan}
      @etalase-plan-change=${(e: Event) => console.log('etalase-plan-change', e)}
      @etalase-contact=${(e: Event) => {
        e.preventDefault(); // keep Storybook on the page
        console.log('etalase-contact', e);
      }}
    ></etalase-order-planner>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing added yet: the event fields and a hint where to start. */
export const Empty: Story = {};

/** One producer, no warning: the last day to order is named. */
export const OneProducer: Story = { args: { plan: oneProducerPlan } };

/** Snacks and seminar bags from two producers: one message each, subtotals and a total. */
export const SeveralProducers: Story = { args: { plan: twoProducerPlan } };

/**
 * Every check: below the minimum, too close for the lead time, over the pro-rated capacity (with
 * another producer who can), out of stock, no bulk orders, and a product that left the feed.
 */
export const AllWarnings: Story = { args: { plan: allWarningsPlan } };

/** The printable "Rencana Belanja Produk Lokal" (A4), as it prints. */
export const Printed: Story = { args: { plan: twoProducerPlan, view: 'print' } };

/** Opened from a `?rencana=` link: the colleague's plan, read only. */
export const SharedReadOnly: Story = { args: { sharedPlan: encodePlan(twoProducerPlan) } };

export const English: Story = { args: { plan: allWarningsPlan, lang: 'en' } };

export const Dark: Story = {
  args: { plan: twoProducerPlan, theme: 'dark' },
};
