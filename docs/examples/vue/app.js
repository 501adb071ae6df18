// Recipe: Vue 3. Tell Vue that `etalase-*` tags are custom elements (with a bundler plugin this is
// `compilerOptions.isCustomElement` in vite.config); bind data with `.prop` and listen with `@`.
import { createApp, h, ref } from 'vue';
import 'etalase'; // registers every element

const app = createApp({
  setup() {
    const region = ref('62.71');
    const lastFilter = ref('');
    return () =>
      h('main', [
        h('h1', 'Produk unggulan'),
        h('p', { id: 'last-filter', 'aria-live': 'polite' }, lastFilter.value),
        h('etalase-showcase', {
          src: '../../demo/data/produk-unggulan.json',
          lang: 'id',
          region: region.value,
          'onEtalase-filter-change': (event) => (lastFilter.value = JSON.stringify(event.filter)),
        }),
      ]);
  },
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('etalase-');
app.mount('#app');
