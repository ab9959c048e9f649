// Installs the packed package into two apps outside the repository, as a user would, and fails
// when their TypeScript sees a tag, attribute, property or event untyped, or accepts a value of
// the wrong type: a TypeScript + Vite app (which is also bundled) and a React 19 + TSX app.
// Every check of tags, attributes and events is generated from the installed custom-elements.json.
// Run after `npm run build`. npm's cache is kept between runs under the temp dir.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { elementsOf } from './manifest-types.mjs';

if (!existsSync('dist/npm/react.d.ts')) {
  console.error('test:consumers: run `npm run build` first');
  process.exit(1);
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const root = join(tmpdir(), 'sportello-consumers');
const cache = join(root, 'npm-cache');
mkdirSync(cache, { recursive: true });
const work = mkdtempSync(join(root, 'run-'));

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function mustRun(command, args, cwd) {
  const result = run(command, args, cwd);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} (in ${cwd})\n${result.output}`);
  return result.output;
}

function fail(message) {
  console.error(`test:consumers failed: ${message}\nThe apps are in ${work}`);
  process.exit(1);
}

function writeFiles(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof text === 'string' ? text : JSON.stringify(text, null, 2));
  }
}

// The apps' own files check the package's declarations too (skipLibCheck off); the generated
// checks only ask what an import brings, and skip them to stay fast.
const tsconfig = (files, skipLibCheck) => ({
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    verbatimModuleSyntax: true,
    skipLibCheck,
    types: [],
  },
  files,
});

/** Type-checks `files` alone: what they import is all the types they see. */
function typecheck(app, name, files, skipLibCheck = false) {
  writeFiles(app, { [`tsconfig.${name}.json`]: tsconfig(files, skipLibCheck) });
  return run('npx', ['tsc', '-p', `tsconfig.${name}.json`], app);
}

function mustTypecheck(app, name, files, skipLibCheck = false) {
  const result = typecheck(app, name, files, skipLibCheck);
  if (result.status !== 0) fail(`tsc rejected ${files.join(', ')}\n${result.output}`);
}

/** The file must fail to compile, with exactly one error, of that code, in that file. */
function mustReject(app, file, code) {
  const { status, output } = typecheck(app, 'reject', [file]);
  const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
  const expected = errors.length === 1 && errors[0].startsWith(file) && errors[0].includes(code);
  if (status === 0 || !expected) fail(`${file} should fail with one ${code} only\n${output}`);
}

const TYPED = `type IsAny<T> = 0 extends 1 & T ? true : false;
/** True when T is a real type: neither any nor unknown. */
export type IsTyped<T> = IsAny<T> extends true ? false : unknown extends T ? false : true;
/** True when T is an event class of its own, not the plain Event. */
export type IsEvent<T> = IsTyped<T> extends true ? (Event extends T ? false : true) : false;
export type Assert<T extends true> = T;
`;

const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const settable = (element) =>
  (element.members ?? []).filter((m) => m.kind === 'field' && !m.readonly && !m.attribute);

/** DOM checks for the tags an entry point registers: each attribute's field, property and event. */
function domChecks(entry, elements) {
  const lines = elements.flatMap((element) => {
    const tag = `HTMLElementTagNameMap['${element.tagName}']`;
    const fields = [
      ...(element.attributes ?? []).map((a) => a.fieldName ?? camelCase(a.name)),
      ...settable(element).map((m) => m.name),
    ];
    return [
      ...new Set(fields.map((field) => `Assert<IsTyped<${tag}['${field}']>>`)),
      ...(element.events ?? []).map((e) => `Assert<IsEvent<HTMLElementEventMap['${e.name}']>>`),
    ];
  });
  return `import '${entry}';\nimport type { Assert, IsEvent, IsTyped } from './typed.js';\n\nexport type Checks = [\n  ${lines.join(',\n  ')},\n];\n`;
}

/** JSX checks: each attribute and property a prop, each event an `on<name>` prop with its class. */
function reactChecks(elements) {
  const lines = elements.flatMap((element) => {
    const props = `JSX.IntrinsicElements['${element.tagName}']`;
    const names = [
      ...(element.attributes ?? []).map((a) => a.name),
      ...settable(element).map((m) => m.name),
    ];
    return [
      ...new Set(names.map((name) => `Assert<IsTyped<NonNullable<${props}['${name}']>>>`)),
      ...(element.events ?? []).map(
        (e) => `Assert<IsEvent<Parameters<NonNullable<${props}['on${e.name}']>>[0]>>`,
      ),
    ];
  });
  return `import type {} from 'sportello/react';\nimport type { JSX } from 'react';\nimport type { Assert, IsEvent, IsTyped } from './typed.js';\n\nexport type Checks = [\n  ${lines.join(',\n  ')},\n];\n`;
}

const MAIN_TS = `import 'sportello/sportello.js';
import { SportelloBookedEvent, type SportelloSlotPickerEventMap } from 'sportello';

const picker = document.querySelector('sportello-slot-picker')!;
picker.office = 'tribunale-pistoia';
picker.history = true;
picker.addEventListener('sportello-booked', (event) => {
  const code: string = event.detail.code;
  console.log(code, event instanceof SportelloBookedEvent);
});
const step: SportelloSlotPickerEventMap['sportello-step']['step'] = 'review';
const receipt = document.createElement('sportello-receipt');
receipt.printSize = 'a6';
receipt.addEventListener('sportello-cancelled', (event) => console.log(event.detail.replacedBy, step));
document.querySelector('sportello-config')!.credentials = 'include';
document.addEventListener('sportello-checked-in', (event) => console.log(event.verdict, event.offline));
`;

const APP_TSX = `import 'sportello/sportello.js';
import type {} from 'sportello/react';
import { useState } from 'react';

export function App() {
  const [code, setCode] = useState('');
  return (
    <sportello-config api-base="https://tribunale.example/api/sportello" credentials="include" lang="it">
      <sportello-slot-picker
        office="tribunale-pistoia"
        privacy-url="/privacy"
        history
        onsportello-booked={(event) => setCode(event.detail.code)}
        onsportello-step={(event) => console.log(event.step)}
      >
        <p>Cancelleria: 0573 000000</p>
      </sportello-slot-picker>
      {code && (
        <sportello-receipt code={code} print-size="a6" onsportello-cancelled={(event) => setCode(event.replacedBy ?? '')} />
      )}
      <sportello-check-in
        office="tribunale-pistoia"
        early-minutes={30}
        ref={(desk) => void desk?.flush()}
        onsportello-checked-in={(event) => console.log(event.detail.verdict)}
      />
    </sportello-config>
  );
}
`;

const MAIN_TSX = `import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(<App />);
`;

const tarball = JSON.parse(mustRun('npm', ['pack', '--json', '--pack-destination', work], '.'))[0];
console.log(`packed ${tarball.filename} (${tarball.entryCount} files)`);
const dependencies = (extra) => ({ sportello: `file:../${tarball.filename}`, ...extra });
const npmInstall = (app) =>
  mustRun('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--cache', cache], app);

const tsApp = join(work, 'ts-app');
writeFiles(tsApp, {
  'package.json': {
    name: 'ts-app',
    private: true,
    type: 'module',
    dependencies: dependencies({
      typescript: pkg.devDependencies.typescript,
      vite: pkg.devDependencies.vite,
    }),
  },
  'index.html':
    '<sportello-slot-picker office="x"></sportello-slot-picker>\n<script type="module" src="/src/main.ts"></script>\n',
  'src/main.ts': MAIN_TS,
  'src/typed.ts': TYPED,
  'src/wrong-property.ts':
    "import 'sportello/define/sportello-check-in.js';\n\ndocument.querySelector('sportello-check-in')!.earlyMinutes = '30';\n",
});
const reactApp = join(work, 'react-app');
writeFiles(reactApp, {
  'package.json': {
    name: 'react-app',
    private: true,
    type: 'module',
    dependencies: dependencies({
      typescript: pkg.devDependencies.typescript,
      react: '^19.0.0',
      'react-dom': '^19.0.0',
      '@types/react': '^19.0.0',
      '@types/react-dom': '^19.0.0',
    }),
  },
  'src/App.tsx': APP_TSX,
  'src/main.tsx': MAIN_TSX,
  'src/typed.ts': TYPED,
  'src/wrong-attribute.tsx':
    "import 'sportello/sportello.js';\nimport type {} from 'sportello/react';\n\nexport const desk = <sportello-check-in early-minutes=\"30\" />;\n",
});
npmInstall(tsApp);
npmInstall(reactApp);

const installed = join(tsApp, 'node_modules/sportello');
const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
for (const file of [
  installedPkg.customElements,
  installedPkg['web-types'],
  'dist/editors/html-custom-data.json',
  'dist/editors/css-custom-data.json',
]) {
  if (!existsSync(join(installed, file))) fail(`the package lacks ${file}`);
}
const manifest = JSON.parse(readFileSync(join(installed, installedPkg.customElements), 'utf8'));
const elements = elementsOf(manifest);

const entries = [
  ['index', 'sportello', elements],
  ['all', 'sportello/sportello.js', elements],
  ...readdirSync(join(installed, 'dist/npm/define'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const name = file.replace(/\.js$/, '');
      return [name, `sportello/define/${file}`, elements.filter((e) => e.tagName === name)];
    }),
];
for (const [name, entry, tags] of entries) {
  if (tags.length === 0) fail(`no element of the manifest for ${entry}`);
  writeFiles(tsApp, { [`src/checks-${name}.ts`]: domChecks(entry, tags) });
  mustTypecheck(tsApp, name, [`src/checks-${name}.ts`], true);
}
mustTypecheck(tsApp, 'main', ['src/main.ts']);
mustReject(tsApp, 'src/wrong-property.ts', 'TS2322');
mustRun('npx', ['vite', 'build', '--logLevel', 'warn'], tsApp);
const bundle = readdirSync(join(tsApp, 'dist/assets'))
  .map((f) => readFileSync(join(tsApp, 'dist/assets', f), 'utf8'))
  .join('');
for (const { tagName } of elements) {
  const define = new RegExp(`customElements\\.define\\(\\s*[\`'"]${tagName}[\`'"]`);
  if (!define.test(bundle)) fail(`the Vite bundle does not register <${tagName}>`);
}
console.log(
  `TypeScript + Vite: ${entries.length} entry points typed, wrong property type rejected, bundled`,
);

writeFiles(reactApp, { 'src/checks.ts': reactChecks(elements) });
mustTypecheck(reactApp, 'checks', ['src/checks.ts'], true);
mustTypecheck(reactApp, 'main', ['src/main.tsx']);
mustReject(reactApp, 'src/wrong-attribute.tsx', 'TS2322');
console.log(
  'React 19: every tag, attribute, property and event prop typed, wrong attribute type rejected',
);

rmSync(work, { recursive: true, force: true });
