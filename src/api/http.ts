import type { paths } from './schema.js';

/**
 * Typed requests over the contract's generated `paths`: the path, its parameters, the query and
 * the body of each operation are checked by the compiler, and the URL is built as the contract's
 * OpenAPI document says (simple style for path parameters, form style with explode for queries).
 * It does what the widgets need of a typed fetch client, in a few hundred bytes.
 */

type Method = 'get' | 'post' | 'put' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type Parameters<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: infer T } ? T : never;
type Defined<T> = [T] extends [never] ? never : T extends undefined ? never : T;
type PathParameters<P extends keyof paths, M extends Method> = Defined<
  Parameters<P, M> extends { path?: infer T } ? T : never
>;
type QueryParameters<P extends keyof paths, M extends Method> = Defined<
  Parameters<P, M> extends { query?: infer T } ? T : never
>;
type RequestBody<P extends keyof paths, M extends Method> = NonNullable<
  Operation<P, M> extends { requestBody?: infer T } ? T : never
>;
type JsonBody<P extends keyof paths, M extends Method> = [RequestBody<P, M>] extends [never]
  ? never
  : RequestBody<P, M> extends { content: { 'application/json': infer T } }
    ? T
    : never;
type Success<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: { content: { 'application/json': infer T } } }
      ? T
      : R extends { 201: { content: { 'application/json': infer T } } }
        ? T
        : R extends { 202: { content: { 'application/json': infer T } } }
          ? T
          : undefined
    : never;

type Query = Record<string, string | number | boolean | readonly string[] | null | undefined>;

export type RequestInit<P extends keyof paths, M extends Method> = {
  signal?: AbortSignal;
  headers?: Record<string, string>;
} & ([PathParameters<P, M>] extends [never] ? { path?: never } : { path: PathParameters<P, M> }) &
  ([QueryParameters<P, M>] extends [never]
    ? { query?: never }
    : { query?: QueryParameters<P, M> }) &
  ([JsonBody<P, M>] extends [never] ? { body?: never } : { body: JsonBody<P, M> });

/** What came back: the body parsed as JSON (as `error` when the status is not 2xx). */
export interface HttpResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export interface HttpOptions {
  baseUrl: string;
  credentials: RequestCredentials;
  headers: Record<string, string>;
  fetch: (request: Request) => Promise<Response>;
  /** Called with each request before it is sent, to add what it needs (a token). */
  prepare?: (request: Request) => void | Promise<void>;
}

export type Http = <P extends keyof paths, M extends Method & keyof paths[P]>(
  method: M,
  path: P,
  init: RequestInit<P, M>,
) => Promise<HttpResult<Success<P, M>>>;

const encode = encodeURIComponent;

/** `/offices/{officeId}` with `{ officeId: 'a b' }` → `/offices/a%20b`. */
export function fillPath(template: string, values: object = {}): string {
  return template.replace(/\{([^{}]+)\}/g, (_, name: string) =>
    encode(String((values as Record<string, unknown>)[name])),
  );
}

/** `?from=…&office=a&office=b`: arrays repeat their name, empty values are left out. */
export function queryString(query: object = {}): string {
  const pairs = Object.entries(query as Query).flatMap(([name, value]) =>
    value === undefined || value === null
      ? []
      : (Array.isArray(value) ? value : [value]).map(
          (item) => `${encode(name)}=${encode(String(item))}`,
        ),
  );
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

export function createHttp(options: HttpOptions): Http {
  return async (method, path, init) => {
    const {
      path: values,
      query,
      body,
      headers,
      signal,
    } = init as {
      path?: object;
      query?: object;
      body?: unknown;
      headers?: Record<string, string>;
      signal?: AbortSignal;
    };
    const request = new Request(
      `${options.baseUrl}${fillPath(path, values)}${queryString(query)}`,
      {
        method: method.toUpperCase(),
        credentials: options.credentials,
        headers: {
          ...options.headers,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? null : JSON.stringify(body),
        signal: signal ?? null,
      },
    );
    await options.prepare?.(request);
    const response = await options.fetch(request);
    const text = response.status === 204 ? '' : await response.text();
    // The caller checks the shape of what it gets (client.ts `settle`); a body that is not JSON throws.
    if (response.ok) return { data: (text ? JSON.parse(text) : undefined) as never, response };
    let error: unknown = text;
    try {
      error = JSON.parse(text);
    } catch {
      // Not JSON: the text itself says what went wrong.
    }
    return { error, response };
  };
}
