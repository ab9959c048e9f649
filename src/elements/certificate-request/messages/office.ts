import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { de, en } from './index.js';

/** The Italian of the office list, loaded with it on pages that do not fix the office. */
export const itOffice = {
  certificateRequest: {
    officeSearch: 'Cerca per nome o città',
    officeNone: 'Nessuna Procura corrisponde alla ricerca.',
  },
};

export const officeMessages: ElementMessages<object> = { it: itOffice, en, de };
