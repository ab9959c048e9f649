import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { it, type CheckInMessages } from './it.js';

export type { CheckInMessages };
export const checkInMessages: ElementMessages<CheckInMessages> = {
  it,
  en: () => import('./en.js').then((module) => module.en),
  de: () => import('./de.js').then((module) => module.de),
};
