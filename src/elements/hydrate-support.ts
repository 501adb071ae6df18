/**
 * Hydration of server-rendered elements (`etalase render`, `etalase site`): Lit's support patches
 * LitElement so an element whose declarative shadow root came with the page adopts those nodes on its
 * first render instead of rendering again. The drop-in loads this chunk only on pages that have such
 * elements, before it defines any element. npm users import
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` before `lit` instead.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

declare global {
  // Set by the module above; LitElement calls it when it is evaluated later, which in the drop-in it
  // is not (it is in the core file), so it is called here, once.
  var litElementHydrateSupport: ((lit: { LitElement: typeof LitElement }) => void) | undefined;
}

globalThis.litElementHydrateSupport?.({ LitElement });
