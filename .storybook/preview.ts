import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };

setCustomElementsManifest(manifest);

/** Global toolbar: UI language and theme, applied to every story through the page's `lang` and a wrapper. */
const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Bahasa / Language',
      toolbar: { title: 'Bahasa', icon: 'globe', items: ['id', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'id' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals['lang'] ?? 'id');
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
