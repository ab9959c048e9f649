import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../engine.js';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import '../../src/define/sportello-slot-picker.js';
import type { SportelloSlotPicker } from '../../src/elements/slot-picker/slot-picker.js';
import type { AvailabilityDay } from '../../src/api/types.js';
import type { Db, DbOptions } from '../../mocks/index.js';
import { slotPickerTemplate, type SlotPickerArgs } from '../../stories/slot-picker.template.js';
import { person, useMockApi, worker } from '../mocks/setup.js';

export { person, worker };

/** A Tuesday; the reference server's booking window for a Tribunale runs 11 March – 9 April. */
export const NOW = '2026-03-10T08:00:00Z';
export const OFFICE = 'tribunale-pistoia';
/** Mon–Fri 09:00–12:00 (+ Tue/Thu 15:00–16:30), 20-minute slots of 3 places, up to 2 acts. */
export const SERVICE = 'tribunale-pistoia-contenzioso-civile';
export const API = '/api';

export type Picker = SportelloSlotPicker;

let clock: sinon.SinonFakeTimers | undefined;

/**
 * A fresh reference store at NOW, and the page's Date frozen at NOW too: the element computes
 * "today" from the real clock, the store from its own, and both must agree.
 */
export async function setUp({ at = NOW, ...options }: DbOptions & { at?: string } = {}) {
  const mock = await useMockApi({ now: () => new Date(at), prebooked: false, ...options });
  clock = sinon.useFakeTimers({ now: new Date(at), toFake: ['Date'] });
  return { ...mock, clock };
}

export function tearDown(): void {
  clock?.restore();
  clock = undefined;
  sinon.restore();
}

export function openPicker(args: Partial<SlotPickerArgs> = {}): Promise<Picker> {
  return fixture<Picker>(slotPickerTemplate({ office: '', ...args }));
}

/** Resolves when the element has rendered its latest change. */
export function settled(el: Element): Promise<unknown> {
  return (el as Picker).updateComplete;
}

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Text with runs of white space folded, as a reader sees it. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until `find` returns something truthy, and returns it. */
export async function until<T>(
  find: () => T | null | undefined | false,
  message: string,
  timeout = 4000,
): Promise<T> {
  let found: T | null | undefined | false;
  await waitUntil(() => (found = find()), message, { timeout, interval: 20 });
  return found as T;
}

export function waitFor<T extends Element = HTMLElement>(el: Element, selector: string) {
  return until(() => $<T>(el, selector), `${selector} never appeared`);
}

export function heading(el: Element): string {
  return textOf($(el, '#step-heading'));
}

export async function waitForHeading(el: Element, title: string): Promise<void> {
  await until(() => heading(el) === title, `step heading never became "${title}"`);
}

export function buttonByText(el: Element, text: string | RegExp, selector = 'button') {
  return $$<HTMLButtonElement>(el, selector).find((b) =>
    typeof text === 'string' ? textOf(b) === text : text.test(textOf(b)),
  );
}

export async function clickButton(el: Element, text: string | RegExp, selector = 'button') {
  const button = await until(() => buttonByText(el, text, selector), `no button "${text}"`);
  button.click();
}

export function activeElement(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}

/** The day holding the grid's tab stop. */
export function tabStopDay(el: Element) {
  return until(
    () => $<HTMLButtonElement>(el, 'table[role=grid] button[data-date][tabindex="0"]'),
    'the grid has no tab stop',
  );
}

export async function chooseDay(el: Element, date?: string): Promise<string> {
  const day = date
    ? await waitFor<HTMLButtonElement>(el, `button[data-date="${date}"]`)
    : await tabStopDay(el);
  day.click();
  await waitForHeading(el, "Scegli l'orario");
  return day.dataset.date!;
}

export async function chooseSlot(el: Element, time?: string): Promise<void> {
  const slot = await until(
    () =>
      $$<HTMLButtonElement>(el, 'button.slot').find(
        (b) => !b.disabled && (!time || textOf(b.querySelector('.slot__time')) === time),
      ),
    `no free slot ${time ?? ''}`,
  );
  slot.click();
  await waitFor(el, '#field-givenName');
}

/** Sets a field's value as typing would, firing the events the element listens to. */
export function setField(el: Element, name: string, value: string | boolean): void {
  const field = $<HTMLInputElement>(el, `#field-${name}`);
  if (!field) throw new Error(`no field ${name}`);
  if (typeof value === 'boolean') {
    if (field.checked !== value) field.click();
    return;
  }
  field.value = value;
  const type = field.tagName === 'SELECT' ? 'change' : 'input';
  field.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

export const VALID = {
  purposeId: 'deposito-atti',
  ...person(1),
  phone: '+39 0573 123456',
  consent: true,
};

export async function fillDetails(
  el: Element,
  values: Partial<Record<keyof typeof VALID | 'acts' | 'purposeText', string | boolean>> = {},
): Promise<void> {
  const all = { ...VALID, ...values };
  setField(el, 'purposeId', all.purposeId as string);
  await (el as Picker).updateComplete;
  for (const [name, value] of Object.entries(all)) {
    if (name !== 'purposeId') setField(el, name, value);
  }
  await (el as Picker).updateComplete;
}

export async function submitDetails(el: Element): Promise<void> {
  $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
  await (el as Picker).updateComplete;
}

/** The confirm button of the review step. */
export function confirmButton(el: Element) {
  return until(
    () => $$<HTMLButtonElement>(el, '.button-row button').find((b) => b.className === 'button'),
    'no confirm button',
  );
}

/** From a picker fixed on SERVICE to the review step, with valid details. */
export async function toReview(el: Element, slotTime?: string): Promise<void> {
  await chooseDay(el);
  await chooseSlot(el, slotTime);
  await fillDetails(el);
  await submitDetails(el);
  await waitForHeading(el, 'Controlla e conferma');
}

export interface SeenBooking {
  body: Record<string, any>;
  key: string | null;
}

/** Records every POST /bookings and lets it through to the reference server. */
export function spyOnBookings(): SeenBooking[] {
  const seen: SeenBooking[] = [];
  worker.use(
    http.post(`${API}/bookings`, async ({ request }) => {
      seen.push({
        body: (await request.clone().json()) as Record<string, any>,
        key: request.headers.get('Idempotency-Key'),
      });
      return undefined;
    }),
  );
  return seen;
}

/** The reference availability, with some days changed (e.g. made full). */
export function patchAvailability(db: Db, patch: Record<string, Partial<AvailabilityDay>>) {
  worker.use(
    http.get(`${API}/services/:serviceId/availability`, ({ params, request }) => {
      const query = new URL(request.url).searchParams;
      const availability = db.getAvailability(
        String(params.serviceId),
        query.get('from'),
        query.get('to'),
      );
      const days = availability.days.map((day) => ({ ...day, ...patch[day.date] }));
      return HttpResponse.json({ ...availability, days });
    }),
  );
}

export function problemResponse(status: number, body: Record<string, unknown>) {
  return HttpResponse.json(
    { type: 'about:blank', title: String(body.code ?? status), status, ...body },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Presses Tab until the focused element inside the picker matches, then returns it. */
export async function tabTo(el: Element, matches: (e: Element) => boolean, max = 25) {
  for (let i = 0; i < max; i++) {
    const active = activeElement(el);
    if (active && matches(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('never reached the element with Tab');
}

/**
 * What a screen reader announces for a day of the grid: its text, visible and visually hidden,
 * as the grid gives it no aria-label (the name must contain what is seen).
 */
export function dayName(el: Element, date: string): string {
  const button = el.shadowRoot!.querySelector(`button[data-date="${date}"]`)!;
  return (button.textContent ?? '').replace(/\s+/g, ' ').trim();
}
