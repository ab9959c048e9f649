import { resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';

/** Squeezes the white space out of Lit's html`` and css`` templates, which no JS minifier touches. */
function minifyLiterals(): Plugin {
  return {
    name: 'sportello-minify-literals',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map?.toString() } : null;
    },
  };
}

/**
 * Terser over each chunk: its passes over the whole module (inlining, dead branches, top-level
 * names) take about 0.5 kB gzip more off every element than the bundler's own minifier alone.
 */
function terserChunks(): Plugin {
  return {
    name: 'sportello-terser',
    async renderChunk(code) {
      const result = await minify(code, {
        module: true,
        ecma: 2020,
        compress: { passes: 3 },
        mangle: { toplevel: true },
        format: { comments: false },
        sourceMap: true,
      });
      return result.code === undefined ? null : { code: result.code, map: result.map as string };
    },
  };
}

/**
 * The CDN build of one entry: a self-contained, minified ES module with Lit bundled in.
 * scripts/build-cdn.mjs runs it once per entry (CDN_ENTRY=<name>) so that no file shares a chunk
 * with another; only code loaded with import() goes to dist/cdn/chunks/.
 */
const name = process.env.CDN_ENTRY ?? 'sportello';
const entry = name === 'sportello' ? 'src/sportello.ts' : `src/define/${name}.ts`;

export default defineConfig({
  publicDir: false,
  plugins: [minifyLiterals(), terserChunks()],
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
      // Lets code that lazy chunks share with the entry stay in the entry (as extra exports)
      // instead of becoming a third file that the entry would import statically.
      preserveEntrySignatures: 'allow-extension',
      // Terser takes most of the build, as expected: no timing report about it.
      checks: { bundlerTimings: false },
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Everything the entry imports statically stays in the entry's file. Without this group
        // the bundler may split Lit off into a common chunk when two lazy chunks (e.g. a view and
        // a nested element) share it with the entry.
        codeSplitting: { groups: [{ name: name, tags: ['$initial'] }] },
        // Vite keeps whitespace in ES library builds; a CDN file is for browsers only.
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});
