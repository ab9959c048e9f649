import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The CDN build of one entry: a self-contained, minified ES module with Lit bundled in.
 * scripts/build-cdn.mjs runs it once per entry (CDN_ENTRY=<name>) so that no file shares a chunk
 * with another; only code loaded with import() goes to dist/cdn/chunks/.
 */
const name = process.env.CDN_ENTRY ?? 'sportello';
const entry = name === 'sportello' ? 'src/sportello.ts' : `src/define/${name}.ts`;

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: resolve(entry),
      formats: ['es'],
      fileName: () => `${name}.js`,
    },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Vite keeps whitespace in ES library builds; a CDN file is for browsers only.
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});
