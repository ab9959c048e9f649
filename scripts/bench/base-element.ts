import { readdirSync, readFileSync } from 'node:fs';
import { decode } from '@jridgewell/sourcemap-codec';

const CHUNKS = 'dist/cdn/chunks';

/**
 * The chunk of dist/cdn that holds `SportelloElement` and the name it exports it under (both
 * minified), found through the chunk's source map: the page of the benchmark's empty element
 * imports the base as the elements' files do.
 */
export function baseElementExport(): { path: string; name: string } {
  for (const file of readdirSync(CHUNKS).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(`${CHUNKS}/${file}`, 'utf8');
    const map = JSON.parse(readFileSync(`${CHUNKS}/${file}.map`, 'utf8')) as {
      names: string[];
      mappings: string;
    };
    const nameIndex = map.names.indexOf('SportelloElement');
    if (nameIndex < 0) continue;
    const lines = code.split('\n');
    for (const [line, segments] of decode(map.mappings).entries()) {
      const segment = segments.find((each) => each[4] === nameIndex);
      if (!segment) continue;
      const local = /^[\w$]+/.exec(lines[line]!.slice(segment[0]))?.[0];
      const exported = [...code.matchAll(/export\s*\{([^}]*)\}/g)]
        .flatMap(([, list]) => list!.split(','))
        .map((entry) => entry.trim().split(/\s+as\s+/))
        .find(([name]) => name === local);
      if (exported) return { path: `/${CHUNKS}/${file}`, name: exported[1] ?? exported[0]! };
    }
  }
  throw new Error(`no chunk of ${CHUNKS} exports SportelloElement`);
}
