// Builds dist/cdn in one build (vite.cdn.config.ts): autoloader.js, sportello.js (every element)
// and one <tag>.js per src/define/<tag>.ts, sharing their parts through dist/cdn/chunks/; then
// translations.js alone, in one file.
import { rmSync } from 'node:fs';
import { build } from 'vite';

rmSync('dist/cdn', { recursive: true, force: true });
const result = await build({ configFile: 'vite.cdn.config.ts', logLevel: 'warn' });
await build({ configFile: 'vite.cdn.config.ts', logLevel: 'warn', mode: 'standalone' });
const chunks = (Array.isArray(result) ? result : [result])
  .flatMap((output) => output.output ?? [])
  .filter((file) => file.type === 'chunk');

// An element's file must not load another element's file at once: a page that asks for one
// element would register two. Only sportello.js, which registers every element, does.
for (const chunk of chunks.filter((file) => file.isEntry && file.fileName !== 'sportello.js')) {
  const entries = chunk.imports.filter((file) => !file.startsWith('chunks/'));
  if (entries.length > 0) {
    throw new Error(`dist/cdn/${chunk.fileName} statically imports ${entries.join(', ')}`);
  }
  if (chunk.fileName === 'autoloader.js' && chunk.imports.length > 0) {
    throw new Error(`dist/cdn/autoloader.js statically imports ${chunk.imports.join(', ')}`);
  }
}
const lit = chunks.filter((chunk) => chunk.moduleIds.some((id) => /[\\/]lit-html\.js$/.test(id)));
if (lit.length !== 1) throw new Error(`Lit is in ${lit.length} files of dist/cdn, not one`);

const shared = chunks.filter((chunk) => !chunk.isEntry && !chunk.isDynamicEntry);
for (const chunk of chunks.filter((file) => file.isEntry))
  console.log(`dist/cdn/${chunk.fileName}`);
console.log(`shared: ${shared.map((chunk) => `dist/cdn/${chunk.fileName}`).join(', ')}`);
