import { expect, userEvent } from 'storybook/test';
import { person } from './support/bookings.js';
import { shadowOf, waitForSelector, withinShadow } from './support/shadow.js';

/** The steps a visitor takes in <sportello-slot-picker> (Italian labels), for play functions. */

const TAG = 'sportello-slot-picker';
const WAIT = { timeout: 8000 };

/**
 * The first free day from `from` on, and its first free time. By default from Friday 13 March,
 * the first day still open to changes and cancellation (24 hours ahead) after the weekend.
 */
export async function chooseFirstFreeTime(
  canvasElement: HTMLElement,
  from = '2026-03-13',
): Promise<void> {
  const canvas = await withinShadow(canvasElement, TAG);
  const root = shadowOf(canvasElement, TAG);
  await waitForSelector(root, 'button[data-date]');
  const days = root.querySelectorAll<HTMLButtonElement>('button[data-date][aria-disabled="false"]');
  const day = [...days].find((button) => button.dataset.date! >= from);
  await expect(day, `a free day from ${from}`).toBeDefined();
  await userEvent.click(day!);
  await userEvent.click(await waitForSelector(root, 'button.slot:not([disabled])'));
  await canvas.findByRole('heading', { name: 'Motivo e dati personali' }, WAIT);
}

export async function pressContinue(canvasElement: HTMLElement): Promise<void> {
  const canvas = await withinShadow(canvasElement, TAG);
  await userEvent.click(await canvas.findByRole('button', { name: 'Continua' }, WAIT));
}

/** Purpose and personal data of person `n`, with the consent. */
export async function fillDetails(canvasElement: HTMLElement, n = 0): Promise<void> {
  const canvas = await withinShadow(canvasElement, TAG);
  const who = person(n);
  await userEvent.selectOptions(
    await canvas.findByLabelText('Motivo della visita', {}, WAIT),
    'deposito-atti',
  );
  await userEvent.type(canvas.getByLabelText('Nome'), who.givenName);
  await userEvent.type(canvas.getByLabelText('Cognome'), who.familyName);
  await userEvent.type(canvas.getByLabelText('Codice fiscale'), who.fiscalCode);
  await userEvent.type(canvas.getByLabelText('Email'), who.email);
  await userEvent.click(canvas.getByRole('checkbox'));
}

/** Up to the review step, with everything filled in. */
export async function reachReview(canvasElement: HTMLElement, n = 0): Promise<void> {
  await chooseFirstFreeTime(canvasElement);
  await fillDetails(canvasElement, n);
  await pressContinue(canvasElement);
  const canvas = await withinShadow(canvasElement, TAG);
  await canvas.findByRole('heading', { name: 'Controlla e conferma' }, WAIT);
}

export async function pressConfirm(canvasElement: HTMLElement): Promise<void> {
  const canvas = await withinShadow(canvasElement, TAG);
  await userEvent.click(
    await canvas.findByRole('button', { name: 'Conferma la prenotazione' }, WAIT),
  );
}

/** Waits for an error or warning message of the picker that contains `text`. */
export async function expectMessage(canvasElement: HTMLElement, text: RegExp): Promise<void> {
  const canvas = await withinShadow(canvasElement, TAG);
  await expect(await canvas.findByText(text, {}, { timeout: 20_000 })).toBeVisible();
}
