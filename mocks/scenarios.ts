import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { paths } from '../src/api/schema.js';

/** Fault scenarios: every contract path misbehaves the same way while one is active. */
export const SCENARIOS = [
  'slow',
  'server-error',
  'unavailable',
  'timeout',
  'conflict',
  'malformed',
  'offline',
  'unauthorized',
] as const;

export type ScenarioName = (typeof SCENARIOS)[number];

/** `?mock-scenario=<name>` on any request selects a scenario for that request alone. */
export const SCENARIO_QUERY_PARAM = 'mock-scenario';

export interface ScenarioSwitch {
  readonly current: ScenarioName | null;
  set(name: ScenarioName | null): void;
}

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value);
}

export function createScenarioSwitch(initial: ScenarioName | null = null): ScenarioSwitch {
  let current = initial;
  return {
    get current() {
      return current;
    },
    set(name) {
      if (name !== null && !isScenarioName(name))
        throw new Error(`Unknown scenario: ${String(name)}`);
      current = name;
    },
  };
}

/** The scenario for one request: its query parameter wins over the switch. */
export function scenarioFor(url: string, scenarios: ScenarioSwitch): ScenarioName | null {
  const requested = new URL(url, 'http://localhost').searchParams.get(SCENARIO_QUERY_PARAM);
  return isScenarioName(requested) ? requested : scenarios.current;
}

const CONTRACT_PATHS = [
  '/offices',
  '/offices/{officeId}',
  '/offices/{officeId}/services',
  '/services/{serviceId}',
  '/services/{serviceId}/availability',
  '/services/{serviceId}/slots',
  '/bookings',
  '/bookings/{code}',
  '/offices/{officeId}/check-in-key',
  '/check-ins',
  '/certificates/config',
  '/places',
  '/places/search',
  '/certificate-requests',
  '/certificate-requests/{number}/status',
  '/certificate-batches',
  '/certificate-batches/{batchId}',
  '/certificate-batches/{batchId}/rows/{row}/document',
  '/me/favourite-offices',
  '/me/case-events',
] as const satisfies ReadonlyArray<keyof paths>;

function problemOf(
  status: number,
  code: string,
  title: string,
  headers: Record<string, string> = {},
) {
  return new HttpResponse(JSON.stringify({ type: 'about:blank', title, status, code }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

async function misbehave(scenario: ScenarioName, request: Request) {
  switch (scenario) {
    case 'slow':
      await delay(2000 + Math.floor(Math.random() * 1000));
      return undefined;
    case 'server-error':
      return problemOf(500, 'server-error', 'Internal server error');
    case 'unavailable':
      return problemOf(503, 'unavailable', 'Service unavailable', { 'Retry-After': '2' });
    case 'timeout':
      await delay('infinite');
      return undefined;
    case 'conflict':
      if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/bookings')) {
        return undefined;
      }
      return problemOf(409, 'slot-full', 'Conflict');
    case 'malformed':
      return new HttpResponse('{"status": "ok", "items": [', {
        headers: { 'Content-Type': 'application/json' },
      });
    case 'offline':
      return HttpResponse.error();
    case 'unauthorized':
      // The host site's session is missing or has expired: every path asks for a login.
      return problemOf(401, 'unauthorized', 'Sign in on the host site first.');
  }
}

/**
 * Handlers placed before the contract's own: while no scenario applies they return nothing and
 * MSW moves on to the next handler; 'slow' waits and then does the same.
 */
export function scenarioHandlers(baseUrl: string, scenarios: ScenarioSwitch): HttpHandler[] {
  return CONTRACT_PATHS.map((path) =>
    http.all(`${baseUrl}${path.replace(/\{(\w+)\}/g, ':$1')}`, ({ request }) => {
      const scenario = scenarioFor(request.url, scenarios);
      return scenario ? misbehave(scenario, request) : undefined;
    }),
  );
}
