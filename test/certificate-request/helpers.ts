import { fixture, html } from '@open-wc/testing';
import '../../src/define/sportello-certificate-request.js';
import type { SportelloCertificateRequest } from '../../src/elements/certificate-request/certificate-request.js';
import { fiscalCodeOf } from '../../mocks/internal/fiscal-code.js';
import { $, $$, clickButton, textOf, until, waitForHeading } from '../slot-picker/helpers.js';

export { fiscalCodeOf };

export const NOW = '2026-07-01T08:00:00Z';
export const ANNA = {
  familyName: 'Bartolini',
  givenName: 'Anna',
  sex: 'F',
  birthDate: '1985-04-12',
  birthPlaceCode: 'E715',
} as const;

export type Request = SportelloCertificateRequest;

export function open(office = 'procura-lucca'): Promise<Request> {
  return fixture<Request>(
    html`<sportello-certificate-request
      api-base="/api"
      office=${office}
    ></sportello-certificate-request>`,
  );
}

export function type(el: Element, selector: string, value: string): void {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function check(el: Element, selector: string): void {
  const input = $<HTMLInputElement>(el, selector)!;
  input.click();
}

export function choose(el: Element, selector: string, value: string): void {
  const select = $<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export async function chooseWhat(el: Request, types: string[], use: string, urgent = false) {
  await until(() => $(el, 'input[name=certificates]'), 'the certificate types');
  for (const id of types) check(el, `input[name=certificates][value="${id}"]`);
  choose(el, '#field-useId', use);
  if (urgent) check(el, '#field-urgent');
  await el.updateComplete;
}

export async function fillWho(
  el: Request,
  person: Parameters<typeof fiscalCodeOf>[0] = ANNA,
  fiscalCode = fiscalCodeOf(person),
) {
  await waitForHeading(el, 'Per chi è il certificato');
  await until(() => $(el, '#field-familyName'), 'the person form');
  type(el, '#field-familyName', person.familyName);
  type(el, '#field-givenName', person.givenName);
  check(el, `input[name=sex][value="${person.sex}"]`);
  const [year, month, day] = person.birthDate.split('-');
  type(el, '#field-birthDate', `${day}/${month}/${year}`);
  type(el, '#field-birthPlace', 'Lucca');
  const option = await until(
    () => $$(el, '[role=option]').find((o) => textOf(o).startsWith('Lucca')),
    'Lucca in the list',
    6000,
  );
  option.click();
  type(el, '#field-fiscalCode', fiscalCode);
  await el.updateComplete;
}

/** From the first screen to the review, as a citizen at the counter would fill it. */
export async function toReview(
  el: Request,
  email = 'anna@example.it',
  collection: () => Promise<void> = async () => undefined,
) {
  await waitForHeading(el, 'Quale certificato ti serve');
  await chooseWhat(el, ['casellario-generale'], 'lavoro');
  await clickButton(el, 'Continua');
  await fillWho(el);
  await clickButton(el, 'Continua');
  await waitForHeading(el, 'Come lo ritiri');
  await until(() => $(el, '#field-email'), 'the collection form');
  await collection();
  type(el, '#field-email', email);
  await clickButton(el, 'Continua');
  await waitForHeading(el, 'Controlla e conferma');
  check(el, '#field-consent');
  await el.updateComplete;
}

/**
 * Decodes the reference server's registry of places once (about 2 s, more on a loaded machine),
 * so that the tests' waits measure the widget, not that.
 */
export async function warmPlaces(): Promise<void> {
  await fetch('/api/places/search', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ q: 'lucca' }),
  });
}
