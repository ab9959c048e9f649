import type { CertificateConfig, FeeExemption, Money } from '../../api/types.js';

export interface FeeChoice {
  certificates: readonly string[];
  useId: string;
  urgent: boolean;
}

/** What a request costs, in cents, computed as the office's backend does (see the contract). */
export interface Fees {
  /** Marche da bollo to bring, one per certificate, and the value of each. */
  stamps: number;
  stamp: number;
  /** Diritti per certificate, and for urgency per certificate (0 when not urgent). */
  rights: number;
  urgency: number;
  certificates: number;
  /** What the declared use is exempt from, and the law that says so. */
  exemptions: readonly FeeExemption[];
  legalBasis?: string;
  /** Diritti and urgency together: what pagoPA collects where the office uses it. */
  rightsTotal: number;
  total: number;
}

export function cents(money: Money): number {
  return Math.round(Number(money.amount) * 100);
}

export function computeFees(config: CertificateConfig, choice: FeeChoice): Fees {
  const use = config.uses.find((each) => each.id === choice.useId);
  const exemptions = use?.exemptions ?? [];
  const count = choice.certificates.length;
  const stamp = exemptions.includes('stamp-duty') ? 0 : cents(config.fees.stampDuty);
  const freeRights = exemptions.includes('rights');
  const rights = freeRights ? 0 : cents(config.fees.rights);
  const urgency = freeRights || !choice.urgent ? 0 : cents(config.fees.urgency);
  const rightsTotal = count * (rights + urgency);
  return {
    stamps: stamp ? count : 0,
    stamp,
    rights,
    urgency,
    certificates: count,
    exemptions,
    ...(use?.legalBasis ? { legalBasis: use.legalBasis } : {}),
    rightsTotal,
    total: count * stamp + rightsTotal,
  };
}

const formats = new Map<string, Intl.NumberFormat>();

/** 1992 → "19,92 €" in Italian, "€19.92" in English. */
export function formatEuros(amountInCents: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    formats.set(locale, format);
  }
  return format.format(amountInCents / 100);
}
