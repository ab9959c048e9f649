import { passToText } from '../../src/internal/pass.js';
import type { ElementEntry } from './elements.js';
import { bookFor, bookingOf, create, PERSONAL, STAFF_TOKEN } from './entry-support.js';

const OFFICE = 'tribunale-pistoia';

/**
 * <sportello-check-in>: the entrance desk of the office where PERSON booked, with a member of
 * staff signed in. The walk types the booking code, then pastes the receipt's QR text as a
 * scanner would, and reads both verdicts.
 */
export const checkIn: ElementEntry = {
  tag: 'sportello-check-in',
  define: () => import('../../src/define/sportello-check-in.js'),
  cdn: '/dist/cdn/sportello-check-in.js',
  mount(container, apiBase) {
    // Each run starts as a new desk: no kept key, no check-ins waiting from an earlier run.
    const storage = container.ownerDocument.defaultView!.localStorage;
    storage.removeItem(`sportello-check-in-key:${OFFICE}`);
    storage.removeItem(`sportello-check-in-queue:${OFFICE}`);
    const element = create(container, 'sportello-check-in', {
      'api-base': apiBase,
      office: OFFICE,
    });
    // With its own api-base the desk has its own client: the staff session goes with it. Inherited
    // settings bring their own (the suite's containers and configs are signed in).
    if (apiBase)
      (element as HTMLElement & { getToken?: () => string }).getToken = () => STAFF_TOKEN;
    bookFor(element, `${OFFICE}-lavoro`);
    return element;
  },
  async walk(element, h) {
    const booking = await bookingOf(element);
    const verdicts: string[] = [];
    element.addEventListener('sportello-checked-in', (event) => verdicts.push(event.verdict));
    const entry = await h.waitForSelector<HTMLInputElement>('input[part~="entry"]');
    await h.checkpoint('ready');

    await h.type(entry, booking.code);
    await h.activate(h.query('form [type="submit"]')!);
    await h.waitFor(() => verdicts.length === 1, 'the verdict on the typed code');
    await h.waitForSelector('[part~="verdict"]');
    await h.checkpoint('verdict-code');

    await h.type(entry, passToText(booking.checkIn));
    await h.activate(h.query('form [type="submit"]')!);
    await h.waitFor(() => verdicts.length === 2, 'the verdict on the QR text');
    if (verdicts[1] === 'forged') throw new Error('the desk called a genuine pass forged');
    await h.checkpoint('verdict-pass');
  },
  personal: PERSONAL,
  operations: [
    {
      name: 'getCheckInKey',
      method: 'GET',
      path: '/offices/:officeId/check-in-key',
      shape: 'object',
      // Fetched when the desk opens; without it a pass is checked by the server alone.
      onFault: 'degrade',
    },
    {
      name: 'recordCheckIn',
      method: 'POST',
      path: '/check-ins',
      shape: 'object',
      idempotent: true,
      // Unreachable or failing server: the desk decides alone and queues the check-in.
      onFault: 'degrade',
    },
  ],
};
