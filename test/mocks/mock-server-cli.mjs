// Test-runner plugin: starts the reference server as its command line does (`npm run
// mock-server`), for the tests of its options, and tells the browser its URL and what it printed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY = /reference server on (http:\/\/\S+?)(?:,|\s|$)/;

function startCli(args) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mocks/http-server.ts', '--port', '0', ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start: ${output}`)), 30_000);
    const read = (chunk) => {
      output += chunk;
      const url = READY.exec(output)?.[1];
      // Warnings come before the line that says it listens: all of them are in by then.
      if (url) {
        clearTimeout(timer);
        resolve({ url, output });
      }
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  return { child, ready };
}

/** `/__mock-server-cli.json?now=…` answers `{ url, output }` of a server started with `--now …`. */
export function mockServerCli() {
  const started = [];
  return {
    name: 'sportello-mock-server-cli',
    async serve(context) {
      if (context.path !== '/__mock-server-cli.json') return undefined;
      const now = context.URL.searchParams.get('now');
      const server = startCli(now === null ? [] : ['--now', now]);
      started.push(server.child);
      const answer = await server.ready;
      return { body: JSON.stringify(answer), type: 'json' };
    },
    serverStop() {
      for (const child of started) child.kill();
    },
  };
}
