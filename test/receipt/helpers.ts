import { fixture, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/sportello-receipt.js';
import type { SportelloReceipt } from '../../src/elements/receipt/receipt.js';
import type { Booking, BookingRequest } from '../../src/api/types.js';
import type { DbOptions } from '../../mocks/index.js';
import { receiptTemplate, type ReceiptArgs } from '../../stories/receipt.template.js';
import { bookingBody, createClock, useMockApi } from '../mocks/setup.js';

/** A Wednesday; the booking is on the next Monday, 09:00–09:20, office time. */
export const NOW = '2026-07-01T08:00:00Z';
export const SLOT = 'tribunale-pistoia-contenzioso-civile_2026-07-06_0900';

let fakeDate: sinon.SinonFakeTimers | undefined;

/**
 * A fresh reference store whose clock the test moves, and the page's Date following the same
 * clock: the receipt decides from Date.now() whether cancelling is still open.
 */
export async function setUp(options: DbOptions = {}) {
  const clock = createClock(NOW);
  const mock = await useMockApi({ now: clock.now, prebooked: false, ...options });
  fakeDate = sinon.useFakeTimers({ now: new Date(NOW), toFake: ['Date'] });
  const setNow = (iso: string) => {
    clock.set(iso);
    fakeDate!.setSystemTime(new Date(iso));
  };
  return { ...mock, setNow };
}

export function tearDown(): void {
  fakeDate?.restore();
  fakeDate = undefined;
  sinon.restore();
}

export type Receipt = SportelloReceipt;

export async function bookWith(
  db: Awaited<ReturnType<typeof setUp>>['db'],
  n = 1,
  slot = SLOT,
): Promise<Booking & { token: string }> {
  return (await db.createBooking(bookingBody(slot, n) as BookingRequest)) as Booking & {
    token: string;
  };
}

export function openReceipt(args: Partial<ReceiptArgs> = {}): Promise<Receipt> {
  return fixture<Receipt>(receiptTemplate(args));
}

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function until<T>(find: () => T | null | undefined | false, message: string) {
  let found: T | null | undefined | false;
  await waitUntil(() => (found = find()), message, { timeout: 4000, interval: 20 });
  return found as T;
}

/** Waits for the status banner and returns its title. */
export async function statusOf(el: Element): Promise<string> {
  const title = await until(() => $(el, '.status__title'), 'no status banner');
  return textOf(title);
}

export function buttonByText(el: Element, text: string | RegExp) {
  return $$<HTMLButtonElement>(el, 'button').find((b) =>
    typeof text === 'string' ? textOf(b) === text : text.test(textOf(b)),
  );
}

/** Waits for a message part with this text. */
export function messageWith(el: Element, text: RegExp) {
  return until(
    () => $$(el, '[part=message]').find((m) => text.test(textOf(m))),
    `no message matching ${text}`,
  );
}
