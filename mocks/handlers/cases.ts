import type { FavouriteOffices } from '../../src/api/types.js';
import type { Db } from '../db.js';
import { localized } from '../internal/localized.js';
import { guard, readJson, requireSession, type OpenApiHttp } from './support.js';

export function caseHandlers(http: OpenApiHttp, db: Db) {
  return [
    http.get('/me/favourite-offices', ({ request, cookies, response }) =>
      guard(response, () => response(200).json(db.getFavourites(requireSession(request, cookies)))),
    ),
    http.put('/me/favourite-offices', ({ request, cookies, response }) =>
      guard(response, async () => {
        const session = requireSession(request, cookies);
        const body = await readJson<FavouriteOffices>(request);
        return response(200).json(db.putFavourites(session, body));
      }),
    ),
    http.get('/me/case-events', ({ request, cookies, query, response }) =>
      guard(response, () => {
        requireSession(request, cookies);
        const page = db.listCaseEvents(
          query.getAll('office'),
          query.get('since'),
          query.get('cursor'),
        );
        return response(200).json(...localized(request, page));
      }),
    ),
  ];
}
