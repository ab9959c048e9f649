import { expect } from '@open-wc/testing';
import {
  familyNameLetters,
  fiscalCodeCheckChar,
  fiscalCodeNameMismatches,
  fiscalCodeProblem,
  givenNameLetters,
  isValidFiscalCode,
  nameLetters,
  normalizeFiscalCode,
} from '../../src/internal/fiscal-code.js';

describe('fiscal code', () => {
  it('accepts well-formed codes with the right check character', () => {
    expect(isValidFiscalCode('RSSMRA85T10A562S')).to.equal(true);
    expect(isValidFiscalCode('BNCLRA80A41G713O')).to.equal(true);
    expect(isValidFiscalCode('VRDGPP80A01H501U')).to.equal(true);
  });

  it('computes the check character', () => {
    expect(fiscalCodeCheckChar('RSSMRA85T10A562')).to.equal('S');
  });

  it('accepts omocodia, where digits become letters', () => {
    expect(fiscalCodeProblem('RSSMRA85T10A56NH')).to.equal(undefined);
    expect(fiscalCodeProblem('RSSMRA85T10A56NS')).to.equal('check');
  });

  it('normalizes spaces and case', () => {
    expect(normalizeFiscalCode(' rssmra 85t10 a562s ')).to.equal('RSSMRA85T10A562S');
    expect(isValidFiscalCode('rssmra85t10a562s')).to.equal(true);
  });

  it('explains what is wrong', () => {
    expect(fiscalCodeProblem('')).to.equal('empty');
    expect(fiscalCodeProblem('RSSMRA85T10')).to.equal('length');
    expect(fiscalCodeProblem('RSSMRA85X10A562S')).to.equal('format');
    expect(fiscalCodeProblem('RSSMRA85T32A562S')).to.equal('date');
    expect(fiscalCodeProblem('RSSMRA85T10A562T')).to.equal('check');
  });

  it('checks temporary 11-digit codes', () => {
    expect(fiscalCodeProblem('12345678903')).to.equal(undefined);
    expect(fiscalCodeProblem('12345678901')).to.equal('check');
    expect(fiscalCodeProblem('1234567890')).to.equal('length');
  });

  describe('letters of the names', () => {
    it('takes consonants, then vowels, then X', () => {
      expect(familyNameLetters('Rossi') + givenNameLetters('Mario')).to.equal('RSSMRA');
      expect(familyNameLetters('Bianchi') + givenNameLetters('Laura')).to.equal('BNCLRA');
      expect(familyNameLetters('Verdi') + givenNameLetters('Giuseppe')).to.equal('VRDGPP');
      expect(familyNameLetters('Innocenti')).to.equal('NNC');
    });

    it('fills short names with vowels and X', () => {
      expect(familyNameLetters('Fo')).to.equal('FOX');
      expect(familyNameLetters('Re')).to.equal('REX');
      expect(familyNameLetters('Oe')).to.equal('OEX');
      expect(givenNameLetters('Ugo')).to.equal('GUO');
      expect(givenNameLetters('Lia')).to.equal('LIA');
      expect(givenNameLetters('Ai')).to.equal('AIX');
    });

    it('takes the 1st, 3rd and 4th consonant of a given name with four or more', () => {
      expect(givenNameLetters('Gianfranco')).to.equal('GFR');
      expect(givenNameLetters('Francesca')).to.equal('FNC');
      expect(givenNameLetters('Alessandro')).to.equal('LSN');
      expect(givenNameLetters('Roberto')).to.equal('RRT');
      expect(givenNameLetters('Marco')).to.equal('MRC'); // three: all of them
      expect(familyNameLetters('Franceschi')).to.equal('FRN'); // never for a family name
    });

    it('ignores spaces, apostrophes, case and accents', () => {
      expect(familyNameLetters("D'Angelo")).to.equal('DNG');
      expect(familyNameLetters('D’Angelo')).to.equal('DNG');
      expect(familyNameLetters('de luca')).to.equal('DLC');
      expect(familyNameLetters("Dell'Acqua")).to.equal('DLL');
      expect(givenNameLetters('Maria Grazia')).to.equal('MGR');
      expect(givenNameLetters('Noè')).to.equal('NOE');
      expect(givenNameLetters('Niccolò')).to.equal('NCL');
      expect(familyNameLetters('Cantù')).to.equal('CNT');
      expect(nameLetters(" Sant'Anna-Müller ")).to.equal('SANTANNAMULLER');
    });
  });

  describe('codes that do not match the names', () => {
    const mario = { givenName: 'Mario', familyName: 'Rossi' };

    it('finds nothing wrong when the letters agree, whatever the spacing or omocodia', () => {
      expect(fiscalCodeNameMismatches('RSSMRA85T10A562S', mario)).to.deep.equal([]);
      expect(fiscalCodeNameMismatches(' rssmra 85t10 a56nh', mario)).to.deep.equal([]);
    });

    it('names the part that disagrees', () => {
      expect(
        fiscalCodeNameMismatches('RSSMRA85T10A562S', { givenName: 'Maria', familyName: 'Bruni' }),
      ).to.deep.equal(['familyName']);
      expect(
        fiscalCodeNameMismatches('RSSMRA85T10A562S', { givenName: 'Luca', familyName: 'Rossi' }),
      ).to.deep.equal(['givenName']);
      expect(
        fiscalCodeNameMismatches('BNCLRA80A41G713O', { givenName: 'Mario', familyName: 'Rossi' }),
      ).to.deep.equal(['familyName', 'givenName']);
    });

    it('has nothing to compare in temporary numeric codes', () => {
      expect(fiscalCodeNameMismatches('12345678903', mario)).to.deep.equal([]);
    });
  });
});
