import type { Page } from 'playwright-core';
import { person } from '../../mocks/people.js';

const SERVICE = 'tribunale-pistoia-contenzioso-civile';
// People of their own: the reference server allows one active booking per person at a counter.
const BOOKED = person(101);
const VISITORS = [person(102), person(103), person(104), person(105)];

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Books the first free place through the reference server's HTTP API, as a visitor would. */
export async function bookOnce(api: string): Promise<{ code: string; token: string }> {
  const today = new Date().toISOString().slice(0, 10);
  const until = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const { days } = await json<{ days: { date: string; status: string }[] }>(
    await fetch(`${api}/services/${SERVICE}/availability?from=${today}&to=${until}`),
  );
  for (const { date } of days.filter((day) => day.status === 'open')) {
    const { slots } = await json<{ slots: { id: string; free: number }[] }>(
      await fetch(`${api}/services/${SERVICE}/slots?date=${date}`),
    );
    const slot = slots.find((each) => each.free > 0);
    if (!slot) continue;
    const booking = await json<{ code: string; token: string }>(
      await fetch(`${api}/bookings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({
          serviceId: SERVICE,
          slotId: slot.id,
          purposeId: 'deposito-atti',
          acts: 1,
          person: BOOKED,
          privacyConsent: true,
        }),
      }),
    );
    return booking;
  }
  throw new Error('no free place in the next 40 days');
}

/** A whole booking in the slot picker of `page`: day, time, details, review, confirmation. */
export async function walkBooking(page: Page, visitor = 0): Promise<void> {
  const who = VISITORS[visitor]!;
  const picker = page.locator('sportello-slot-picker');
  await picker.locator('button[data-date][aria-disabled="false"]').first().click();
  await picker.locator('button.slot:not([disabled])').first().click();
  await picker.locator('#field-purposeId').selectOption('deposito-atti');
  await picker.locator('#field-givenName').fill(who.givenName);
  await picker.locator('#field-familyName').fill(who.familyName);
  await picker.locator('#field-fiscalCode').fill(who.fiscalCode);
  await picker.locator('#field-email').fill(who.email);
  await picker.locator('#field-consent').check();
  await picker.locator('form button[type=submit]').click();
  await picker.locator('.button-row button[class="button"]').click();
  await picker.locator('sportello-receipt').waitFor();
}
