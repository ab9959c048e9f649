import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { it, type ReceiptMessages } from './it.js';

export type { ReceiptMessages };
export const receiptMessages: ElementMessages<ReceiptMessages> = {
  it,
  en: () => import('./en.js').then((module) => module.en),
  de: () => import('./de.js').then((module) => module.de),
};
