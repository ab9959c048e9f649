import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { checkInMessages } from './index.js';
import { itLater } from './it-later.js';

/** The outcomes panel's messages, added with `addPart` when it loads. */
export const laterMessages: ElementMessages<object> = { ...checkInMessages, it: itLater };
