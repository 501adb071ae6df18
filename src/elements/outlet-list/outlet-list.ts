import { EtalaseOutletList } from './outlet-list.component.js';

EtalaseOutletList.define('etalase-outlet-list');

export * from './outlet-list.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-outlet-list': EtalaseOutletList;
  }
}
