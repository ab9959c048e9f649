// Declarations generated from custom-elements.json for the npm build: each element's event map
// and the React 19 JSX types. Paths are those of the manifest (dist/npm/...), made relative to
// dist/npm, where the generated files go.
import { posix } from 'node:path';

const NPM_DIR = 'dist/npm';

/** The custom elements, each with the module that declares it. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ ...declaration, module: module.path })),
  );
}

/** The module path to import from a file of dist/npm at `from` (e.g. 'define/x.d.ts'). */
export function importPath(modulePath, from = 'index.d.ts') {
  const path = posix.relative(posix.dirname(posix.join(NPM_DIR, from)), modulePath);
  return path.startsWith('.') ? path : `./${path}`;
}

/** The modules that declare an element's event classes. */
export function eventModulesOf(element) {
  const references = (element.events ?? []).flatMap((event) => event.type?.references ?? []);
  return [...new Set(references.map((reference) => reference.module))];
}

function doc(text, indent = '') {
  const lines = (text ?? '').trim().replaceAll('*/', '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

function importTypes(names) {
  const byModule = new Map();
  for (const { name, module } of names) {
    byModule.set(module, new Set([...(byModule.get(module) ?? []), name]));
  }
  return [...byModule]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([module, set]) =>
        `import type { ${[...set].sort().join(', ')} } from '${importPath(module)}';`,
    )
    .join('\n');
}

const eventTypes = (elements) =>
  elements.flatMap((element) =>
    (element.events ?? []).flatMap((event) => event.type?.references ?? []),
  );

const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** `SportelloSlotPickerEventMap`: the events an element fires, by name. */
export function eventMapsSource(manifest) {
  const elements = elementsOf(manifest).filter((element) => element.events?.length);
  const maps = elements.map(
    (element) =>
      doc(`The events \`<${element.tagName}>\` fires, by name.`) +
      `export interface ${element.name}EventMap {\n` +
      element.events
        .map((event) => doc(event.description, '  ') + `  '${event.name}': ${event.type.text};`)
        .join('\n') +
      '\n}\n',
  );
  const byTag = elements.map((element) => `  '${element.tagName}': ${element.name}EventMap;`);
  return [
    '// Generated from custom-elements.json by scripts/build-types.mjs.',
    importTypes(eventTypes(elements)),
    '',
    maps.join('\n'),
    doc('Every element that fires events, by tag: its event map.') +
      `export interface SportelloEventMaps {\n${byTag.join('\n')}\n}\n`,
  ].join('\n');
}

/** Attributes under their HTML name, properties without an attribute, `on<event>` listeners. */
function propsOf(element) {
  const attributes = (element.attributes ?? []).map((attribute) => ({
    name: attribute.name,
    description: attribute.description,
    type: attribute.fieldName ? `${element.name}['${attribute.fieldName}']` : attribute.type.text,
  }));
  const properties = (element.members ?? [])
    .filter((m) => m.kind === 'field' && !m.readonly && !m.attribute)
    .filter((m) => !attributes.some((attribute) => attribute.name === m.name))
    .map((m) => ({
      name: m.name,
      description: m.description,
      type: `${element.name}['${m.name}']`,
    }));
  const listeners = (element.events ?? []).map((event) => ({
    name: `on${event.name}`,
    description: `${event.description} (listener of \`${event.name}\`)`,
    type: `(event: ${event.type.text}) => void`,
  }));
  return [...attributes, ...properties, ...listeners];
}

/** React 19 sets known properties, sets other props as attributes and listens for `on<name>`. */
export function reactSource(manifest) {
  const elements = elementsOf(manifest);
  const classes = elements.map(({ name, module }) => ({ name, module }));
  const propsTypes = elements.map(
    (element) =>
      doc(
        `Props of \`<${element.tagName}>\` in React 19: attributes by their HTML name, properties ` +
          'that have no attribute, and `on<event name>` listeners.',
      ) +
      `export interface ${element.name}Props {\n` +
      propsOf(element)
        .map((prop) => doc(prop.description, '  ') + `  ${quote(prop.name)}?: ${prop.type};`)
        .join('\n') +
      '\n}\n',
  );
  const tags = elements.map(
    (element) =>
      doc(element.summary || element.description, '  ') +
      `  '${element.tagName}': ReactProps<${element.name}, ${element.name}Props>;`,
  );
  return [
    '// Generated from custom-elements.json by scripts/build-types.mjs.',
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    importTypes([...classes, ...eventTypes(elements)]),
    "// The tags' HTMLElementTagNameMap and event map entries.",
    "import './sportello.js';",
    '',
    'type ReactProps<E extends HTMLElement, Own> = Own &',
    '  Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own>;',
    '',
    propsTypes.join('\n'),
    doc('The Sportello tags, for `JSX.IntrinsicElements`.') +
      `export interface SportelloIntrinsicElements {\n${tags.join('\n')}\n}\n`,
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements extends SportelloIntrinsicElements {}',
    '  }',
    '}',
    '',
  ].join('\n');
}
