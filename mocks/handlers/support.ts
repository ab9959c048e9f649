import { createOpenApiHttp } from 'openapi-msw';
import type { paths } from '../../src/api/schema.js';
import { problem, problemResponse, ProblemError } from '../internal/problem.js';

export type OpenApiHttp = ReturnType<typeof createOpenApiHttp<paths>>;

export const SESSION_COOKIE = 'sportello_session';

/**
 * Turns a refused rule into its problem+json answer. `untyped` is openapi-msw's escape hatch: the
 * contract lists problems under `application/problem+json`, which its json() helper does not write.
 */
export async function guard<T>(
  response: { untyped: (response: Response) => T },
  run: () => T | Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ProblemError) return response.untyped(problemResponse(error));
    throw error;
  }
}

function cookieFromHeader(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * Staff and citizen sessions belong to the host site: any non-empty `sportello_session` cookie or
 * bearer token counts. The session value keys per-session data such as favourite offices.
 */
export function requireSession(request: Request, cookies: Record<string, string>): string {
  const cookie =
    cookies[SESSION_COOKIE] || cookieFromHeader(request.headers.get('cookie'), SESSION_COOKIE);
  if (cookie) return `cookie:${cookie}`;
  const bearer = /^Bearer\s+(\S.*)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (bearer) return `bearer:${bearer.trim()}`;
  throw problem(401, 'unauthorized', 'Sign in on the host site first.');
}

/** A body that is not JSON is a validation failure, as on a real backend. */
export async function readJson<T>(request: Request): Promise<Partial<T>> {
  try {
    const body: unknown = await request.json();
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Partial<T>;
  } catch {
    // fall through to the problem below
  }
  throw problem(422, 'validation', 'The body must be a JSON object.');
}
