// Builds dist/cdn: sportello.js (every element) and one <tag>.js per src/define/<tag>.ts.
// One Vite build per entry, so each file is self-contained (no chunk shared between entries).
import { rmSync } from 'node:fs';
import { build } from 'vite';
import { defineEntries } from './entries.mjs';

const names = ['sportello', ...defineEntries().map((entry) => entry.name)];
rmSync('dist/cdn', { recursive: true, force: true });

for (const name of names) {
  process.env.CDN_ENTRY = name;
  const result = await build({ configFile: 'vite.cdn.config.ts', logLevel: 'warn' });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output ?? []);
  for (const chunk of outputs) {
    if (chunk.type === 'chunk' && chunk.isEntry && chunk.imports.length > 0) {
      throw new Error(`dist/cdn/${chunk.fileName} statically imports ${chunk.imports.join(', ')}`);
    }
  }
  console.log(`dist/cdn/${name}.js`);
}
