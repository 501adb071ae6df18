import { EtalaseOrderPlanner } from './order-planner.component.js';

EtalaseOrderPlanner.define('etalase-order-planner');

export * from './order-planner.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-order-planner': EtalaseOrderPlanner;
  }
}
