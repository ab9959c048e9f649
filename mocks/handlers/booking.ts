import type { BookingRequest } from '../../src/api/types.js';
import type { Db } from '../db.js';
import { localized } from '../internal/localized.js';
import { once } from '../store/idempotency.js';
import { guard, readJson, type OpenApiHttp } from './support.js';

export function bookingHandlers(http: OpenApiHttp, db: Db) {
  return [
    http.get('/services/{serviceId}/availability', ({ params, query, request, response }) =>
      guard(response, () =>
        response(200).json(
          ...localized(
            request,
            db.getAvailability(params.serviceId, query.get('from'), query.get('to')),
          ),
        ),
      ),
    ),
    http.get('/services/{serviceId}/slots', ({ params, query, response }) =>
      guard(response, () => response(200).json(db.listSlots(params.serviceId, query.get('date')))),
    ),
    http.post('/bookings', ({ request, response }) =>
      guard(response, async () => {
        const body = await readJson<BookingRequest>(request);
        const answer = await once(
          db.state,
          'bookings',
          request.headers.get('Idempotency-Key'),
          body,
          async () => ({
            status: 201,
            body: await db.createBooking(body),
          }),
        );
        return response(201).json(...localized(request, answer.body));
      }),
    ),
    http.get('/bookings/{code}', ({ params, request, response }) =>
      guard(response, () =>
        response(200).json(
          ...localized(request, db.getBooking(params.code, request.headers.get('Booking-Token'))),
        ),
      ),
    ),
    http.delete('/bookings/{code}', ({ params, request, response }) =>
      guard(response, () =>
        response(200).json(
          ...localized(
            request,
            db.cancelBooking(params.code, request.headers.get('Booking-Token')),
          ),
        ),
      ),
    ),
  ];
}
