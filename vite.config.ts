import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { demoLayout } from './demo/layout-plugin.js';

/** Every .html file at the root is a page of the demo site. */
const pages = Object.fromEntries(
  readdirSync('.')
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.replace(/\.html$/, ''), resolve(file)]),
);

/** The demo site (`npm start`, `npm run build:demo`): a court website that embeds the widgets. */
export default defineConfig({
  plugins: [demoLayout()],
  publicDir: 'public',
  server: { open: process.env.CI ? false : '/index.html' },
  // The reference server's registry of places is loaded on demand: prebundled, its first use
  // does not make the dev server reload the page.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      '@lit/context',
      '@lit/task',
      '@marketto/belfiore-connector-embedded',
    ],
  },
  build: {
    outDir: 'dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: pages },
    // The demo bundles Bootstrap Italia and the reference server; only the library has budgets.
    chunkSizeWarningLimit: 1500,
  },
});
