import type { OfficeKind } from '../../src/api/types.js';
import type { Db } from '../db.js';
import { localized } from '../internal/localized.js';
import { guard, type OpenApiHttp } from './support.js';

export function officeHandlers(http: OpenApiHttp, db: Db) {
  return [
    http.get('/offices', ({ request, query, response }) =>
      guard(response, () =>
        response(200).json(
          ...localized(
            request,
            db.listOffices({ kind: query.get('kind') as OfficeKind | null, q: query.get('q') }),
          ),
        ),
      ),
    ),
    http.get('/offices/{officeId}', ({ params, request, response }) =>
      guard(response, () =>
        response(200).json(...localized(request, db.getOffice(params.officeId))),
      ),
    ),
    http.get('/offices/{officeId}/services', ({ params, request, response }) =>
      guard(response, () =>
        response(200).json(...localized(request, db.listServices(params.officeId))),
      ),
    ),
    http.get('/services/{serviceId}', ({ params, request, response }) =>
      guard(response, () =>
        response(200).json(...localized(request, db.getService(params.serviceId))),
      ),
    ),
  ];
}
