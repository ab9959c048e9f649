import type { ElementMessages } from '../../../i18n/localize-controller.js';
import { it, type CertificateRequestMessages } from './it.js';

export type { CertificateRequestMessages };

export const en = () => import('./en.js').then((module) => module.en);
export const de = () => import('./de.js').then((module) => module.de);

/**
 * The first screen's Italian (the rest comes with the later steps: `later.ts`); English and
 * German are fetched whole.
 */
export const certificateRequestMessages: ElementMessages<CertificateRequestMessages> = {
  it: it as CertificateRequestMessages,
  en,
  de,
};
