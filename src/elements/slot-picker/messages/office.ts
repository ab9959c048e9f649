import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { de, en } from './index.js';

/** The Italian of the office list, loaded with it on pages that do not fix the office. */
export const itOffice = {
  slotPicker: {
    officeSearch: 'Cerca per nome o città',
    officeNone: 'Nessun ufficio corrisponde alla ricerca.',
    officeKinds: {
      tribunale: 'Tribunali',
      procura: 'Procure della Repubblica',
      unep: 'Uffici NEP (ufficiali giudiziari)',
      'giudice-di-pace': 'Giudici di Pace',
      'corte-appello': "Corti d'Appello",
      comune: 'Comuni',
    },
  },
};

export const officeMessages: ElementMessages<object> = { it: itOffice, en, de };
