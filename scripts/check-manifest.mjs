// Fails when custom-elements.json leaves something of an element's public interface undocumented:
// a member, attribute, slot, part or custom property without a description, an event without a
// name, a type or a description, a custom property the styles read but no element lists, or a
// module path that the npm build does not publish. Run after `npm run build:npm` and `analyze`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const problems = [];

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

function checkElement(element) {
  const where = `<${element.tagName}>`;
  const undescribed = (kind, items, name = (item) => item.name) => {
    for (const item of items ?? []) {
      const label = name(item) || (kind === 'slot' ? '(default)' : '(no name)');
      if (!item.description?.trim()) problems.push(`${where} ${kind} ${label}: no description`);
    }
  };
  if (!element.summary && !element.description)
    problems.push(`${where}: no summary or description`);
  if (!element.status) problems.push(`${where}: no @status`);
  undescribed('member', element.members);
  undescribed('attribute', element.attributes);
  undescribed('slot', element.slots);
  undescribed('part', element.cssParts);
  undescribed('custom property', element.cssProperties);
  undescribed('event', element.events);
  for (const event of element.events ?? []) {
    if (!event.name) problems.push(`${where} event of type ${event.type?.text}: no name`);
    if (!event.type?.text) problems.push(`${where} event ${event.name}: no type`);
  }
}

/** Every path a module or reference names must be a file of the npm build. */
function checkPaths(module) {
  const references = [
    ...(module.exports ?? []).map((item) => item.declaration),
    ...(module.declarations ?? []).flatMap((declaration) => [
      declaration.superclass,
      ...['members', 'attributes', 'events', 'cssProperties', 'cssParts', 'slots'].flatMap((key) =>
        (declaration[key] ?? []).flatMap((item) => [
          item.inheritedFrom,
          ...(item.type?.references ?? []),
        ]),
      ),
    ]),
  ];
  const paths = [module.path, ...references.map((reference) => reference?.module)];
  for (const path of new Set(paths.filter(Boolean))) {
    if (!path.startsWith('dist/npm/') || !existsSync(path)) {
      problems.push(`module ${module.path}: ${path} is not a file of the npm build`);
    }
  }
}

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter(
    (declaration) => declaration.customElement && declaration.tagName,
  ),
);
if (elements.length === 0) problems.push('no custom element in the manifest');
elements.forEach(checkElement);
manifest.modules.forEach(checkPaths);

const listed = new Set(
  elements.flatMap((element) => (element.cssProperties ?? []).map((p) => p.name)),
);
for (const file of sourceFiles('src')) {
  for (const [, name] of readFileSync(file, 'utf8').matchAll(/var\(\s*(--sportello-[a-z0-9-]+)/g)) {
    if (!listed.has(name))
      problems.push(`${file}: ${name} is read but no element lists it (@cssproperty)`);
  }
}

if (problems.length > 0) {
  console.error(`custom-elements.json is incomplete:\n  ${[...new Set(problems)].join('\n  ')}`);
  process.exit(1);
}
const count = (key) => elements.reduce((sum, element) => sum + (element[key]?.length ?? 0), 0);
console.log(
  `custom-elements.json: ${elements.length} elements, ${count('attributes')} attributes, ` +
    `${count('events')} events, ${count('cssParts')} parts, ${listed.size} custom properties, all described`,
);
