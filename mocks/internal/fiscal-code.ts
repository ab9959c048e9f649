/** Codice fiscale checks, as a real registry backend does them. */
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
const MONTH_LETTERS = 'ABCDEHLMPRST';
const OMOCODIA_LETTERS = 'LMNPQRSTUV';
const PERSONAL_PATTERN =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

function charValue(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

/** The 16th character computed from the first 15. */
export function checkCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const value = charValue(first15[i] ?? 'A');
    sum += i % 2 === 0 ? (ODD_VALUES[value] ?? 0) : value;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Temporary 11-digit codes carry a check digit computed like a partita IVA. */
function isValidNumericCode(code: string): boolean {
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

export function isValidFiscalCode(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const code = value.toUpperCase();
  if (/^\d{11}$/.test(code)) return isValidNumericCode(code);
  return PERSONAL_PATTERN.test(code) && checkCharacter(code.slice(0, 15)) === code[15];
}

function lettersOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

function splitLetters(name: string): { consonants: string; vowels: string } {
  const letters = lettersOf(name);
  return {
    consonants: letters.replace(/[AEIOU]/g, ''),
    vowels: letters.replace(/[^AEIOU]/g, ''),
  };
}

function surnameCode(familyName: string): string {
  const { consonants, vowels } = splitLetters(familyName);
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

function givenNameCode(givenName: string): string {
  const { consonants, vowels } = splitLetters(givenName);
  if (consonants.length >= 4) return `${consonants[0]}${consonants[2]}${consonants[3]}`;
  return `${consonants}${vowels}XXX`.slice(0, 3);
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
    surnameCode(subject.familyName) +
    givenNameCode(subject.givenName) +
    String(year % 100).padStart(2, '0') +
    MONTH_LETTERS[month - 1] +
    dayPart +
    subject.birthPlaceCode;
  return first15 + checkCharacter(first15);
}

/** Which parts of a valid personal code disagree with the subject's data. */
export function fiscalCodeMismatches(code: string, subject: FiscalCodeSubject): string[] {
  const upper = code.toUpperCase();
  const mismatches: string[] = [];
  const [year, month, day] = subject.birthDate.split('-').map(Number) as [number, number, number];
  if (upper.slice(0, 3) !== surnameCode(subject.familyName)) mismatches.push('familyName');
  if (upper.slice(3, 6) !== givenNameCode(subject.givenName)) mismatches.push('givenName');
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
