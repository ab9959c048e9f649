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

export const configContext = createContext<SportelloConfig | undefined>(Symbol('sportello-config'));

let contextRootAttached = false;

/**
 * Keeps the context requests of widgets that connect before their `<sportello-config>` is defined,
 * and replays them when it is: the order of the define scripts must not matter.
 */
export function ensureContextRoot(): void {
  if (contextRootAttached) return;
  contextRootAttached = true;
  new ContextRoot().attach(document.documentElement);
}
