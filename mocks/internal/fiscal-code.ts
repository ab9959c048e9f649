/**
 * Codice fiscale checks, as a real registry backend does them: the shape, the check character and
 * the letters of the names (shared with the widgets), then, for certificate subjects, the birth data.
 */
import {
  familyNameLetters,
  fiscalCodeCheckChar as checkCharacter,
  fiscalCodeNameMismatches,
  givenNameLetters,
  isValidFiscalCode as isPlausibleFiscalCode,
} from '../../src/internal/fiscal-code.js';

const MONTH_LETTERS = 'ABCDEHLMPRST';
const OMOCODIA_LETTERS = 'LMNPQRSTUV';

export { checkCharacter };

export function isValidFiscalCode(value: unknown): boolean {
  return typeof value === 'string' && value === value.trim() && isPlausibleFiscalCode(value);
}

function undoOmocodia(chars: string): string {
  return chars.replace(/[LMNPQRSTUV]/g, (c) => String(OMOCODIA_LETTERS.indexOf(c)));
}

export interface FiscalCodeSubject {
  familyName: string;
  givenName: string;
  sex: 'F' | 'M';
  birthDate: string;
  birthPlaceCode: string;
}

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
  const upper = code.toUpperCase();
  const mismatches: string[] = fiscalCodeNameMismatches(upper, subject);
  const [year, month, day] = subject.birthDate.split('-').map(Number) as [number, number, number];
  const codedYear = Number(undoOmocodia(upper.slice(6, 8)));
  const codedMonth = MONTH_LETTERS.indexOf(upper[8] ?? '') + 1;
  const codedDay = Number(undoOmocodia(upper.slice(9, 11)));
  if (codedYear !== year % 100 || codedMonth !== month || codedDay % 40 !== day) {
    mismatches.push('birthDate');
  }
  if ((codedDay > 40 ? 'F' : 'M') !== subject.sex) mismatches.push('sex');
  const place = `${upper[11] ?? ''}${undoOmocodia(upper.slice(12, 15))}`;
  if (place !== subject.birthPlaceCode) mismatches.push('birthPlaceCode');
  return mismatches;
}
