import { aTimeout, expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '../engine.js';
import { delay, http } from 'msw';
import sinon from 'sinon';
import {
  $,
  activeElement,
  API,
  chooseDay,
  chooseSlot,
  confirmButton,
  fillDetails,
  OFFICE,
  openPicker,
  person,
  SERVICE,
  setUp,
  submitDetails,
  tabTo,
  tearDown,
  until,
  waitFor,
  waitForHeading,
  worker,
} from './helpers.js';

const FIXED = { office: OFFICE, service: SERVICE };

/** Counts the requests to paths ending with `suffix`. */
function countRequests(suffix: string) {
  const count = { value: 0 };
  worker.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname.endsWith(suffix)) count.value += 1;
  });
  return count;
}

describe('<sportello-slot-picker>', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(async () => ({ clock } = await setUp()));
  afterEach(() => {
    worker.events.removeAllListeners('request:start');
    tearDown();
  });

  describe('keyboard', () => {
    it('completes a booking with the keyboard alone', async function () {
      this.timeout(30000);
      const el = await openPicker(FIXED);
      const booked = new Promise((resolve) => el.addEventListener('sportello-booked', resolve));
      await waitFor(el, 'button[data-date][tabindex="0"]');
      await tabTo(el, (e) => e.matches('button[data-date]'));
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await waitForHeading(el, "Scegli l'orario");
      await waitFor(el, 'button.slot');
      await tabTo(el, (e) => e.matches('button.slot'));
      await sendKeys({ press: 'Enter' });
      await waitFor(el, '#field-purposeId');
      await tabTo(el, (e) => e.id === 'field-purposeId');
      await sendKeys({ press: 'ArrowDown' });
      const who = person(5);
      for (const [id, text] of [
        ['field-givenName', who.givenName],
        ['field-familyName', who.familyName],
        ['field-fiscalCode', who.fiscalCode],
        ['field-email', who.email],
      ] as const) {
        await tabTo(el, (e) => e.id === id);
        await sendKeys({ type: text });
      }
      await tabTo(el, (e) => e.id === 'field-consent');
      await sendKeys({ press: 'Space' });
      await tabTo(el, (e) => e.matches('button[type=submit]'));
      await sendKeys({ press: 'Enter' });
      await waitForHeading(el, 'Controlla e conferma');
      await confirmButton(el);
      await tabTo(el, (e) => e.matches('.button-row button.button:not(.button--secondary)'));
      await sendKeys({ press: 'Enter' });
      await waitForHeading(el, 'Prenotazione confermata');
      await booked;
      const receipt = $(el, 'sportello-receipt')!;
      await until(
        () => (receipt.shadowRoot?.textContent ?? '').includes('12 marzo 2026'),
        'the receipt of the new booking did not show',
      );
    });
  });

  describe('revalidation', () => {
    // Parallel test pages run in the background, where the page is 'hidden'; a visitor who
    // comes back to the tab sees it 'visible'.
    beforeEach(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    });
    afterEach(() => {
      delete (document as { visibilityState?: unknown }).visibilityState;
    });

    it('fetches the times again on focus or visibility once they are older than 3 minutes', async () => {
      const el = await openPicker(FIXED);
      await chooseDay(el);
      await waitFor(el, 'button.slot');
      const slots = countRequests('/slots');
      window.dispatchEvent(new Event('focus'));
      await aTimeout(50);
      expect(slots.value).to.equal(0);
      clock.tick(3 * 60 * 1000 + 1000);
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => slots.value === 1, 'the times were not fetched again');
      clock.tick(4 * 60 * 1000);
      window.dispatchEvent(new Event('focus'));
      await until(() => slots.value === 2, 'the times were not fetched again on focus');
    });

    it('fetches the days again when the day grid is old', async () => {
      const el = await openPicker(FIXED);
      await waitFor(el, 'button[data-date][tabindex="0"]');
      const days = countRequests('/availability');
      clock.tick(5 * 60 * 1000);
      window.dispatchEvent(new Event('focus'));
      await until(() => days.value === 1, 'the days were not fetched again');
    });

    it('fetches the times again on entering the review', async () => {
      const el = await openPicker(FIXED);
      await chooseDay(el);
      await chooseSlot(el);
      const slots = countRequests('/slots');
      await fillDetails(el);
      await submitDetails(el);
      await waitForHeading(el, 'Controlla e conferma');
      await until(() => slots.value === 1, 'the times were not checked before confirming');
    });
  });

  describe('removal', () => {
    it('aborts its requests, leaks no rejection, and forgets what was typed', async () => {
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => {
        rejections.push(event.reason);
        event.preventDefault();
      };
      window.addEventListener('unhandledrejection', onRejection);
      const fetchSpy = sinon.spy(window, 'fetch');
      try {
        const el = await openPicker(FIXED);
        await chooseDay(el);
        await chooseSlot(el);
        await fillDetails(el);
        worker.use(http.get(`${API}/services/:id/slots`, () => delay('infinite')));
        const slotRequests = () =>
          fetchSpy.args
            .map(([input]) => input as Request)
            .filter((r) => r instanceof Request && r.url.includes('/slots'));
        const earlier = slotRequests().length;
        await submitDetails(el); // entering the review asks for the times again: never answered
        await waitForHeading(el, 'Controlla e conferma');
        const pending = await until(
          () => slotRequests()[earlier],
          'the revalidation never started',
        );
        expect(pending.signal.aborted, 'aborted before the element left').to.equal(false);
        const parent = el.parentNode!;
        el.remove();
        await until(() => pending.signal.aborted, 'the request was not aborted');
        await aTimeout(100);
        expect(rejections).to.deep.equal([]);
        worker.resetHandlers();
        parent.appendChild(el);
        await waitForHeading(el, 'Scegli il giorno');
        await chooseDay(el);
        await chooseSlot(el);
        expect($<HTMLInputElement>(el, '#field-givenName')!.value).to.equal('');
        expect($<HTMLInputElement>(el, '#field-fiscalCode')!.value).to.equal('');
        expect(activeElement(el)?.id).to.equal('step-heading');
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
        fixtureCleanup();
      }
    });
  });
});
