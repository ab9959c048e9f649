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

function undoOmocodia(chars: string): string {
  return chars.replace(/[LMNPQRSTUV]/g, (c) => String(OMOCODE_DIGITS.indexOf(c)));
}

function decodeDigits(part: string): number {
  return Number(undoOmocodia(part));
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

export interface DecodedFiscalCode {
  sex: 'F' | 'M';
  /** YYYY-MM-DD */
  birthDate: string;
  /** Belfiore code of the comune, or Z… for a foreign state */
  birthPlaceCode: string;
}

export interface FiscalCodePerson extends DecodedFiscalCode {
  familyName: string;
  givenName: string;
}

/**
 * One part of a code that disagrees with the person's data: what the code should hold for that
 * data, and what it holds (omocodia undone). For `sex` both are the day characters, with or
 * without the +40 of women.
 */
export interface FiscalCodeMismatch {
  part: keyof FiscalCodePerson;
  expected: string;
  found: string;
}

/** The first 15 characters with omocodia undone, if the code is a plausible 16-character one. */
function plainCode(value: string): string | undefined {
  const code = normalizeFiscalCode(value);
  if (code.length !== 16 || fiscalCodeProblem(code)) return undefined;
  const digits = (from: number, to: number) => undoOmocodia(code.slice(from, to));
  return `${code.slice(0, 6)}${digits(6, 8)}${code[8]}${digits(9, 11)}${code[11]}${digits(12, 15)}`;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * The parts of a code that disagree with the person's data, in the order of the code; missing
 * fields are not compared. Temporary numeric codes carry no data: nothing to compare.
 */
export function explainFiscalCode(
  value: string,
  person: Partial<FiscalCodePerson>,
): FiscalCodeMismatch[] {
  const plain = plainCode(value);
  if (!plain) return [];
  const { familyName, givenName, sex, birthDate, birthPlaceCode } = person;
  const mismatches: FiscalCodeMismatch[] = [];
  const compare = (part: FiscalCodeMismatch['part'], expected: string, found: string) => {
    if (expected !== found) mismatches.push({ part, expected, found });
  };
  if (familyName?.trim()) compare('familyName', familyNameLetters(familyName), plain.slice(0, 3));
  if (givenName?.trim()) compare('givenName', givenNameLetters(givenName), plain.slice(3, 6));
  const foundDate = plain.slice(6, 11);
  const foundDay = Number(plain.slice(9, 11));
  const codedWoman = foundDay > 40;
  const woman = sex === 'F' || (sex !== 'M' && codedWoman);
  const date = /^\d\d(\d\d)-(0[1-9]|1[0-2])-(\d\d)$/.exec(birthDate ?? '');
  if (date) {
    const [, year, month, day] = date;
    const dateChars = (womanDay: boolean) =>
      `${year}${MONTHS[Number(month) - 1]}${twoDigits(Number(day) + (womanDay ? 40 : 0))}`;
    // A day off by just the +40 of women is the sex's mismatch, not the date's.
    if (dateChars(codedWoman) !== foundDate) compare('birthDate', dateChars(woman), foundDate);
  }
  if (woman !== codedWoman) {
    compare('sex', twoDigits(foundDay + (woman ? 40 : -40)), twoDigits(foundDay));
  }
  if (birthPlaceCode?.trim()) {
    compare('birthPlaceCode', birthPlaceCode.trim().toUpperCase(), plain.slice(11, 15));
  }
  return mismatches;
}

/**
 * Sex, date and place of birth of a plausible 16-character code. The two-digit year is taken in
 * the latest century that does not put the birth after `today` (YYYY-MM-DD).
 */
export function decodeFiscalCode(value: string, today: string): DecodedFiscalCode | undefined {
  const plain = plainCode(value);
  if (!plain) return undefined;
  const day = Number(plain.slice(9, 11));
  const month = MONTHS.indexOf(plain[8]);
  const century = Number(today.slice(0, 2));
  const dateIn = (c: number) =>
    `${c}${plain.slice(6, 8)}-${twoDigits(month + 1)}-${twoDigits(day % 40)}`;
  const birthDate = dateIn(century) > today ? dateIn(century - 1) : dateIn(century);
  // The shape allows 29 February in any year.
  const sameDay = new Date(Date.UTC(Number(birthDate.slice(0, 4)), month, day % 40));
  if (sameDay.getUTCMonth() !== month) return undefined;
  return { sex: day > 40 ? 'F' : 'M', birthDate, birthPlaceCode: plain.slice(11, 15) };
}

/** The names whose letters a plausible 16-character code does not match (omocodia leaves them alone). */
export function fiscalCodeNameMismatches(
  value: string,
  person: { givenName: string; familyName: string },
): Array<'familyName' | 'givenName'> {
  const { givenName, familyName } = person;
  return explainFiscalCode(value, { givenName, familyName }).map(
    (m) => m.part as 'familyName' | 'givenName',
  );
}
