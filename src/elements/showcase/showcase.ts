import { EtalaseShowcase } from './showcase.component.js';

EtalaseShowcase.define('etalase-showcase');

export * from './showcase.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-showcase': EtalaseShowcase;
  }
}
