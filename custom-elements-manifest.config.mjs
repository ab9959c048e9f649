/**
 * `npm run analyze` reads this file (the analyzer looks for it in the working directory); the
 * script's flags say what to analyze, this file what the manifest keeps and which editor files
 * are generated from it (dist/editors/). `npm run check:manifest` checks the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

const EDITORS_DIR = 'dist/editors';

/** DOM aliases that an editor or a table cannot expand: the values a page can write. */
const LITERAL_TYPES = { RequestCredentials: "'same-origin' | 'include' | 'omit'" };

/** The sources of the npm build's entry points (package.json `exports`). */
const ENTRY_MODULE = /^src\/(index|sportello|define\/[^/]+)\.ts$/;

/** The lists of a class that can name other modules (`inheritedFrom`, type references). */
const ITEM_KEYS = ['members', 'attributes', 'events', 'cssProperties', 'cssParts', 'slots'];

function* classes(manifest) {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class') yield { module, declaration };
    }
  }
}

/** What a page can use: no private, protected or `#` members, no static internals (styles, messages). */
function isPublicMember(member) {
  return (
    !member.static &&
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !member.name.startsWith('#')
  );
}

/** `@status beta` on a class, which the analyzer drops, kept as the declaration's `status`. */
function statusField() {
  return {
    name: 'sportello-status-field',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === 'status');
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      const status = tag && ts.getTextOfJSDocComment(tag.comment)?.trim();
      if (declaration && status) declaration.status = status;
    },
  };
}

/**
 * Events carry their class as `type`. `@fires` names an event; `dispatchEvent(new X())` gives its
 * class without a name; the event classes' `static eventName` joins the two. An event dispatched
 * but not listed in `@fires` stays, without a description, for the check to report.
 */
function typedEvents() {
  return {
    name: 'sportello-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      const eventClasses = new Map();
      for (const { module, declaration } of classes(customElementsManifest)) {
        const eventName = declaration.members?.find((m) => m.static && m.name === 'eventName');
        const name = eventName?.default?.replace(/^['"`]|['"`]$/g, '');
        if (name) eventClasses.set(name, { name: declaration.name, module: module.path });
      }
      const nameOf = (className) =>
        [...eventClasses].find(([, eventClass]) => eventClass.name === className)?.[0];
      const typeOf = (eventName) => {
        const eventClass = eventClasses.get(eventName);
        if (!eventClass) return undefined;
        const reference = { ...eventClass, start: 0, end: eventClass.name.length };
        return { text: eventClass.name, references: [reference] };
      };
      for (const { declaration } of classes(customElementsManifest)) {
        if (!declaration.events) continue;
        const events = new Map();
        const unknown = [];
        // The `@fires` entries (named) first: they keep the order the documentation gives.
        const named = declaration.events.filter((event) => event.name);
        const dispatched = declaration.events.filter((event) => !event.name);
        for (const event of [...named, ...dispatched]) {
          const name = event.name ?? nameOf(event.type?.text);
          if (!name) unknown.push(event);
          else {
            const type = typeOf(name) ?? event.type;
            events.set(name, { ...events.get(name), ...event, name, type });
          }
        }
        declaration.events = [...events.values(), ...unknown];
      }
    },
  };
}

/**
 * The manifest feeds Storybook's tables and editors' completions, so it lists each element's
 * public interface only, with the types a page writes. The global theme, documented once on the
 * base class, also applies to `<sportello-config>`, which passes it to the widgets inside.
 */
function publicInterfaceOnly() {
  return {
    name: 'sportello-public-interface-only',
    packageLinkPhase({ customElementsManifest }) {
      const base = [...classes(customElementsManifest)].find(
        ({ declaration }) => declaration.name === 'SportelloElement',
      )?.declaration;
      for (const { declaration } of classes(customElementsManifest)) {
        if (declaration.members) declaration.members = declaration.members.filter(isPublicMember);
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (!item.type) continue;
          for (const [alias, literal] of Object.entries(LITERAL_TYPES)) {
            item.type.text = item.type.text.replace(new RegExp(`\\b${alias}\\b`, 'g'), literal);
          }
        }
        if (declaration.customElement && base?.cssProperties) {
          const own = declaration.cssProperties ?? [];
          const missing = base.cssProperties.filter((p) => !own.some((o) => o.name === p.name));
          declaration.cssProperties = [...own, ...missing];
        }
      }
    },
  };
}

/**
 * Keeps the modules a package user meets (the entry points and the modules declaring what they
 * export, with their base classes) and points every path at the published file.
 */
function publishedModulesOnly() {
  const toPublished = (path) => path.replace(/^\/?src\//, 'dist/npm/').replace(/\.ts$/, '.js');
  return {
    name: 'sportello-published-modules-only',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const byPath = new Map(manifest.modules.map((module) => [module.path, module]));
      const sourcePath = (specifier, from) => {
        const path = specifier.startsWith('.')
          ? posix.join(posix.dirname(from), specifier)
          : specifier.replace(/^\//, '');
        return path.replace(/\.js$/, '.ts');
      };
      const kept = new Set(manifest.modules.filter((m) => ENTRY_MODULE.test(m.path)));
      const visited = new Set();
      const keep = (path, name) => {
        const module = byPath.get(path);
        const declaration = module?.declarations?.find((d) => d.name === name);
        if (!declaration || visited.has(declaration)) return;
        visited.add(declaration);
        kept.add(module);
        const { superclass } = declaration;
        if (superclass?.module) keep(sourcePath(superclass.module, path), superclass.name);
      };
      for (const module of [...kept]) {
        for (const { declaration } of module.exports ?? []) {
          if (declaration.module)
            keep(sourcePath(declaration.module, module.path), declaration.name);
        }
      }
      for (const { declaration } of classes(manifest)) {
        for (const event of declaration.events ?? []) {
          for (const reference of event.type?.references ?? [])
            keep(reference.module, reference.name);
        }
      }
      manifest.modules = manifest.modules.filter((module) => kept.has(module));
      // Re-exports of modules left out: `export type * from './api/types.js'` (types only).
      for (const module of manifest.modules) {
        module.exports = module.exports?.filter(({ declaration }) => {
          const target =
            declaration.module && byPath.get(sourcePath(declaration.module, module.path));
          return !target || kept.has(target);
        });
      }
      const publish = (reference, from) => {
        if (reference?.module) reference.module = toPublished(sourcePath(reference.module, from));
      };
      for (const module of manifest.modules) {
        for (const item of module.exports ?? []) publish(item.declaration, module.path);
        for (const declaration of module.declarations ?? []) {
          publish(declaration.superclass, module.path);
          for (const item of ITEM_KEYS.flatMap((key) => declaration[key] ?? [])) {
            publish(item.inheritedFrom, module.path);
            for (const reference of item.type?.references ?? []) publish(reference, module.path);
          }
        }
        module.path = toPublished(module.path);
      }
    },
  };
}

/**
 * The editor plugins list each element's CSS properties and parts one after the other: the global
 * theme, listed on every element, would appear once per element. Same names are merged.
 */
function mergeRepeatedCssEntries(file, lists) {
  return {
    name: `sportello-merge-css-entries-${posix.basename(file)}`,
    packageLinkPhase() {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      for (const path of lists) {
        const owner = path.slice(0, -1).reduce((node, key) => node?.[key], data);
        const key = path.at(-1);
        if (!owner?.[key]) continue;
        const merged = new Map();
        for (const entry of owner[key]) {
          const seen = merged.get(entry.name);
          if (!seen) merged.set(entry.name, { ...entry });
          else if (entry.description && !seen.description.includes(entry.description)) {
            seen.description += `; ${entry.description}`;
          }
        }
        owner[key] = [...merged.values()];
      }
      writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    },
  };
}

export default {
  // package.json already names the manifest; the analyzer would rewrite the file to say so.
  packagejson: false,
  plugins: [
    statusField(),
    typedEvents(),
    publicInterfaceOnly(),
    publishedModulesOnly(),
    customElementVsCodePlugin({
      outdir: EDITORS_DIR,
      htmlFileName: 'html-custom-data.json',
      cssFileName: 'css-custom-data.json',
      // The CSS file lists the custom properties; forty of them would bury each tag's summary.
      hideCssPropertiesDocs: true,
      hideMethodDocs: true,
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: EDITORS_DIR,
      webTypesFileName: 'web-types.json',
      hideCssPropertiesDocs: true,
      hideMethodDocs: true,
      hideLogs: true,
      modulePathTemplate: (_name, modulePath) => modulePath,
    }),
    mergeRepeatedCssEntries(`${EDITORS_DIR}/css-custom-data.json`, [
      ['properties'],
      ['pseudoElements'],
    ]),
    mergeRepeatedCssEntries(`${EDITORS_DIR}/web-types.json`, [
      ['contributions', 'css', 'properties'],
      ['contributions', 'css', 'pseudo-elements'],
    ]),
  ],
};
