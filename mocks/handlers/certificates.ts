import { HttpResponse } from 'msw';
import type { CertificateBatchRequest, CertificateRequest } from '../../src/api/types.js';
import type { Db } from '../db.js';
import { localized } from '../internal/localized.js';
import { problem } from '../internal/problem.js';
import { once } from '../store/idempotency.js';
import { guard, readJson, requireSession, type OpenApiHttp } from './support.js';

export function certificateHandlers(http: OpenApiHttp, db: Db) {
  return [
    http.get('/certificates/config', ({ query, request, response }) =>
      guard(response, () =>
        response(200).json(
          ...localized(request, db.getCertificateConfig(query.get('officeId') ?? '')),
        ),
      ),
    ),
    http.get('/places', ({ query, response }) =>
      guard(response, async () =>
        response(200).json(
          await db.searchPlaces({
            q: query.get('q'),
            code: query.get('code'),
            date: query.get('date'),
          }),
        ),
      ),
    ),
    http.post('/places/search', ({ request, response }) =>
      guard(response, async () => {
        const body = await readJson<{ q?: unknown; code?: unknown; date?: unknown }>(request);
        const text = (value: unknown) => (typeof value === 'string' ? value : null);
        return response(200).json(
          await db.searchPlaces({ q: text(body.q), code: text(body.code), date: text(body.date) }),
        );
      }),
    ),
    http.post('/certificate-requests', ({ request, response }) =>
      guard(response, async () => {
        const body = await readJson<CertificateRequest>(request);
        await db.loadPlaces();
        const key = request.headers.get('Idempotency-Key');
        const answer = await once(db.state, 'certificate-requests', key, body, () => ({
          status: 201,
          body: db.createCertificateRequest(body),
        }));
        return response(201).json(...localized(request, answer.body));
      }),
    ),
    http.post('/certificate-requests/{number}/status', ({ params, request, response }) =>
      guard(response, async () => {
        const body = await readJson<{ birthDate?: unknown }>(request);
        return response(200).json(
          ...localized(request, db.certificateRequestStatus(params.number, body)),
        );
      }),
    ),
    http.post('/certificate-batches', ({ request, cookies, response }) =>
      guard(response, async () => {
        requireSession(request, cookies);
        const body = await readJson<CertificateBatchRequest>(request);
        await db.loadPlaces();
        const key = request.headers.get('Idempotency-Key');
        const answer = await once(db.state, 'certificate-batches', key, body, () => ({
          status: 202,
          body: db.createBatch(body),
        }));
        // A replay answers the batch as it is now, not as it was when first accepted.
        return response(202).json(db.getBatch(answer.body.id));
      }),
    ),
    http.get('/certificate-batches/{batchId}', ({ params, request, cookies, response }) =>
      guard(response, () => {
        requireSession(request, cookies);
        return response(200).json(db.getBatch(params.batchId));
      }),
    ),
    http.get(
      '/certificate-batches/{batchId}/rows/{row}/document',
      ({ params, request, cookies, response }) =>
        guard(response, () => {
          requireSession(request, cookies);
          const row = Number(params.row);
          if (!Number.isInteger(row) || row < 1) throw problem(404, 'not-found', 'No such row.');
          const pdf = db.batchDocument(params.batchId, row);
          return response.untyped(
            new HttpResponse(pdf, {
              headers: {
                'Content-Type': 'application/pdf',
                'Content-Disposition': `inline; filename="certificato-${params.batchId}-${row}.pdf"`,
              },
            }),
          );
        }),
    ),
  ];
}
