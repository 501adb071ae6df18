import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook for designers: every element and state, themes, docs from the Custom Elements Manifest. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The sample feed and its images, served as /data/... in stories.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  // No internet here, and government projects send no telemetry.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
