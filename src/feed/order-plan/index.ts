/**
 * Order plans (no DOM): checks, producers' messages, the procurement CSV, and plans in links and
 * on the device. `etalase-order-planner` is the element over it.
 */
export * from './plan.js';
export * from './edit.js';
export * from './checks.js';
export * from './messages.js';
export * from './csv.js';
export * from './share.js';
export { checkText } from './text.js';
