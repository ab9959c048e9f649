import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Every element registers itself in src/define/<tag>.ts: the file name is the tag name. */
export function defineEntries(root = process.cwd()) {
  const dir = join(root, 'src', 'define');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort()
    .map((file) => ({ name: basename(file, '.ts'), path: join(dir, file) }));
}

/** Runtime dependencies stay bare imports in the npm build so that an app shares one Lit. */
export function isDependency(id, dependencies) {
  return dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));
}
