import type { CaseEventPage, FavouriteOffices } from '../../src/api/types.js';
import { FieldErrors, problem } from '../internal/problem.js';
import { romeIso } from '../internal/rome-time.js';
import type { DbState } from './state.js';

export const CASE_EVENTS_PAGE_SIZE = 20;

export function getFavourites(state: DbState, session: string): FavouriteOffices {
  return { officeIds: [...(state.favourites.get(session) ?? [])] };
}

export function putFavourites(
  state: DbState,
  session: string,
  body: Partial<FavouriteOffices>,
): FavouriteOffices {
  const errors = new FieldErrors();
  const ids = body.officeIds;
  if (!Array.isArray(ids)) errors.add('officeIds', 'required');
  else if (ids.length > 20) errors.add('officeIds', 'too-many', 'At most 20 offices.');
  else {
    ids.forEach((id, i) => {
      if (typeof id !== 'string' || !state.offices.has(id)) errors.add(`officeIds.${i}`, 'unknown');
    });
  }
  errors.throwIfAny();
  state.favourites.set(session, [...new Set(ids as string[])]);
  return getFavourites(state, session);
}

function decodeCursor(cursor: string | null): number {
  if (cursor === null) return 0;
  const match = /^p(\d+)$/.exec(cursor);
  if (!match)
    throw problem(422, 'validation', 'Unknown cursor.', [{ field: 'cursor', code: 'invalid' }]);
  return Number(match[1]);
}

export function listCaseEvents(
  state: DbState,
  officeIds: string[],
  since: string | null,
  cursor: string | null,
): CaseEventPage {
  const errors = new FieldErrors();
  if (!officeIds.length) errors.add('office', 'required');
  if (officeIds.length > 20) errors.add('office', 'too-many');
  officeIds.forEach((id, i) => {
    if (!state.offices.has(id)) errors.add(`office.${i}`, 'unknown');
  });
  const sinceMs = since === null ? -Infinity : Date.parse(since);
  if (Number.isNaN(sinceMs)) errors.add('since', 'invalid');
  errors.throwIfAny();
  const offset = decodeCursor(cursor);
  const wanted = new Set(officeIds.filter((id) => !state.unavailableFeeds.has(id)));
  const events = state.caseEvents
    .filter((event) => wanted.has(event.officeId) && Date.parse(event.occurredAt) > sinceMs)
    .sort(
      (a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || b.id.localeCompare(a.id),
    );
  const page = events.slice(offset, offset + CASE_EVENTS_PAGE_SIZE);
  const checkedAt = romeIso(state.now());
  return {
    events: page,
    offices: [...new Set(officeIds)].map((officeId) => ({
      officeId,
      status: state.unavailableFeeds.has(officeId) ? 'unavailable' : 'ok',
      checkedAt,
    })),
    ...(offset + CASE_EVENTS_PAGE_SIZE < events.length
      ? { nextCursor: `p${offset + CASE_EVENTS_PAGE_SIZE}` }
      : {}),
  };
}
