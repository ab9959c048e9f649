// Fails when src/api/schema.d.ts is not what openapi-typescript generates from the contract today,
// so the types and src/api/openapi.yaml cannot drift apart. Fix with `npm run generate:api`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'src/api/schema.d.ts';
const dir = mkdtempSync(join(tmpdir(), 'sportello-api-'));
const fresh = join(dir, 'schema.d.ts');

try {
  execFileSync('npx', ['openapi-typescript', 'src/api/openapi.yaml', '-o', fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(
      `${committed} is out of date with src/api/openapi.yaml: run npm run generate:api`,
    );
    process.exitCode = 1;
  } else {
    console.log(`${committed} matches src/api/openapi.yaml`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
