import { HttpResponse } from 'msw';
import type { FieldError, Problem } from '../../src/api/types.js';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too many rows',
  422: 'Invalid request',
  429: 'Too many bookings',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** A rule the store refused; handlers turn it into application/problem+json. */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly headers: Record<string, string>;

  constructor(problem: Problem, headers: Record<string, string> = {}) {
    super(problem.detail ?? problem.title);
    this.problem = problem;
    this.headers = headers;
  }
}

export function problem(
  status: number,
  code: string,
  detail?: string,
  errors?: FieldError[],
): ProblemError {
  return new ProblemError({
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(errors?.length ? { errors } : {}),
  });
}

export function validationProblem(errors: FieldError[], detail = 'Some fields are not valid.') {
  return problem(422, 'validation', detail, errors);
}

export function problemResponse(error: ProblemError): HttpResponse<string> {
  return new HttpResponse(JSON.stringify(error.problem), {
    status: error.problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...error.headers },
  });
}

/** Collects field errors while a request body is checked. */
export class FieldErrors {
  readonly list: FieldError[] = [];

  add(field: string, code: string, detail?: string): void {
    this.list.push({ field, code, ...(detail ? { detail } : {}) });
  }

  requireText(field: string, value: unknown, maxLength: number): value is string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.add(field, 'required');
      return false;
    }
    if (value.length > maxLength) {
      this.add(field, 'too-long', `At most ${maxLength} characters.`);
      return false;
    }
    return true;
  }

  throwIfAny(): void {
    if (this.list.length) throw validationProblem(this.list);
  }
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
export const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
