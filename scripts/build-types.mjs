// Emits the .d.ts of the npm build, copies hand-written declaration files (the generated OpenAPI
// schema), which tsc does not copy, next to them, and adds what custom-elements.json (run
// `npm run analyze` first) tells: each entry's tag and event types, the event maps, React's JSX.
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { defineEntries } from './entries.mjs';
import {
  elementsOf,
  eventMapsSource,
  eventModulesOf,
  importPath,
  reactSource,
} from './manifest-types.mjs';

const OUT = 'dist/npm';

const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

function* declarationFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarationFiles(path);
    else if (entry.name.endsWith('.d.ts')) yield path;
  }
}

for (const file of declarationFiles('src')) {
  const target = join(OUT, relative('src', file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = elementsOf(manifest);
const sideImports = (paths) => paths.map((path) => `import '${path}';\n`).join('');

// A declaration file's `import './x.js'` brings x's global declarations and nothing else.
// The registrations: the define files hold HTMLElementTagNameMap; their element's events module
// holds its GlobalEventHandlersEventMap entries, which tsc leaves out of the element's .d.ts.
for (const { name } of defineEntries()) {
  const definition = manifest.modules
    .find((module) => module.path === `${OUT}/define/${name}.js`)
    ?.exports?.find((item) => item.kind === 'custom-element-definition');
  const element = elements.find((e) => e.name === definition?.declaration.name);
  if (!element) throw new Error(`custom-elements.json has no element for define/${name}`);
  const from = `define/${name}.d.ts`;
  appendFileSync(
    join(OUT, from),
    sideImports(eventModulesOf(element).map((m) => importPath(m, from))),
  );
}
const defines = sideImports(defineEntries().map(({ name }) => `./define/${name}.js`));
appendFileSync(join(OUT, 'sportello.d.ts'), defines);
appendFileSync(join(OUT, 'index.d.ts'), `${defines}export type * from './event-maps.js';\n`);

writeFileSync(join(OUT, 'event-maps.d.ts'), eventMapsSource(manifest));
writeFileSync(join(OUT, 'react.d.ts'), reactSource(manifest));
