import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { de, en } from './index.js';
import { itLater } from './it-later.js';

/** The messages of the steps loaded on demand, added with `t.extend()` when they load. */
export const laterMessages: ElementMessages<object> = { it: itLater, en, de };
