import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { createDb, createHandlers } from '../mocks/index.js';
import '../demo/fonts.css';
import './preview.css';
import '../src/sportello.js';

// Written by `npm run analyze`, which the storybook scripts run first; a glob, so that the
// typecheck does not need the generated file.
const manifests = import.meta.glob<unknown>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
setCustomElementsManifest(Object.values(manifests)[0] ?? { modules: [] });

/**
 * Every story talks to the reference server at /api. A story sets the state it shows with
 * `parameters.msw.handlers.state`: that key comes first, so its handlers win over the reference
 * ones for the requests they match, and every other request still gets a real answer.
 */
const preview: Preview = {
  loaders: [
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
    msw: { handlers: { state: [], reference: createHandlers(createDb(), { baseUrl: '/api' }) } },
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
