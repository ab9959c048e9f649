import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The MSW worker script (public/mockServiceWorker.js) is served at the root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  viteFinal(config) {
    // One Lit for the preview and every story: without this, dev mode loads several copies.
    config.optimizeDeps ??= {};
    config.optimizeDeps.include = [
      ...(config.optimizeDeps.include ?? []),
      'lit',
      'lit/decorators.js',
      '@lit/context',
      '@lit/task',
      '@marketto/belfiore-connector-embedded',
    ];
    // Storybook's own manager and axe are large by nature; the library's budgets are in size-limit.
    config.build = { ...config.build, chunkSizeWarningLimit: 2000 };
    return config;
  },
};

export default config;
