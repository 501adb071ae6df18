import { EtalaseProducerMap } from './producer-map.component.js';

EtalaseProducerMap.define('etalase-producer-map');

export * from './producer-map.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-producer-map': EtalaseProducerMap;
  }
}
