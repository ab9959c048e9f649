// Runs a test suite in each browser engine, one engine after another, and prints the totals.
//
//   node scripts/test-engines.mjs [--suite main,hardening,privacy|tz] [web-test-runner arguments…]
//
// SPORTELLO_ENGINES=firefox,webkit limits the engines (default: chromium, firefox, webkit).
// WebKit's MiniBrowser has no headless mode: without a display it runs under xvfb-run.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES } from '../test/engines.mjs';

const SUITES = {
  main: 'web-test-runner.config.mjs',
  hardening: 'web-test-runner.hardening.config.mjs',
  privacy: 'web-test-runner.privacy.config.mjs',
  tz: 'web-test-runner.tz.config.mjs',
};

const args = process.argv.slice(2);
const suiteIndex = args.indexOf('--suite');
const suites = (suiteIndex >= 0 ? args.splice(suiteIndex, 2)[1] : 'main,hardening,privacy').split(
  ',',
);
const engines = (process.env.SPORTELLO_ENGINES ?? ENGINES.join(',')).split(',');
for (const name of suites) if (!SUITES[name]) throw new Error(`Unknown suite "${name}"`);
for (const name of engines)
  if (!ENGINES.includes(name)) throw new Error(`Unknown engine "${name}"`);

function run(engine, suite, summaryFile) {
  const command = ['npx', 'web-test-runner', '--config', SUITES[suite], ...args];
  const needsDisplay = engine === 'webkit' && !process.env.DISPLAY;
  // The A4 print layout and the 1280 px screenshots need a tall, wide screen.
  const [file, ...rest] = needsDisplay
    ? ['xvfb-run', '-a', '-s', '-screen 0 1600x1400x24', ...command]
    : command;
  const env = { ...process.env, SPORTELLO_ENGINE: engine, SPORTELLO_TEST_SUMMARY: summaryFile };
  return new Promise((resolve) => {
    const child = spawn(file, rest, { stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

const dir = await mkdtemp(join(tmpdir(), 'sportello-tests-'));
const rows = [];
for (const engine of engines) {
  for (const suite of suites) {
    const summaryFile = join(dir, `${engine}-${suite}.json`);
    const started = Date.now();
    const exitCode = await run(engine, suite, summaryFile);
    const seconds = Math.round((Date.now() - started) / 1000);
    const summary = await readFile(summaryFile, 'utf8').then(JSON.parse, () => undefined);
    rows.push({ engine, suite, seconds, exitCode, summary });
  }
}
await rm(dir, { recursive: true, force: true });

console.log('\nEngine    suite       time   passed  failed  skipped');
for (const { engine, suite, seconds, exitCode, summary } of rows) {
  const s = summary ?? { passed: 0, failed: ['(no results: the run did not finish)'], skipped: [] };
  const line = [
    engine.padEnd(9),
    suite.padEnd(10),
    `${seconds} s`.padStart(6),
    String(s.passed).padStart(8),
    String(s.failed.length).padStart(7),
    String(s.skipped.length).padStart(8),
  ].join(' ');
  console.log(exitCode === 0 ? line : `${line}   exit code ${exitCode}`);
}
const skipped = rows.flatMap(({ engine, summary }) =>
  (summary?.skipped ?? []).map((title) => `  ${engine}: ${title}`),
);
if (skipped.length > 0) console.log(`\nSkipped, with the reason:\n${skipped.join('\n')}`);
const failed = rows.flatMap(({ engine, summary }) =>
  [...(summary?.failed ?? []), ...(summary?.brokenFiles ?? []).map((f) => `${f} did not run`)].map(
    (title) => `  ${engine}: ${title}`,
  ),
);
if (failed.length > 0) console.log(`\nFailed:\n${failed.join('\n')}`);

const total = (pick) => rows.reduce((sum, { summary }) => sum + (summary ? pick(summary) : 0), 0);
const failures = rows.reduce(
  (sum, { summary }) => sum + (summary ? summary.failed.length + summary.brokenFiles.length : 1),
  0,
);
console.log(
  `\nTests: ${total((s) => s.passed)} passed, ${failures} failed, ${total((s) => s.skipped.length)} skipped`,
);
process.exit(rows.every((row) => row.exitCode === 0) && failures === 0 ? 0 : 1);
