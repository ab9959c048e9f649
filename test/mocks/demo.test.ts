import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/sportello-config.js';
import '../../src/define/sportello-check-in.js';
import type { SportelloCheckIn } from '../../src/elements/check-in/check-in.js';
import { deskAt, receiptAt } from '../../demo/desk-tryout.js';
import { movePageClock } from '../../demo/page-clock.js';
import { parseMockNow } from '../../mocks/clock.js';
import { createDemoBooking } from '../../mocks/demo-booking.js';
import { closePages, startPage, storeName } from './pages.js';

const OFFICE = 'tribunale-pistoia';

describe('demo: the entrance desk at the time of a booking', () => {
  let undoClock: (() => void) | undefined;

  afterEach(async () => {
    undoClock?.();
    undoClock = undefined;
    localStorage.removeItem(`sportello-check-in-key:${OFFICE}`);
    await closePages();
  });

  it('moves the page clock, which runs on, and leaves other dates alone', async () => {
    const realDate = Date;
    undoClock = movePageClock(new Date('2026-12-04T08:05:00Z'));
    expect(Date.now() - Date.parse('2026-12-04T08:05:00Z')).to.be.within(0, 1000);
    expect(new Date().toISOString().slice(0, 16)).to.equal('2026-12-04T08:05');
    expect(new Date('2020-01-01T00:00:00Z').getTime()).to.equal(1577836800000);
    expect(new Date(2020, 0, 1).getFullYear()).to.equal(2020);
    expect(new realDate()).to.be.instanceOf(Date);
    const before = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(Date.now() - before).to.be.within(20, 2000);
    undoClock();
    undoClock = undefined;
    expect(Date).to.equal(realDate);
  });

  it('links a booking to the desk page five minutes after its start, Rome time', () => {
    expect(deskAt('2026-12-04T09:00:00+01:00')).to.deep.equal({
      href: '/ingresso.html?mock-now=2026-12-04T09:05',
      label: 'alle 09:05 di venerdì 4 dicembre',
    });
    expect(receiptAt({ code: 'ABCD-2345', token: 't0k' })).to.equal(
      '/prenotazione.html#code=ABCD-2345&token=t0k',
    );
  });

  it('answers green on the desk page opened from that link', async () => {
    const persist = storeName();
    // The booking page, at the real time.
    await startPage({ baseUrl: '/api/sportello', persist, prebooked: true });
    const booking = await createDemoBooking('/api/sportello');

    // The desk page at `?mock-now=…` of the link: the page's clock moves, the server follows.
    const mockNow = new URL(deskAt(booking.start).href, location.href).searchParams.get('mock-now');
    undoClock = movePageClock(parseMockNow(mockNow!)!);
    await startPage({ baseUrl: '/api/sportello', persist, prebooked: true });
    const wrapper = await fixture<HTMLElement>(
      html`<sportello-config api-base="/api/sportello" .getToken=${() => 'desk-1'}>
        <sportello-check-in office=${OFFICE}></sportello-check-in>
      </sportello-config>`,
    );
    const desk = wrapper.querySelector<SportelloCheckIn>('sportello-check-in')!;
    await waitUntil(() => localStorage.getItem(`sportello-check-in-key:${OFFICE}`), 'no key');
    expect(await desk.check(booking.code)).to.equal('valid');
    const verdict = desk.shadowRoot!.querySelector('#verdict')!;
    expect(verdict.classList.contains('verdict--go')).to.equal(true);
    expect(verdict.textContent).to.contain('Valida: può entrare');
  });
});
