import { fiscalCodeOf } from './internal/fiscal-code.js';

// Made-up people for tests, stories and the benchmark: nobody real, every codice fiscale valid.

const GIVEN_NAMES = ['Mario', 'Giulia', 'Luca', 'Sara', 'Marco', 'Elena', 'Paolo', 'Chiara'];

/** The n-th of many distinct people born in Pistoia, each with a valid codice fiscale. */
export function person(n = 0) {
  const givenName = GIVEN_NAMES[n % GIVEN_NAMES.length]!;
  const familyName = ['Rossi', 'Bianchi', 'Innocenti', 'Bartolini'][Math.floor(n / 8) % 4]!;
  const birthDate = `19${60 + (n % 40)}-0${1 + (n % 9)}-1${n % 10}`;
  const fiscalCode = fiscalCodeOf({
    familyName,
    givenName,
    sex: n % 2 ? 'F' : 'M',
    birthDate,
    birthPlaceCode: 'G713',
  });
  return { givenName, familyName, fiscalCode, email: `persona${n}@example.it` };
}
