import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { it, type SlotPickerMessages } from './it.js';

export type { SlotPickerMessages };
export const slotPickerMessages: ElementMessages<SlotPickerMessages> = {
  it,
  en: () => import('./en.js').then((module) => module.en),
  de: () => import('./de.js').then((module) => module.de),
};
