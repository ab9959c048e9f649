import type { HttpHandler } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { paths } from '../src/api/schema.js';
import type { Db } from './db.js';
import { bookingHandlers } from './handlers/booking.js';
import { caseHandlers } from './handlers/cases.js';
import { certificateHandlers } from './handlers/certificates.js';
import { checkInHandlers } from './handlers/check-in.js';
import { officeHandlers } from './handlers/offices.js';
import { createScenarioSwitch, scenarioHandlers, type ScenarioSwitch } from './scenarios.js';

export { MOCK_NOW_QUERY_PARAM, parseMockNow, type ClockOption } from './clock.js';
export { createDb, type Db, type DbOptions } from './db.js';
export {
  createScenarioSwitch,
  SCENARIOS,
  SCENARIO_QUERY_PARAM,
  type ScenarioName,
  type ScenarioSwitch,
} from './scenarios.js';
export { SESSION_COOKIE } from './handlers/support.js';

export interface HandlerOptions {
  /** Prefix of every contract path: '/api', '' (the page's origin) or '*\/api' (any origin). */
  baseUrl?: string;
  /** The fault scenario switch; a fresh one (no scenario) by default. */
  scenarios?: ScenarioSwitch;
}

/** The whole contract over one store, fault scenarios first. */
export function createHandlers(db: Db, options: HandlerOptions = {}): HttpHandler[] {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const http = createOpenApiHttp<paths>({ baseUrl });
  return [
    ...scenarioHandlers(baseUrl, options.scenarios ?? createScenarioSwitch()),
    ...officeHandlers(http, db),
    ...bookingHandlers(http, db),
    ...checkInHandlers(http, db),
    ...certificateHandlers(http, db),
    ...caseHandlers(http, db),
  ];
}
