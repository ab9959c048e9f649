import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { it, type CheckInMessages } from './it.js';

export type { CheckInMessages };
/** The first screen's Italian (the outcomes panel brings the rest: `later.ts`). */
export const checkInMessages: ElementMessages<CheckInMessages> = {
  it: it as CheckInMessages,
  en: () => import('./en.js').then((module) => module.en),
  de: () => import('./de.js').then((module) => module.de),
};
