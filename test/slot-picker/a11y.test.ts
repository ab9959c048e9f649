import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { bookingBody, post } from '../mocks/setup.js';
import {
  API,
  chooseDay,
  chooseSlot,
  clickButton,
  confirmButton,
  OFFICE,
  openPicker,
  problemResponse,
  SERVICE,
  setUp,
  submitDetails,
  tabStopDay,
  tearDown,
  toReview,
  until,
  waitFor,
  waitForHeading,
  worker,
  $$,
} from './helpers.js';

const FIXED = { office: OFFICE, service: SERVICE };

describe('<sportello-slot-picker>', () => {
  beforeEach(() => setUp());
  afterEach(tearDown);

  describe('a11y', () => {
    it('office list and counter list', async () => {
      const el = await openPicker();
      await until(() => $$(el, '.choice-card').length > 10, 'no offices');
      await expect(el).to.be.accessible();
      (await until(() => $$<HTMLButtonElement>(el, '.choice-card')[0], 'no office')).click();
      await waitForHeading(el, 'Scegli lo sportello');
      await until(() => $$(el, '.choice-card').length > 1, 'no counters');
      await expect(el).to.be.accessible();
    });

    it('day grid and list view', async () => {
      const el = await openPicker(FIXED);
      await tabStopDay(el);
      await expect(el).to.be.accessible();
      await clickButton(el, 'Elenco');
      await waitFor(el, '.day-list');
      await expect(el).to.be.accessible();
    });

    it('times, details with errors, review and done', async () => {
      const el = await openPicker({ ...FIXED, privacyUrl: 'https://tribunale.example/privacy' });
      await chooseDay(el);
      await waitFor(el, 'button.slot');
      await expect(el).to.be.accessible();
      await chooseSlot(el);
      await submitDetails(el);
      await waitFor(el, '.error-summary');
      await expect(el).to.be.accessible();
      await clickButton(el, /Indietro$/);
      await chooseSlot(el);
      await toReviewFromDetails(el);
      await expect(el).to.be.accessible();
      (await confirmButton(el)).click();
      await waitForHeading(el, 'Prenotazione confermata');
      await waitFor(el, 'sportello-receipt');
      await expect(el).to.be.accessible();
    });

    it('conflict notice', async () => {
      const el = await openPicker(FIXED);
      await toReview(el, '09:00');
      for (const n of [2, 3, 4])
        await post('/bookings', bookingBody(`${SERVICE}_2026-03-11_0900`, n));
      (await confirmButton(el)).click();
      await waitFor(el, '#notice');
      await waitFor(el, 'button.slot');
      await expect(el).to.be.accessible();
    });

    it('server error with retry, and a failed load', async () => {
      worker.use(http.post(`${API}/bookings`, () => problemResponse(500, { code: 'server' })));
      const el = await openPicker(FIXED);
      await toReview(el);
      (await confirmButton(el)).click();
      await waitFor(el, '#failure');
      await expect(el).to.be.accessible();
      worker.use(http.get(`${API}/offices`, () => HttpResponse.json({}, { status: 500 })));
      const failing = await openPicker();
      await waitFor(failing, '.message--error');
      await expect(failing).to.be.accessible();
    });
  });
});

async function toReviewFromDetails(el: Element) {
  const { fillDetails } = await import('./helpers.js');
  await fillDetails(el);
  await submitDetails(el);
  await waitForHeading(el, 'Controlla e conferma');
}
