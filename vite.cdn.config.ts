import { resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
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
 * The CDN build of one entry: a self-contained, minified ES module with Lit bundled in.
 * scripts/build-cdn.mjs runs it once per entry (CDN_ENTRY=<name>) so that no file shares a chunk
 * with another; only code loaded with import() goes to dist/cdn/chunks/.
 */
const name = process.env.CDN_ENTRY ?? 'sportello';
const entry = name === 'sportello' ? 'src/sportello.ts' : `src/define/${name}.ts`;

export default defineConfig({
  publicDir: false,
  plugins: [minifyLiterals()],
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
