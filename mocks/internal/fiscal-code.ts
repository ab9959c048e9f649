/**
 * Codice fiscale checks, as a real registry backend does them: the shape, the check character and
 * every part the code encodes against the subject's data, with the same rules as the widgets.
 */
import {
  explainFiscalCode,
  familyNameLetters,
  fiscalCodeCheckChar as checkCharacter,
  givenNameLetters,
  isValidFiscalCode as isPlausibleFiscalCode,
  type FiscalCodePerson,
} from '../../src/internal/fiscal-code.js';

const MONTH_LETTERS = 'ABCDEHLMPRST';

export { checkCharacter };

export function isValidFiscalCode(value: unknown): boolean {
  return typeof value === 'string' && value === value.trim() && isPlausibleFiscalCode(value);
}

export type FiscalCodeSubject = FiscalCodePerson;

/** Builds the code of a subject (no omocodia): useful for seed data and tests. */
export function fiscalCodeOf(subject: FiscalCodeSubject): string {
  const [year, month, day] = subject.birthDate.split('-').map(Number) as [number, number, number];
  const dayPart = String(day + (subject.sex === 'F' ? 40 : 0)).padStart(2, '0');
  const first15 =
    familyNameLetters(subject.familyName) +
    givenNameLetters(subject.givenName) +
    String(year % 100).padStart(2, '0') +
    MONTH_LETTERS[month - 1] +
    dayPart +
    subject.birthPlaceCode;
  return first15 + checkCharacter(first15);
}

/** Which parts of a valid personal code disagree with the subject's data. */
export function fiscalCodeMismatches(code: string, subject: FiscalCodeSubject): string[] {
  return explainFiscalCode(code, subject).map((m) => m.part);
}
