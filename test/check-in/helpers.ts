import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/sportello-config.js';
import { http } from 'msw';
import sinon from 'sinon';
import '../../src/define/sportello-check-in.js';
import type { SportelloCheckIn } from '../../src/elements/check-in/check-in.js';
import type { SportelloCheckedInEvent } from '../../src/elements/check-in/events.js';
import type { Booking, BookingRequest } from '../../src/api/types.js';
import { passToText } from '../../src/internal/pass.js';
import { checkInTemplate, type CheckInArgs } from '../../stories/check-in.template.js';
import { bookingBody, createClock, useMockApi, worker } from '../mocks/setup.js';

export { worker };
export const OFFICE = 'tribunale-pistoia';
/** Booked on Wednesday 1 July for Monday 6 July, 09:00–09:20 office time (+02:00). */
export const BOOKED_AT = '2026-07-01T08:00:00Z';
export const SERVICE = 'tribunale-pistoia-contenzioso-civile';
export const SLOT = `${SERVICE}_2026-07-06_0900`;
/** 08:45 in Rome on the day: inside the window. */
export const ON_TIME = '2026-07-06T06:45:00Z';

let fakeDate: sinon.SinonFakeTimers | undefined;

/** A booking besides the first one, made (and maybe cancelled) on the day of booking. */
export interface OtherBooking {
  slot: string;
  cancelled?: boolean;
}

/** A fresh store, a booking (and `others`), and the page's clock at `at`. */
export async function setUp(at = ON_TIME, others: OtherBooking[] = []) {
  const clock = createClock(BOOKED_AT);
  const mock = await useMockApi({ now: clock.now, prebooked: false });
  const book = async ({ slot, cancelled }: OtherBooking, n: number) => {
    const made = (await mock.db.createBooking(bookingBody(slot, n) as BookingRequest)) as Booking;
    if (cancelled) mock.db.cancelBooking(made.code, (made as { token?: string }).token ?? null);
    return { booking: made, qrText: passToText(made.checkIn) };
  };
  const first = await book({ slot: SLOT }, 1);
  const more = [];
  for (const [i, other] of others.entries()) more.push(await book(other, i + 2));
  clock.set(at);
  fakeDate = sinon.useFakeTimers({ now: new Date(at), toFake: ['Date'] });
  forgetDesk();
  return { ...mock, ...first, others: more };
}

/** What the desk keeps in storage while offline, entry by entry. */
export function storedQueue(): Array<{ key: string; body: Record<string, unknown> }> {
  return JSON.parse(localStorage.getItem(`sportello-check-in-queue:${OFFICE}`) ?? '[]');
}

export function tearDown(): void {
  fakeDate?.restore();
  fakeDate = undefined;
  sinon.restore();
  forgetDesk();
}

export type Desk = SportelloCheckIn;

/** Only this desk's keys: other test files share the origin's storage. */
function forgetDesk(): void {
  localStorage.removeItem(`sportello-check-in-key:${OFFICE}`);
  localStorage.removeItem(`sportello-check-in-queue:${OFFICE}`);
}

/**
 * The desk as the demo page writes it, logged in. The staff session is a bearer token here, not
 * the cookie a host page would set: cookies are shared with the test files running alongside.
 */
export async function openDesk(
  args: Partial<CheckInArgs> = {},
  { loggedIn = true } = {},
): Promise<Desk> {
  const template = checkInTemplate(args);
  const el = await fixture<HTMLElement>(
    loggedIn
      ? html`<sportello-config api-base="/api" .getToken=${() => 'desk-1'}
          >${template}</sportello-config
        >`
      : template,
  );
  if (loggedIn) return waitForKey(el.querySelector('sportello-check-in')!);
  return waitForKey(el as Desk);
}

async function waitForKey(el: Desk): Promise<Desk> {
  await waitUntil(() => localStorage.getItem(`sportello-check-in-key:${OFFICE}`), 'no key kept');
  return el;
}

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

/** How many match: assertions get counts, since printing a failed element can hang the page. */
export function count(el: Element, selector: string): number {
  return el.shadowRoot!.querySelectorAll(selector).length;
}

export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Types into the field and submits, as a keyboard-wedge scanner does; resolves with the verdict. */
export async function enter(el: Desk, text: string): Promise<string> {
  const answered = oneEvent(el, 'sportello-checked-in');
  const input = $<HTMLInputElement>(el, '#entry')!;
  input.value = text;
  $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
  const event = await answered;
  await el.updateComplete;
  return (event as unknown as SportelloCheckedInEvent).verdict;
}

/** Counts the POST /check-ins that reach the reference server, per Idempotency-Key. */
export function spyOnCheckIns(): string[] {
  const keys: string[] = [];
  worker.use(
    http.post('/api/check-ins', ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
      return undefined;
    }),
  );
  return keys;
}
