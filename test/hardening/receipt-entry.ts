import type { ElementEntry } from './elements.js';
import { bookFor, bookingOf, create, PERSONAL } from './entry-support.js';

/**
 * <sportello-receipt>: a booking made for PERSON just before (as the confirmation email's link
 * would give the page its code and token), shown, then cancelled through the dialog.
 */
export const receipt: ElementEntry = {
  tag: 'sportello-receipt',
  define: () => import('../../src/define/sportello-receipt.js'),
  cdn: '/dist/cdn/sportello-receipt.js',
  mount(container, apiBase) {
    const element = create(container, 'sportello-receipt', { 'api-base': apiBase });
    // Not the slot picker's counter: the strict-CSP page's server keeps its booking for PERSON,
    // and a person holds one active booking per counter.
    bookFor(element, 'tribunale-lucca-contenzioso-civile', ({ code, token }) => {
      element.setAttribute('code', code);
      element.setAttribute('token', token);
    });
    return element;
  },
  async walk(element, h) {
    await bookingOf(element);
    await h.waitForSelector('[part~="code"]');
    await h.checkpoint('booking');
    await h.activate(await h.waitForSelector('#cancel'));
    // The modal dialog's last button confirms; "keep it" comes first.
    const confirm = await h.waitFor(
      () => h.queryAll('dialog[open] button').at(-1),
      'the cancel dialog',
    );
    await h.checkpoint('cancel-dialog');
    await h.activate(confirm);
    await h.waitForSelector('#notice');
    await h.checkpoint('cancelled');
  },
  personal: PERSONAL,
  operations: [
    { name: 'getBooking', method: 'GET', path: '/bookings/:code', shape: 'object' },
    { name: 'cancelBooking', method: 'DELETE', path: '/bookings/:code', shape: 'object' },
  ],
};
