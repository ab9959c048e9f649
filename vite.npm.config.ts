import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { defineEntries, isDependency } from './scripts/entries.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};
const dependencies = Object.keys(pkg.dependencies);

/** The npm build: one ES module per source file, dependencies left as bare imports. */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/npm',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: resolve('src/index.ts'),
        sportello: resolve('src/sportello.ts'),
        ...Object.fromEntries(defineEntries().map(({ name, path }) => [`define/${name}`, path])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => isDependency(id, dependencies),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
