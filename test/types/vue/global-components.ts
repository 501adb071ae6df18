// Vue 3 with the generated `etalase/vue` typings. vue-tsc (which checks templates) is not a
// dependency here, so this checks the `GlobalComponents` entries it reads: the props a template may
// bind and the events it may listen to, with their types.
import type {} from 'etalase/vue';
import type { GlobalComponents } from 'vue';
import { EtalaseContactEvent, type EtalaseFeedLoadEvent } from 'etalase';

type Showcase = InstanceType<GlobalComponents['etalase-showcase']>;
type Detail = InstanceType<GlobalComponents['etalase-product-detail']>;

export const props: Showcase['$props'] = {
  src: '/data/produk-unggulan.json',
  view: 'map',
  syncUrl: true,
  lang: 'en',
  class: 'catalogue',
};
// @ts-expect-error not a view
export const wrongView: Showcase['$props'] = { view: 'list' };
// @ts-expect-error `open` is a boolean
export const wrongOpen: Detail['$props'] = { open: 'yes' };

declare const emit: Showcase['$emit'];
emit('etalase-contact', new EtalaseContactEvent('whatsapp', 'produsen-1'));
declare const feedLoad: EtalaseFeedLoadEvent;
emit('etalase-feed-load', feedLoad);
// @ts-expect-error the feed-load event is not a contact event
emit('etalase-contact', feedLoad);
// @ts-expect-error the showcase has no such event
emit('etalase-plan-chnage', feedLoad);
