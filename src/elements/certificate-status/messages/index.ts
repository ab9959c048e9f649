import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { it, type CertificateStatusMessages } from './it.js';

export type { CertificateStatusMessages };

export const en = () => import('./en.js').then((module) => module.en);
export const de = () => import('./de.js').then((module) => module.de);

/** Italian comes with the element; English and German are fetched when asked for. */
export const certificateStatusMessages: ElementMessages<CertificateStatusMessages> = {
  it,
  en,
  de,
};
