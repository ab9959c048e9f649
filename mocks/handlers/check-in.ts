import type { CheckInRequest } from '../../src/api/types.js';
import type { Db } from '../db.js';
import { localized } from '../internal/localized.js';
import { once } from '../store/idempotency.js';
import { guard, readJson, requireSession, type OpenApiHttp } from './support.js';

export function checkInHandlers(http: OpenApiHttp, db: Db) {
  return [
    http.get('/offices/{officeId}/check-in-key', ({ params, response }) =>
      guard(response, async () => response(200).json(await db.getCheckInKey(params.officeId))),
    ),
    http.post('/check-ins', ({ request, cookies, response }) =>
      guard(response, async () => {
        requireSession(request, cookies);
        const body = await readJson<CheckInRequest>(request);
        const answer = await once(
          db.state,
          'check-ins',
          request.headers.get('Idempotency-Key'),
          body,
          async () => ({
            status: 200,
            body: await db.recordCheckIn(body),
          }),
        );
        return response(200).json(...localized(request, answer.body));
      }),
    ),
  ];
}
