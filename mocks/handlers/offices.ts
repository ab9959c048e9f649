import type { OfficeKind } from '../../src/api/types.js';
import type { Db } from '../db.js';
import { guard, type OpenApiHttp } from './support.js';

export function officeHandlers(http: OpenApiHttp, db: Db) {
  return [
    http.get('/offices', ({ query, response }) =>
      guard(response, () =>
        response(200).json(
          db.listOffices({ kind: query.get('kind') as OfficeKind | null, q: query.get('q') }),
        ),
      ),
    ),
    http.get('/offices/{officeId}', ({ params, response }) =>
      guard(response, () => response(200).json(db.getOffice(params.officeId))),
    ),
    http.get('/offices/{officeId}/services', ({ params, response }) =>
      guard(response, () => response(200).json(db.listServices(params.officeId))),
    ),
    http.get('/services/{serviceId}', ({ params, response }) =>
      guard(response, () => response(200).json(db.getService(params.serviceId))),
    ),
  ];
}
