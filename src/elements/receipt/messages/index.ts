import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { it, type ReceiptMessages } from './it.js';

export type { ReceiptMessages };

export const en = () => import('./en.js').then((module) => module.en);
export const de = () => import('./de.js').then((module) => module.de);

/**
 * The first screen's Italian (the booking view brings the rest: `later.ts`); English and German
 * are fetched whole.
 */
export const receiptMessages: ElementMessages<ReceiptMessages> = {
  it: it as ReceiptMessages,
  en,
  de,
};
