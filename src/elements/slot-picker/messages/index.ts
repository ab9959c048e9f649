import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { de } from './de.js';
import { en } from './en.js';
import { it, type SlotPickerMessages } from './it.js';

export type { SlotPickerMessages };
export const slotPickerMessages: ElementMessages<SlotPickerMessages> = { it, en, de };
