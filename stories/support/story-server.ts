import { getResponse, http, type HttpHandler } from 'msw';
import {
  createDb,
  createHandlers,
  createScenarioSwitch,
  type Db,
  type ScenarioName,
  type ScenarioSwitch,
} from '../../mocks/index.js';

const servers = new Map<string, HttpHandler[]>();

/** Where the reference server of one story answers: that story's `api-base`. */
export const storyApi = (name: string) => `/api/story/${name}`;

/**
 * Serves every story's own reference server. Always on (see preview.ts): on a docs page the
 * stories of a file share one page and one set of MSW handlers, and each still reaches its own
 * store through its own base URL.
 */
export const storyServersHandler = http.all('/api/story/:name/*', ({ params, request }) => {
  const handlers = servers.get(String(params.name));
  return handlers ? getResponse(handlers, request) : undefined;
});

export interface StoryServer {
  db: Db;
  /** The fault scenario of this server alone; a play function may switch it. */
  scenarios: ScenarioSwitch;
  /** Runs `setUp` with the store's clock at `iso`: what it books then is in the past now. */
  at<T>(iso: string, setUp: () => T | Promise<T>): Promise<T>;
}

export interface StoryServerOptions {
  scenario?: ScenarioName;
  /** False leaves every slot free (default true: some days and times are taken). */
  prebooked?: boolean;
}

/**
 * A fresh reference server for the story `name`, replacing the one of its last visit, so that
 * a story looks the same each time it opens. Its store reads the page's clock (the stories'
 * fixed clock), except inside `at()`.
 */
export function startStoryServer(name: string, options: StoryServerOptions = {}): StoryServer {
  let offset = 0;
  const db = createDb({
    now: () => new Date(Date.now() + offset),
    prebooked: options.prebooked ?? true,
  });
  const scenarios = createScenarioSwitch(options.scenario ?? null);
  servers.set(name, createHandlers(db, { baseUrl: storyApi(name), scenarios }));
  return {
    db,
    scenarios,
    async at(iso, setUp) {
      offset = Date.parse(iso) - Date.now();
      try {
        return await setUp();
      } finally {
        offset = 0;
      }
    },
  };
}

export interface OwnServerOptions<T, A> extends StoryServerOptions {
  /** Puts the story's data in the fresh store; what it returns joins `loaded`. */
  setUp?: (server: StoryServer) => T | undefined | Promise<T | undefined>;
  /** More args of the story, besides its `apiBase`. */
  args?: A;
}

/**
 * The args and loader of a story on its own server `name`, made fresh at each visit; `loaded`
 * holds the `server` (for play functions) and what `setUp` returned.
 */
export function ownServer<T extends object = object, A extends object = object>(
  name: string,
  { setUp, args, ...options }: OwnServerOptions<T, A> = {},
) {
  return {
    args: { apiBase: storyApi(name), ...args } as { apiBase: string } & A,
    loaders: [
      async () => {
        const server = startStoryServer(name, options);
        return { server, ...(await setUp?.(server)) };
      },
    ],
  };
}

/** The server of a story on its own server, from its play function's context. */
export const serverOf = (context: { loaded: Record<string, unknown> }) =>
  context.loaded.server as StoryServer;
