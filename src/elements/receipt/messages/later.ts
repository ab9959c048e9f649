import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { de, en } from './index.js';
import { itLater } from './it-later.js';

/** The booking view's messages, added with `t.extend()` when it loads. */
export const laterMessages: ElementMessages<object> = { it: itLater, en, de };
