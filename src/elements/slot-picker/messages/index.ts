import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { it, type SlotPickerMessages } from './it.js';

export type { SlotPickerMessages };

export const en = () => import('./en.js').then((module) => module.en);
export const de = () => import('./de.js').then((module) => module.de);

/**
 * The first screen's Italian (the rest comes with the steps that use it: `later.ts`); English and
 * German are fetched whole.
 */
export const slotPickerMessages: ElementMessages<SlotPickerMessages> = {
  it: it as SlotPickerMessages,
  en,
  de,
};
