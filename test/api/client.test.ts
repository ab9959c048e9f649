import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { acceptLanguage, createApiClient, newIdempotencyKey } from '../../src/api/client.js';
import { isApiError, type ApiError } from '../../src/api/errors.js';
import type { BookingRequest } from '../../src/api/types.js';
import { ApiClientCache } from '../../src/config/api-client-cache.js';
import { API, office, problem, rejectionOf, startWorker, worker } from './support.js';
import {
  createBooking,
  documentUrl,
  getBooking,
  getFavouriteOffices,
  getOffice,
  listCaseEvents,
  listOffices,
  listSlots,
  putFavouriteOffices,
} from '../../src/api/operations/index.js';

const fast = { timeoutMs: 5000, retries: 2, retryBaseMs: 1, retryMaxMs: 5 };

function jsonFetch(body: unknown, seen: Request[]): typeof fetch {
  return (input) => {
    seen.push(input as Request);
    return Promise.resolve(Response.json(body));
  };
}

describe('api client', () => {
  before(() => startWorker());
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  describe('success', () => {
    it('returns typed bodies from the api-base, trailing slash tolerated', async () => {
      worker.use(
        http.get(`${API}/offices`, ({ request }) => {
          const url = new URL(request.url);
          return HttpResponse.json(url.searchParams.get('q') === 'pist' ? [office] : []);
        }),
        http.get(`${API}/offices/:officeId`, ({ params }) =>
          HttpResponse.json({ ...office, id: String(params.officeId) }),
        ),
      );
      const api = createApiClient({ baseUrl: `${API}/`, ...fast });
      const offices = await listOffices(api, { q: 'pist' });
      expect(offices.map((each) => each.name)).to.deep.equal(['Tribunale di Pistoia']);
      expect((await getOffice(api, 'tribunale-prato')).id).to.equal('tribunale-prato');
    });

    it('serializes the office list as repeated query parameters', async () => {
      let offices: string[] = [];
      worker.use(
        http.get(`${API}/me/case-events`, ({ request }) => {
          offices = new URL(request.url).searchParams.getAll('office');
          return HttpResponse.json({ events: [], offices: [] });
        }),
      );
      const api = createApiClient({ baseUrl: API, ...fast });
      const page = await listCaseEvents(api, { office: ['tribunale-lucca', 'tribunale-pisa'] });
      expect(page.events).to.deep.equal([]);
      expect(offices).to.deep.equal(['tribunale-lucca', 'tribunale-pisa']);
    });

    it('encodes path and query values, leaves empty ones out, and types only a body as JSON', async () => {
      const seen: { url: string; type: string | null; body: string }[] = [];
      const record = async ({ request }: { request: Request }) => {
        seen.push({
          url: request.url,
          type: request.headers.get('Content-Type'),
          body: await request.text(),
        });
        return HttpResponse.json({});
      };
      worker.use(
        http.get(`${API}/services/:serviceId/slots`, record),
        http.put(`${API}/me/favourite-offices`, record),
      );
      const api = createApiClient({ baseUrl: API, ...fast });
      await listSlots(api, 'uff/1 & 2', '2026-12-01');
      await putFavouriteOffices(api, { officeIds: ['tribunale-lucca'] });
      const base = new URL(API, location.href).href;
      expect(seen.map(({ url }) => url.slice(base.length))).to.deep.equal([
        '/services/uff%2F1%20%26%202/slots?date=2026-12-01',
        '/me/favourite-offices',
      ]);
      // A GET without Content-Type stays a simple request: no CORS preflight.
      expect(seen[0]!.type).to.equal(null);
      expect(seen[1]!.type).to.equal('application/json');
      expect(JSON.parse(seen[1]!.body)).to.deep.equal({ officeIds: ['tribunale-lucca'] });
    });

    it('sends the booking token as a header, not in the URL', async () => {
      let token: string | null = null;
      let url = '';
      worker.use(
        http.get(`${API}/bookings/:code`, ({ request, params }) => {
          token = request.headers.get('Booking-Token');
          url = request.url;
          return HttpResponse.json({ code: params.code });
        }),
      );
      const api = createApiClient({ baseUrl: API, ...fast });
      await getBooking(api, 'AB12-CD34', 'secret-token-0123456789');
      expect(token).to.equal('secret-token-0123456789');
      expect(url).not.to.contain('secret');
    });

    it('builds document URLs without fetching', () => {
      const api = createApiClient({ baseUrl: 'https://tribunale.example/api/', ...fast });
      expect(documentUrl(api, 'b 1', 3)).to.equal(
        'https://tribunale.example/api/certificate-batches/b%201/rows/3/document',
      );
    });

    it('makes version 4 UUIDs for idempotency keys', () => {
      const key = newIdempotencyKey();
      expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(newIdempotencyKey()).not.to.equal(key);
    });
  });

  describe('credentials', () => {
    it('sends cookies same-origin by default and as configured', async () => {
      const seen: Request[] = [];
      await listOffices(createApiClient({ baseUrl: API, fetch: jsonFetch([], seen) }));
      await listOffices(
        createApiClient({
          baseUrl: API,
          credentials: 'include',
          fetch: jsonFetch([], seen),
        }),
      );
      expect(seen.map((request) => request.credentials)).to.deep.equal(['same-origin', 'include']);
    });

    it('adds the bearer token from the async hook, and none when it gives nothing', async () => {
      const auth: (string | null)[] = [];
      worker.use(
        http.get(`${API}/me/favourite-offices`, ({ request }) => {
          auth.push(request.headers.get('Authorization'));
          return HttpResponse.json({ officeIds: [] });
        }),
      );
      let token: string | undefined = 'tok-1';
      const api = createApiClient({ baseUrl: API, getToken: async () => token, ...fast });
      await getFavouriteOffices(api);
      token = undefined;
      await getFavouriteOffices(api);
      expect(auth).to.deep.equal(['Bearer tok-1', null]);
    });
  });

  describe('language', () => {
    const booking = {} as BookingRequest;

    it('asks for its language, then Italian, on every request', async () => {
      const seen: Request[] = [];
      for (const language of ['it', 'en', 'de'] as const) {
        const api = createApiClient({ baseUrl: API, language, fetch: jsonFetch({}, seen) });
        expect(api.language).to.equal(language);
        await getOffice(api, 'tribunale-pistoia');
        await createBooking(api, booking, { idempotencyKey: newIdempotencyKey() });
      }
      expect(seen.map((request) => request.headers.get('Accept-Language'))).to.deep.equal([
        'it',
        'it',
        'en, it;q=0.5',
        'en, it;q=0.5',
        'de, it;q=0.5',
        'de, it;q=0.5',
      ]);
    });

    it('asks for Italian when no language is given', async () => {
      const seen: Request[] = [];
      const api = createApiClient({ baseUrl: API, fetch: jsonFetch([], seen) });
      await listOffices(api);
      expect([api.language, seen[0]!.headers.get('Accept-Language')]).to.deep.equal(['it', 'it']);
    });

    it('keeps Accept-Language CORS-safelisted, so that a GET needs no preflight', () => {
      // Fetch standard, "CORS-safelisted request-header": the bytes allowed in Accept-Language.
      const safelisted = /^[0-9A-Za-z *,\-.;=]*$/;
      for (const language of ['it', 'en', 'de'] as const) {
        const value = acceptLanguage(language);
        expect(value, language).to.match(safelisted);
        expect(new TextEncoder().encode(value).length).to.be.at.most(128);
      }
    });

    it('caches one client per language: the same while it stays, a new one when it changes', async () => {
      const seen: Request[] = [];
      const cache = new ApiClientCache();
      const settings = { apiBase: API, credentials: 'same-origin' as const };
      const german = cache.get({ ...settings, language: 'de' });
      expect(cache.get({ ...settings, language: 'de' })).to.equal(german);
      const english = cache.get({ ...settings, language: 'en' });
      expect(english).not.to.equal(german);
      expect([german.language, english.language]).to.deep.equal(['de', 'en']);
      expect(cache.get(settings).language).to.equal('it');

      worker.use(
        http.get(`${API}/offices`, ({ request }) => {
          seen.push(request);
          return HttpResponse.json([]);
        }),
      );
      await listOffices(english);
      expect(seen[0]!.headers.get('Accept-Language')).to.equal('en, it;q=0.5');
    });
  });

  describe('errors', () => {
    async function errorFor(status: number, body: Record<string, unknown>): Promise<ApiError> {
      worker.use(http.get(`${API}/offices/:officeId`, () => HttpResponse.json(body, { status })));
      const error = await rejectionOf(getOffice(createApiClient({ baseUrl: API, ...fast }), 'x'));
      expect(isApiError(error)).to.equal(true);
      return error as ApiError;
    }

    const kinds: [number, string][] = [
      [400, 'validation'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [409, 'conflict'],
      [422, 'validation'],
      // A rate limit without `quota-exceeded`: the server is busy, not a rule broken.
      [429, 'server'],
      [500, 'server'],
    ];
    for (const [status, kind] of kinds) {
      it(`maps ${status} to ${kind}`, async () => {
        const error = await errorFor(status, problem(status, 'some-reason'));
        expect(error.kind).to.equal(kind);
        expect(error.status).to.equal(status);
        expect(error.code).to.equal('some-reason');
      });
    }

    it('maps problem+json field errors', async () => {
      worker.use(
        http.post(`${API}/bookings`, () =>
          HttpResponse.json(
            problem(422, 'validation', {
              errors: [
                { field: 'person.fiscalCode', code: 'invalid' },
                { field: 'acts', code: 'too-many', detail: 'At most 3' },
                'not a field error',
              ],
            }),
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );
      const api = createApiClient({ baseUrl: API, ...fast });
      const error = (await rejectionOf(
        createBooking(api, {} as never, { idempotencyKey: newIdempotencyKey() }),
      )) as ApiError;
      expect(error.kind).to.equal('validation');
      expect(error.problem?.title).to.equal('validation');
      expect(error.fieldErrors).to.deep.equal([
        { field: 'person.fiscalCode', code: 'invalid' },
        { field: 'acts', code: 'too-many', detail: 'At most 3' },
      ]);
    });

    it('treats a 422 with code quota-exceeded as quota', async () => {
      const error = await errorFor(422, problem(422, 'quota-exceeded'));
      expect(error.kind).to.equal('quota');
    });

    it('keeps the status of an error whose body is no problem', async () => {
      worker.use(
        http.get(`${API}/offices/:officeId`, () =>
          HttpResponse.text('<h1>Oops</h1>', { status: 500 }),
        ),
      );
      const error = (await rejectionOf(
        getOffice(createApiClient({ baseUrl: API, ...fast, retries: 0 }), 'x'),
      )) as ApiError;
      expect([error.kind, error.status, error.problem, error.fieldErrors]).to.deep.equal([
        'server',
        500,
        undefined,
        [],
      ]);
    });

    it('says malformed for a 2xx body that is not JSON', async () => {
      worker.use(
        http.get(`${API}/offices`, () =>
          HttpResponse.text('[{"id":', { headers: { 'Content-Type': 'application/json' } }),
        ),
      );
      const error = (await rejectionOf(
        listOffices(createApiClient({ baseUrl: API, ...fast })),
      )) as ApiError;
      expect(error.kind).to.equal('malformed');
    });

    it('says malformed for null, empty or wrongly shaped 2xx bodies', async () => {
      const bodies = [
        () => HttpResponse.json(null),
        () => new HttpResponse(null, { status: 200 }),
        () => HttpResponse.json({ not: 'an array' }),
      ];
      for (const body of bodies) {
        worker.use(http.get(`${API}/offices`, body));
        const error = (await rejectionOf(
          listOffices(createApiClient({ baseUrl: API, ...fast })),
        )) as ApiError;
        expect(error.kind).to.equal('malformed');
      }
      worker.use(http.get(`${API}/offices/:officeId`, () => HttpResponse.json('a string')));
      const error = (await rejectionOf(
        getOffice(createApiClient({ baseUrl: API, ...fast }), 'x'),
      )) as ApiError;
      expect(error.kind).to.equal('malformed');
    });
  });
});
