import { expect, oneEvent } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import sinon from 'sinon';
import type { BookingRequest } from '../../src/api/types.js';
import type { Db } from '../../mocks/index.js';
import { once } from '../../mocks/store/idempotency.js';
import { bookingBody, post } from '../mocks/setup.js';
import {
  $,
  $$,
  activeElement,
  API,
  confirmButton,
  heading,
  OFFICE,
  openPicker,
  problemResponse,
  SERVICE,
  setUp,
  spyOnBookings,
  tearDown,
  textOf,
  toReview,
  until,
  VALID,
  waitFor,
  waitForHeading,
  worker,
} from './helpers.js';

const FIXED = { office: OFFICE, service: SERVICE };
const SLOT = `${SERVICE}_2026-03-11_0920`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Answers POST /bookings with `answer` first (returning undefined lets the reference server answer). */
function answerBookings(answer: (attempt: number, request: Request) => unknown) {
  const keys: Array<string | null> = [];
  worker.use(
    http.post(`${API}/bookings`, async ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'));
      return answer(keys.length, request) as Response | undefined;
    }),
  );
  return keys;
}

async function failure(el: Element) {
  const box = await waitFor(el, '#failure');
  await until(() => activeElement(el) === box, 'the failure never took focus');
  return box;
}

describe('<sportello-slot-picker>', () => {
  let db: Db;
  beforeEach(async () => ({ db } = await setUp()));
  afterEach(tearDown);

  describe('events: confirm', () => {
    it('sends the booking with an Idempotency-Key and fires sportello-booked without personal data', async () => {
      const seen = spyOnBookings();
      const el = await openPicker(FIXED);
      await toReview(el, '09:20');
      const booked = oneEvent(el, 'sportello-booked');
      (await confirmButton(el)).click();
      const event = await booked;
      expect(seen).to.have.length(1);
      expect(seen[0]!.key).to.match(UUID);
      expect(seen[0]!.body).to.deep.equal({
        serviceId: SERVICE,
        slotId: SLOT,
        purposeId: 'deposito-atti',
        acts: 1,
        person: {
          givenName: VALID.givenName,
          familyName: VALID.familyName,
          fiscalCode: VALID.fiscalCode,
          email: VALID.email,
          phone: VALID.phone,
        },
        privacyConsent: true,
      });
      const stored = [...db.state.bookings.values()];
      expect(stored).to.have.length(1);
      expect(event.detail).to.deep.equal({
        code: stored[0]!.code,
        officeId: OFFICE,
        serviceId: SERVICE,
        start: '2026-03-11T09:20:00+01:00',
      });
      expect(event.bubbles && event.composed).to.equal(true);
      const detail = JSON.stringify(event.detail);
      for (const personal of [VALID.givenName, VALID.familyName, VALID.fiscalCode, VALID.email]) {
        expect(detail).not.to.contain(personal);
      }
      await waitForHeading(el, 'Prenotazione confermata');
      expect($(el, 'sportello-receipt')!.getAttribute('code')).to.equal(stored[0]!.code);
    });

    it('sends one request for a double click', async () => {
      const keys = answerBookings(async () => {
        await delay(150);
        return undefined;
      });
      const el = await openPicker(FIXED);
      await toReview(el);
      const button = await confirmButton(el);
      button.click();
      button.click();
      await el.updateComplete;
      (await confirmButton(el)).click();
      await waitForHeading(el, 'Prenotazione confermata');
      expect(keys).to.have.length(1);
      expect(db.state.bookings.size).to.equal(1);
    });
  });

  describe('errors', () => {
    it('409: says the slot was taken, focuses the message, refreshes the times, keeps the data', async () => {
      const el = await openPicker(FIXED);
      await toReview(el, '09:20');
      for (const n of [2, 3, 4])
        expect((await post('/bookings', bookingBody(SLOT, n))).status).to.equal(201);
      (await confirmButton(el)).click();
      await waitForHeading(el, "Scegli l'orario");
      const notice = await waitFor(el, '#notice');
      await until(() => activeElement(el) === notice, 'the notice never took focus');
      expect(textOf(notice)).to.contain("l'ultimo posto di questo orario è stato preso");
      const full = await until(
        () => $$<HTMLButtonElement>(el, 'button.slot').find((b) => textOf(b).startsWith('09:20')),
        'slot 09:20 missing',
      );
      await until(() => full.disabled, 'the times were not refreshed');
      expect(textOf(full)).to.equal('09:20 completo');
      $$<HTMLButtonElement>(el, 'button.slot')
        .find((b) => textOf(b).startsWith('09:40'))!
        .click();
      await waitFor(el, '#field-givenName');
      expect($<HTMLInputElement>(el, '#field-fiscalCode')!.value).to.equal(VALID.fiscalCode);
      expect($<HTMLInputElement>(el, '#field-consent')!.checked).to.equal(true);
    });

    it('429 quota: explains the rule', async () => {
      expect(
        (await post('/bookings', bookingBody(`${SERVICE}_2026-03-12_1000`, 1))).status,
      ).to.equal(201);
      const el = await openPicker(FIXED);
      await toReview(el);
      (await confirmButton(el)).click();
      const notice = await waitFor(el, '#notice');
      await until(() => activeElement(el) === notice, 'the notice never took focus');
      expect(textOf(notice)).to.contain(
        'ogni persona può avere una sola prenotazione attiva e farne al massimo 3 a settimana',
      );
      expect(db.state.bookings.size).to.equal(1);
    });

    it('422: maps the server field errors onto the fields, with the summary', async () => {
      answerBookings(() =>
        problemResponse(422, {
          code: 'validation',
          errors: [
            { field: 'person.fiscalCode', code: 'invalid' },
            { field: 'person.email', code: 'required' },
          ],
        }),
      );
      const el = await openPicker(FIXED);
      await toReview(el);
      (await confirmButton(el)).click();
      await waitForHeading(el, 'Motivo e dati personali');
      const title = await waitFor(el, '.error-summary__title');
      await until(() => activeElement(el) === title, 'the summary never took focus');
      expect($$(el, '.error-summary a').map(textOf)).to.deep.equal([
        'Codice fiscale: il valore non è valido.',
        'Email: questo campo è obbligatorio.',
      ]);
      expect($(el, '#field-fiscalCode')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#field-email')!.getAttribute('aria-invalid')).to.equal('true');
      expect($<HTMLInputElement>(el, '#field-email')!.value).to.equal(VALID.email);
    });

    it('422 naming no field of the form: stays on the review with the message', async () => {
      answerBookings(() => problemResponse(422, { code: 'holder-changed' }));
      const el = await openPicker(FIXED);
      await toReview(el);
      (await confirmButton(el)).click();
      const box = await failure(el);
      expect(textOf(box)).to.contain('Alcuni dati non sono corretti');
      expect(heading(el)).to.equal('Controlla e conferma');
    });

    it('503: a message with a retry that sends the same Idempotency-Key', async () => {
      let down = true;
      const keys = answerBookings(() =>
        down ? new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } }) : undefined,
      );
      const el = await openPicker(FIXED);
      await toReview(el);
      (await confirmButton(el)).click();
      const box = await failure(el);
      expect(textOf(box)).to.contain('Il servizio non è al momento disponibile');
      down = false;
      box.querySelector<HTMLButtonElement>('button')!.click();
      await waitForHeading(el, 'Prenotazione confermata');
      expect(keys.length).to.be.greaterThan(1);
      expect(new Set(keys).size).to.equal(1);
      expect(db.state.bookings.size).to.equal(1);
    });

    it('unreachable: a message with a retry that sends the same Idempotency-Key', async () => {
      sinon.stub(Math, 'random').returns(0); // no backoff wait between the client's own retries
      let offline = true;
      const keys = answerBookings(() => (offline ? HttpResponse.error() : undefined));
      const el = await openPicker(FIXED);
      await toReview(el);
      (await confirmButton(el)).click();
      const box = await failure(el);
      expect(textOf(box)).to.contain('Il servizio del tribunale non risponde');
      offline = false;
      box.querySelector<HTMLButtonElement>('button')!.click();
      await waitForHeading(el, 'Prenotazione confermata');
      expect(new Set(keys).size).to.equal(1);
    });

    it('timeout: a message with a retry', async () => {
      let slow = true;
      const keys = answerBookings(() =>
        slow ? problemResponse(408, { code: 'timeout' }) : undefined,
      );
      const el = await openPicker(FIXED);
      await toReview(el);
      (await confirmButton(el)).click();
      const box = await failure(el);
      expect(textOf(box)).to.contain('non ha risposto in tempo');
      slow = false;
      box.querySelector<HTMLButtonElement>('button')!.click();
      await waitForHeading(el, 'Prenotazione confermata');
      expect(new Set(keys).size).to.equal(1);
    });

    it('a server that books and then drops the connection does not book twice', async () => {
      sinon.stub(Math, 'random').returns(0);
      const keys = answerBookings(async (attempt, request) => {
        if (attempt > 1) return undefined;
        const body = (await request.clone().json()) as BookingRequest;
        const key = request.headers.get('Idempotency-Key');
        await once(db.state, 'bookings', key, body, async () => ({
          status: 201,
          body: await db.createBooking(body),
        }));
        return HttpResponse.error();
      });
      const el = await openPicker(FIXED);
      await toReview(el);
      const booked = oneEvent(el, 'sportello-booked');
      (await confirmButton(el)).click();
      const event = await booked;
      expect(db.state.bookings.size).to.equal(1);
      expect(event.detail.code).to.equal([...db.state.bookings.values()][0]!.code);
      expect(new Set(keys).size).to.equal(1);
    });

    it('401: links to the login page, with no retry', async () => {
      answerBookings(() => problemResponse(401, { code: 'unauthorized' }));
      const el = await openPicker({ ...FIXED, loginUrl: 'https://tribunale.example/login' });
      await toReview(el);
      (await confirmButton(el)).click();
      const box = await failure(el);
      expect(textOf(box)).to.contain('Per continuare devi accedere');
      expect(box.querySelector('a')!.getAttribute('href')).to.equal(
        'https://tribunale.example/login',
      );
      expect(box.querySelector('button')).to.equal(null);
    });
  });
});
