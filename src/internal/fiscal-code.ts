/**
 * Italian codice fiscale checks: the shape, the month letter, the day and the check character,
 * with "omocodia" (digits replaced by letters) and the 11-digit temporary codes.
 * The full library for this weighs ~13 kB gzip because it embeds the Belfiore registry;
 * the form only needs to tell a typo from a plausible code, the backend checks the rest.
 */

export type FiscalCodeProblem = 'empty' | 'length' | 'format' | 'date' | 'check';

const OMOCODE_DIGITS = 'LMNPQRSTUV';
const MONTHS = 'ABCDEHLMPRST';
const SHAPE =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/** Upper-cases and drops spaces, as people type codes in groups. */
export function normalizeFiscalCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

function charValue(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

/** The check character of the first 15 characters of a codice fiscale. */
export function fiscalCodeCheckChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const value = charValue(first15[i]);
    sum += i % 2 === 0 ? ODD_VALUES[value] : value;
  }
  return String.fromCharCode(65 + (sum % 26));
}

function temporaryCodeIsValid(code: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let digit = Number(code[i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10 === Number(code[10]);
}

function decodeDigits(part: string): number {
  return Number(
    [...part].map((c) => (/\d/.test(c) ? c : String(OMOCODE_DIGITS.indexOf(c)))).join(''),
  );
}

/** Why a codice fiscale is not plausible, or `undefined` when it is. */
export function fiscalCodeProblem(value: string): FiscalCodeProblem | undefined {
  const code = normalizeFiscalCode(value);
  if (!code) return 'empty';
  if (/^\d+$/.test(code)) {
    if (code.length !== 11) return 'length';
    return temporaryCodeIsValid(code) ? undefined : 'check';
  }
  if (code.length !== 16) return 'length';
  if (!SHAPE.test(code)) return 'format';
  const day = decodeDigits(code.slice(9, 11));
  const month = MONTHS.indexOf(code[8]);
  const dayOfMonth = day > 40 ? day - 40 : day;
  const monthLength = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month];
  if (dayOfMonth < 1 || dayOfMonth > monthLength) return 'date';
  return fiscalCodeCheckChar(code.slice(0, 15)) === code[15] ? undefined : 'check';
}

export function isValidFiscalCode(value: string): boolean {
  return fiscalCodeProblem(value) === undefined;
}

/** A name as the codice fiscale reads it: upper-case letters only, without accents, spaces or apostrophes. */
export function nameLetters(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

function consonantsAndVowels(name: string): { consonants: string; vowels: string } {
  const letters = nameLetters(name);
  return { consonants: letters.replace(/[AEIOU]/g, ''), vowels: letters.replace(/[^AEIOU]/g, '') };
}

/** The family name's three letters: its consonants, then its vowels, then X (ROSSI → RSS, FO → FOX). */
export function familyNameLetters(familyName: string): string {
  const { consonants, vowels } = consonantsAndVowels(familyName);
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

/** The given name's three letters: as the family name's, but from four consonants on the 1st, 3rd and 4th. */
export function givenNameLetters(givenName: string): string {
  const { consonants, vowels } = consonantsAndVowels(givenName);
  if (consonants.length >= 4) return `${consonants[0]}${consonants[2]}${consonants[3]}`;
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

/**
 * The names whose letters the first six characters of a 16-character code do not match (omocodia
 * leaves them alone). Temporary numeric codes carry no names: nothing to compare.
 */
export function fiscalCodeNameMismatches(
  value: string,
  person: { givenName: string; familyName: string },
): Array<'familyName' | 'givenName'> {
  const code = normalizeFiscalCode(value);
  if (code.length !== 16) return [];
  const mismatches: Array<'familyName' | 'givenName'> = [];
  if (code.slice(0, 3) !== familyNameLetters(person.familyName)) mismatches.push('familyName');
  if (code.slice(3, 6) !== givenNameLetters(person.givenName)) mismatches.push('givenName');
  return mismatches;
}
