import { expect } from '@open-wc/testing';
import { fiscalCodeOf } from '../../mocks/internal/fiscal-code.js';
import { api, createClock, post, STAFF, useMockApi } from './setup.js';

const SUBJECT = {
  familyName: 'Bartolini',
  givenName: 'Anna',
  sex: 'F',
  birthDate: '1985-04-12',
  birthPlaceCode: 'G713',
} as const;

function batchBody(people: unknown[], number = 'PG/2026/1182') {
  return {
    officeId: 'procura-prato',
    administration: {
      name: 'Comune di Prato - Servizi demografici',
      pec: 'comune.prato@postacert.toscana.it',
    },
    protocol: { number, date: '2026-06-30' },
    purpose: 'Verifica delle dichiarazioni sostitutive (art. 71 DPR 445/2000)',
    certificateType: 'casellario-generale',
    people,
  };
}

describe('reference server: certificates', () => {
  let clock: ReturnType<typeof createClock>;

  beforeEach(async () => {
    clock = createClock('2026-07-01T08:00:00Z');
    await useMockApi({ now: clock.now });
  });

  it('filters places by the date of birth', async () => {
    const codes = async (query: string) =>
      (await api(`/places?${query}`)).body.map((p: { code: string }) => p.code);
    // Figline Valdarno merged with Incisa into Figline e Incisa Valdarno in 2014.
    expect(await codes('q=figline&date=1990-05-01')).to.deep.equal(['D583', 'D582']);
    expect(await codes('q=figline&date=2020-05-01')).to.deep.equal(['M321', 'D582']);
    expect(await codes('q=figline')).to.have.length(3);
    expect((await api('/places?code=Z110')).body[0]).to.include({
      name: 'Francia',
      kind: 'foreign-state',
    });
    expect((await api('/places?q=x')).status).to.equal(422);
  });

  it('searches the whole registry by name, ignoring accents, apostrophes and case', async () => {
    const names = async (query: string) =>
      (await api(`/places?${query}`)).body.map((p: { name: string }) => p.name);
    expect(await names('q=forli&date=1980-01-01')).to.include('Forlì');
    expect(await names(`q=${encodeURIComponent('sant agata f')}`)).to.include("Sant'Agata Fossili");
    expect(await names('q=SANTAGATA%20FOS')).to.deep.equal(["Sant'Agata Fossili"]);
    // A ceased comune is found at a date when it existed, not after.
    expect(await names('q=abetone&date=1950-06-01')).to.deep.equal(['Abetone']);
    expect(await names('q=abetone&date=2020-06-01')).to.deep.equal(['Abetone Cutigliano']);
    // A state that no longer exists, by a word of its name; not for someone born after it ended.
    const yugoslavia = (await api('/places?q=jugoslavia&date=1975-03-01')).body;
    expect(yugoslavia.map((p: { code: string }) => p.code)).to.include('Z118');
    expect(yugoslavia.find((p: { code: string }) => p.code === 'Z118')).to.include({
      kind: 'foreign-state',
      validTo: '2003-12-31',
    });
    expect(await names('q=jugoslavia&date=2010-03-01')).not.to.include(
      'Repubblica Socialista Federale di Jugoslavia',
    );
    const pistoia = (await api('/places?code=G713')).body[0];
    expect(pistoia).to.include({ name: 'Pistoia', kind: 'comune', province: 'PT' });
    expect(pistoia).not.to.have.property('validTo');
    expect((await api('/places?code=A012&date=2020-01-01')).body).to.deep.equal([]);
    expect((await api('/places?q=a')).status).to.equal(422);
  });

  it('computes fees from the configuration and exempt uses', async () => {
    const { body: config } = await api('/certificates/config?officeId=procura-lucca');
    expect(config.fees.stampDuty.amount).to.equal('16.00');
    const request = (useId: string, urgent: boolean, key = crypto.randomUUID()) =>
      post(
        '/certificate-requests',
        {
          officeId: 'procura-lucca',
          certificates: ['casellario-generale', 'carichi-pendenti'],
          useId,
          urgent,
          subject: { ...SUBJECT, fiscalCode: fiscalCodeOf(SUBJECT) },
          email: 'anna@example.it',
          collection: 'counter',
          privacyConsent: true,
        },
        { 'Idempotency-Key': key },
      );
    const urgent = await request('lavoro', true);
    expect(urgent.status).to.equal(201);
    expect(urgent.body.total).to.deep.equal({ amount: '47.68', currency: 'EUR' });
    expect(urgent.body.number).to.match(/^LU-2026-\d{6}$/);
    expect(urgent.body.readyFrom).to.equal('2026-07-01');
    const normal = await request('lavoro', false);
    expect(normal.body.total.amount).to.equal('39.84');
    expect(normal.body.readyFrom).to.equal('2026-07-06');
    expect((await request('adozione', false)).body.total.amount).to.equal('0.00');
    expect((await api('/certificates/config?officeId=tribunale-lucca')).status).to.equal(404);
  });

  const requestBody = (overrides: Record<string, unknown> = {}) => ({
    officeId: 'procura-lucca',
    certificates: ['casellario-generale'],
    useId: 'lavoro',
    urgent: false,
    subject: { ...SUBJECT, fiscalCode: fiscalCodeOf(SUBJECT) },
    email: 'anna@example.it',
    collection: 'counter',
    privacyConsent: true,
    ...overrides,
  });
  const book = (overrides: Record<string, unknown> = {}) =>
    post('/certificate-requests', requestBody(overrides), {
      'Idempotency-Key': crypto.randomUUID(),
    });

  it('explains each fee line and exemption, and sends a pagoPA notice for the diritti', async () => {
    const one = await book();
    expect(one.body.fees.map((f: { kind: string }) => f.kind)).to.deep.equal([
      'stamp-duty',
      'rights',
    ]);
    expect(one.body.total.amount).to.equal('19.92');
    expect(one.body.status).to.equal('received');
    expect(one.body.payment).to.deep.include({
      amount: { amount: '3.92', currency: 'EUR' },
      dueDate: '2026-07-31',
      url: 'https://checkout.pagopa.it/',
    });
    expect(one.body.payment.noticeCode).to.match(/^3\d{17}$/);
    // An ONLUS pays no stamp, only the diritti (and urgency).
    const onlus = await book({ useId: 'onlus', urgent: true });
    expect(
      onlus.body.fees.map((f: { kind: string; amount: { amount: string } }) => [
        f.kind,
        f.amount.amount,
      ]),
    ).to.deep.equal([
      ['exemption', '0.00'],
      ['rights', '3.92'],
      ['urgency', '3.92'],
    ]);
    expect(onlus.body.fees[0].label).to.equal(
      'Esente da bollo (DPR 642/1972, allegato B, art. 27-bis)',
    );
    expect(onlus.body.total.amount).to.equal('7.84');
    // Nothing to pay through pagoPA when the diritti are exempt; an office that takes them at the counter sends no notice.
    const adoption = await book({ useId: 'adozione', subject: { ...SUBJECT } });
    expect(adoption.body.payment).to.equal(undefined);
    const { body: configs } = await api('/certificates/config?officeId=procura-prato');
    const prato = await book({ officeId: 'procura-prato' });
    expect(prato.status).to.equal(201);
    expect(prato.body.payment === undefined).to.equal(configs.rightsPaidWith === 'counter');
  });

  it('checks the delegate with their ID document, and the PEC address', async () => {
    const fields = async (overrides: Record<string, unknown>) =>
      (await book(overrides)).body.errors?.map(
        (e: { field: string; code: string }) => `${e.field} ${e.code}`,
      );
    expect(
      await fields({
        collection: 'delegate',
        delegate: { familyName: 'Neri', givenName: 'Carlo' },
      }),
    ).to.deep.equal(['delegate.document.type required', 'delegate.document.number required']);
    expect(
      await fields({
        collection: 'delegate',
        delegate: {
          familyName: 'Neri',
          givenName: 'Carlo',
          document: { type: 'tessera', number: 'AB1' },
        },
      }),
    ).to.deep.equal(['delegate.document.type invalid', 'delegate.document.number invalid']);
    expect(await fields({ collection: 'pec' })).to.deep.equal(['pec required']);
    expect(await fields({ collection: 'email' })).to.deep.equal(['collection not-allowed']);
    const delegated = await book({
      collection: 'delegate',
      delegate: {
        familyName: 'Neri',
        givenName: 'Carlo',
        document: { type: 'carta-identita', number: 'CA12345AB' },
      },
    });
    expect(delegated.status).to.equal(201);
  });

  it('refuses a fourth open request for the same person at the office', async () => {
    for (let i = 0; i < 3; i++) expect((await book()).status).to.equal(201);
    const refused = await book();
    expect(refused.status).to.equal(429);
    expect(refused.body.code).to.equal('quota-exceeded');
    // Another person, or the same person at another office, is not counted.
    expect((await book({ officeId: 'procura-prato' })).status).to.equal(201);
  });

  it('tells the status by number and date of birth, moving along the clock', async () => {
    const { body: receipt } = await book();
    const status = (birthDate: unknown, number = receipt.number) =>
      post(`/certificate-requests/${number}/status`, { birthDate });
    expect((await status(SUBJECT.birthDate)).body).to.deep.include({
      number: receipt.number,
      status: 'received',
      readyFrom: '2026-07-06',
    });
    clock.advance(2 * 60 * 60 * 1000);
    expect((await status(SUBJECT.birthDate)).body.status).to.equal('in-preparation');
    clock.set('2026-07-06T07:00:00Z');
    const ready = (await status(SUBJECT.birthDate)).body;
    expect(ready.status).to.equal('ready');
    expect(ready.updatedAt).to.equal('2026-07-06T00:00:00+02:00');
    // A wrong date of birth and an unknown number are the same 404.
    const wrong = await status('1985-04-13');
    const unknown = await status(SUBJECT.birthDate, 'LU-2026-999999');
    expect([wrong.status, unknown.status]).to.deep.equal([404, 404]);
    expect(wrong.body.detail).to.equal(unknown.body.detail);
    expect((await status(undefined)).status).to.equal(422);
  });

  it('stops answering a number after five wrong dates of birth, for a while', async () => {
    const { body: receipt } = await book();
    const status = (birthDate: string) =>
      post(`/certificate-requests/${receipt.number}/status`, { birthDate });
    for (let day = 1; day <= 5; day++) {
      expect((await status(`1985-01-0${day}`)).status).to.equal(404);
    }
    const blocked = await status(SUBJECT.birthDate);
    expect(blocked.status).to.equal(429);
    expect(Number(blocked.headers.get('Retry-After'))).to.be.within(1, 15 * 60);
    clock.advance(15 * 60 * 1000);
    expect((await status(SUBJECT.birthDate)).status).to.equal(200);
  });

  it('checks the subject, the birthplace at the birth date and the codice fiscale', async () => {
    const refused = await post('/certificate-requests', {
      officeId: 'procura-lucca',
      certificates: ['visura'],
      useId: 'lavoro',
      urgent: false,
      subject: {
        ...SUBJECT,
        birthPlaceCode: 'M321',
        fiscalCode: fiscalCodeOf({ ...SUBJECT, sex: 'M' }),
      },
      email: 'anna@example.it',
      collection: 'delegate',
      privacyConsent: true,
    });
    expect(refused.status).to.equal(422);
    const codes = Object.fromEntries(
      refused.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    );
    expect(codes).to.include({
      'certificates.0': 'not-allowed',
      'subject.birthPlaceCode': 'not-valid-at-date',
      'delegate.familyName': 'required',
    });
    const mismatch = await post('/certificate-requests', {
      officeId: 'procura-lucca',
      certificates: ['carichi-pendenti'],
      useId: 'lavoro',
      urgent: false,
      subject: { ...SUBJECT, fiscalCode: fiscalCodeOf({ ...SUBJECT, sex: 'M' }) },
      email: 'anna@example.it',
      collection: 'counter',
      privacyConsent: true,
    });
    expect(mismatch.body.errors).to.deep.equal([
      { field: 'subject.fiscalCode', code: 'mismatch', detail: 'Does not match: sex.' },
    ]);
  });

  it('processes a batch row by row, and returns a PDF per issued row', async () => {
    const people = [
      SUBJECT,
      { ...SUBJECT, birthDate: '2031-01-01' },
      { ...SUBJECT, givenName: 'Carla', birthPlaceCode: 'Z118', birthDate: '1979-02-02' },
    ];
    expect((await post('/certificate-batches', batchBody(people))).status).to.equal(401);
    const created = await post('/certificate-batches', batchBody(people), STAFF);
    expect(created.status).to.equal(202);
    expect(created.body.rows.map((r: { status: string }) => r.status)).to.deep.equal([
      'queued',
      'rejected',
      'queued',
    ]);
    expect(created.body.rows[1].errors[0]).to.include({ field: 'birthDate', code: 'in-future' });
    const read = () => api(`/certificate-batches/${created.body.id}`, { headers: STAFF });
    clock.advance(2500);
    expect((await read()).body.status).to.equal('processing');
    expect((await read()).body.rows[0].status).to.equal('processing');
    clock.advance(3000);
    const done = (await read()).body;
    expect(done.status).to.equal('done');
    expect(done.rows[0]).to.deep.equal({
      row: 1,
      status: 'issued',
      documentUrl: `/certificate-batches/${done.id}/rows/1/document`,
    });
    const pdf = await api(done.rows[0].documentUrl, { headers: STAFF });
    expect(pdf.headers.get('content-type')).to.equal('application/pdf');
    expect(pdf.body).to.match(/^%PDF-1\.4/);
    expect(pdf.body).to.contain('PG/2026/1182');
    expect(
      (await api(`/certificate-batches/${done.id}/rows/2/document`, { headers: STAFF })).status,
    ).to.equal(404);
  });

  it('refuses a protocol number sent twice and lists over the limit', async () => {
    expect((await post('/certificate-batches', batchBody([SUBJECT]), STAFF)).status).to.equal(202);
    const again = await post('/certificate-batches', batchBody([SUBJECT]), STAFF);
    expect([again.status, again.body.code]).to.deep.equal([409, 'duplicate-protocol']);
    const tooMany = await post(
      '/certificate-batches',
      batchBody(Array(301).fill(SUBJECT), 'PG/2026/9'),
      STAFF,
    );
    expect(tooMany.status).to.equal(413);
  });
});
