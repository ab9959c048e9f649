import { resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'terser';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import { defineEntries } from './scripts/entries.mjs';

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

/** A shared chunk is named after the parts it holds, whatever module the bundler sees first. */
const namedParts: [RegExp, string][] = [
  [/[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/, 'lit'],
  [/[\\/]src[\\/]api[\\/]client\.ts$/, 'client'],
  [/[\\/]src[\\/]config[\\/]sportello-element\.ts$/, 'base'],
];
/**
 * Lit, the api client and the config's context: every file of dist/cdn needs them. Left to
 * itself the bundler splits a few of them off (the errors module, Lit's empty re-export modules,
 * the decorator helper), each one more request and a gzip window of its own; `ifDefined` (0.1 kB),
 * which the picker and the receipt use, joins them rather than travel alone.
 */
const litAndClient = new RegExp(
  [
    /[\\/]node_modules[\\/](lit[\\/](index|decorators)|lit-html[\\/]lit-html|lit-element[\\/]lit-element)\.js$/,
    /[\\/]node_modules[\\/]@lit[\\/]reactive-element[\\/](css-tag|reactive-element|decorators[\\/](property|state))\.js$/,
    /[\\/]node_modules[\\/]lit(-html)?[\\/]directives[\\/]if-defined\.js$/,
    /[\\/]node_modules[\\/]@lit[\\/]context[\\/]lib[\\/](context-request-event|create-context|context-root)\.js$/,
    /[\\/]src[\\/]api[\\/](errors|http|retry|resilient-fetch|client)\.ts$/,
    /[\\/]src[\\/]config[\\/](context|api-client-cache)\.ts$/,
    /^\0@oxc-project\+runtime@[^\\/]+[\\/]helpers[\\/]esm[\\/]decorate\.js$/,
  ]
    .map((part) => part.source)
    .join('|'),
);
const elementMessages = /[\\/]src[\\/]elements[\\/]([^\\/]+)[\\/]messages[\\/](\w+)\.ts$/;
const packageName = /[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?([^\\/]+)[\\/]/;

function chunkName(chunk: Rolldown.PreRenderedChunk): string {
  const parts = namedParts.filter(([id]) => chunk.moduleIds.some((moduleId) => id.test(moduleId)));
  if (parts.length > 0) return parts.map(([, name]) => name).join('-');
  const facade = chunk.facadeModuleId ?? '';
  const messages = elementMessages.exec(facade);
  if (messages) return `${messages[1]}-${messages[2]}`;
  return packageName.exec(facade)?.[1] ?? chunk.name;
}

/**
 * The CDN build, ONE build of every entry: dist/cdn/<tag>.js per element, sportello.js (every
 * element) and autoloader.js. What two entries share goes to dist/cdn/chunks/, each module in the
 * one chunk of the entries that need it, so that any mix of files on a page runs one Lit and one
 * context. Code loaded with import() gets chunks of its own there too.
 *
 * `--mode standalone` builds translations.js on its own, whole in one file: it shares no module
 * with the widgets (what a site registers lives on globalThis), so it adds no chunk to theirs.
 */
export default defineConfig(({ mode }) => ({
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
      entry: (mode === 'standalone'
        ? { translations: resolve('src/translations.ts') }
        : {
            sportello: resolve('src/sportello.ts'),
            autoloader: resolve('src/autoloader.ts'),
            ...Object.fromEntries(defineEntries().map(({ name, path }) => [name, path])),
          }) as Record<string, string>,
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // An element's own code stays in its entry file, although sportello.js imports it too
      // (without this each entry would be a one-line file importing a chunk of the same name).
      preserveEntrySignatures: 'allow-extension',
      // Terser and the template minifier take most of the build, as expected: no timing report.
      checks: { bundlerTimings: false },
      output: {
        chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: 'lit-client', test: litAndClient }],
        },
        // Vite keeps whitespace in ES library builds; a CDN file is for browsers only.
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
}));
