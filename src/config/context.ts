import { ContextRoot, createContext } from '@lit/context';
import type { ApiClient } from '../api/client.js';

/** What a `<sportello-config>` gives every widget inside it. */
export interface SportelloConfig {
  apiBase: string;
  credentials: RequestCredentials;
  loginUrl: string;
  /** Returns a bearer token for the backend, when the host site uses tokens instead of cookies. */
  getToken?: () => string | undefined | Promise<string | undefined>;
  /** A client shared by every widget inside the config element. */
  api: ApiClient;
}

/**
 * `Symbol.for`, not `Symbol`: two copies of the library on one page (two CDN versions, a CDN file
 * next to the npm build) must find each other's `<sportello-config>`.
 */
export const configContext = createContext<SportelloConfig | undefined>(
  Symbol.for('sportello-config'),
);

const contextRootAttached = Symbol.for('sportello-context-root');

/**
 * Keeps the context requests of widgets that connect before their `<sportello-config>` is defined,
 * and replays them when it is: the order of the define scripts must not matter.
 */
export function ensureContextRoot(): void {
  // Marked on the page, not in this module: a second copy of the library attaches no second root.
  const root = document.documentElement as HTMLElement & { [contextRootAttached]?: true };
  if (root[contextRootAttached]) return;
  root[contextRootAttached] = true;
  new ContextRoot().attach(root);
}
