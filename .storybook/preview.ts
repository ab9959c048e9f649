import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { createDb, createHandlers } from '../mocks/index.js';
import { startStoryClock } from '../stories/support/clock.js';
import { storyServersHandler } from '../stories/support/story-server.js';
import { manifestForTables, type Manifest } from './manifest.js';
import '../demo/fonts.css';
import './preview.css';
import '../src/sportello.js';

// Written by `npm run analyze`, which the storybook scripts run first; a glob, so that the
// typecheck does not need the generated file.
const manifests = import.meta.glob<Manifest>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
setCustomElementsManifest(manifestForTables(Object.values(manifests)[0] ?? { modules: [] }));

// Before the reference store below is made: it reads "today" from the same clock.
startStoryClock();

/**
 * Every story talks to a reference server: the shared one at /api, or its own at
 * /api/story/<name> (see stories/support/story-server.ts), with its own store and fault scenario.
 * `parameters.msw.handlers.state` comes first, so a story's handlers there win for the requests
 * they match. Each story opens at the stories' fixed "now".
 */
const preview: Preview = {
  // A court site's page is in Italian: widgets without a `lang` of their own speak it, on docs
  // pages too (where Storybook wraps the stories in an English block).
  decorators: [(story) => html`<div lang="it">${story()}</div>`],
  loaders: [
    () => {
      startStoryClock();
      return {};
    },
    mswLoader(async () => {
      const worker = setupWorker();
      await worker.start({
        serviceWorker: { url: './mockServiceWorker.js' },
        onUnhandledRequest: 'bypass',
        quiet: true,
      });
      return worker;
    }),
  ],
  parameters: {
    msw: {
      handlers: {
        state: [],
        stories: [storyServersHandler],
        reference: createHandlers(createDb(), { baseUrl: '/api' }),
      },
    },
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
