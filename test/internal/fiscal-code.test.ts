import { expect } from '@open-wc/testing';
import { person } from '../../mocks/people.js';
import {
  decodeFiscalCode,
  explainFiscalCode,
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

    it('compares nothing in a code that is not plausible', () => {
      expect(fiscalCodeNameMismatches('RSSMRA85T10A562T', { ...mario, familyName: 'Bruni' })).to.be
        .empty;
    });
  });

  /** Replaces the last `count` digits with omocodia letters, then recomputes the check character. */
  function omocode(code: string, count: number): string {
    const chars = [...code.slice(0, 15)];
    for (const i of [14, 13, 12, 10, 9, 7, 6].slice(0, count)) {
      chars[i] = 'LMNPQRSTUV'[Number(chars[i])]!;
    }
    const first15 = chars.join('');
    return first15 + fiscalCodeCheckChar(first15);
  }

  const MARIO = {
    familyName: 'Rossi',
    givenName: 'Mario',
    sex: 'M',
    birthDate: '1985-12-10',
    birthPlaceCode: 'A562',
  } as const;
  const MARIO_CODE = 'RSSMRA85T10A562S';
  const ANNA = {
    familyName: 'Bartolini',
    givenName: 'Anna',
    sex: 'F',
    birthDate: '1985-04-12',
    birthPlaceCode: 'G713',
  } as const;
  const ANNA_CODE = 'BRTNNA85D52G713G';

  describe('explaining a code against the person', () => {
    it('finds nothing wrong when every part agrees', () => {
      expect(explainFiscalCode(MARIO_CODE, MARIO)).to.deep.equal([]);
      expect(explainFiscalCode(ANNA_CODE, ANNA)).to.deep.equal([]);
      expect(explainFiscalCode(' brtnna 85d52 g713g ', ANNA)).to.deep.equal([]);
    });

    it('tells each part that disagrees, with the letters expected and found', () => {
      expect(explainFiscalCode(MARIO_CODE, { ...MARIO, familyName: 'Bruni' })).to.deep.equal([
        { part: 'familyName', expected: 'BRN', found: 'RSS' },
      ]);
      expect(explainFiscalCode(MARIO_CODE, { ...MARIO, givenName: 'Luca' })).to.deep.equal([
        { part: 'givenName', expected: 'LCU', found: 'MRA' },
      ]);
      expect(explainFiscalCode(MARIO_CODE, { ...MARIO, birthPlaceCode: 'G713' })).to.deep.equal([
        { part: 'birthPlaceCode', expected: 'G713', found: 'A562' },
      ]);
    });

    it('tells a wrong year, month or day as the date the code should hold', () => {
      const dateOf = (birthDate: string) => explainFiscalCode(MARIO_CODE, { ...MARIO, birthDate });
      expect(dateOf('1986-12-10')).to.deep.equal([
        { part: 'birthDate', expected: '86T10', found: '85T10' },
      ]);
      expect(dateOf('1985-11-10')).to.deep.equal([
        { part: 'birthDate', expected: '85S10', found: '85T10' },
      ]);
      expect(dateOf('1985-12-01')).to.deep.equal([
        { part: 'birthDate', expected: '85T01', found: '85T10' },
      ]);
      expect(dateOf('2085-12-10')).to.deep.equal([]); // the code holds two digits of the year
    });

    it('writes the day of a woman plus 40', () => {
      expect(explainFiscalCode(ANNA_CODE, { ...ANNA, birthDate: '1985-04-13' })).to.deep.equal([
        { part: 'birthDate', expected: '85D53', found: '85D52' },
      ]);
      expect(explainFiscalCode(ANNA_CODE, { ...ANNA, birthDate: '1984-04-12' })).to.deep.equal([
        { part: 'birthDate', expected: '84D52', found: '85D52' },
      ]);
    });

    it('tells a day off by just the 40 as the sex, not the date', () => {
      expect(explainFiscalCode(MARIO_CODE, { ...MARIO, sex: 'F' })).to.deep.equal([
        { part: 'sex', expected: '50', found: '10' },
      ]);
      expect(explainFiscalCode(ANNA_CODE, { ...ANNA, sex: 'M' })).to.deep.equal([
        { part: 'sex', expected: '12', found: '52' },
      ]);
    });

    it('tells a wrong date and a wrong sex apart, the date as the person would have it', () => {
      expect(
        explainFiscalCode(MARIO_CODE, { ...MARIO, sex: 'F', birthDate: '1985-12-11' }),
      ).to.deep.equal([
        { part: 'birthDate', expected: '85T51', found: '85T10' },
        { part: 'sex', expected: '50', found: '10' },
      ]);
    });

    it('lists every part in the order of the code', () => {
      const stranger = {
        familyName: 'Fo',
        givenName: 'Ugo',
        sex: 'F',
        birthDate: '1990-01-02',
        birthPlaceCode: 'Z110',
      } as const;
      expect(explainFiscalCode(MARIO_CODE, stranger)).to.deep.equal([
        { part: 'familyName', expected: 'FOX', found: 'RSS' },
        { part: 'givenName', expected: 'GUO', found: 'MRA' },
        { part: 'birthDate', expected: '90A42', found: '85T10' },
        { part: 'sex', expected: '50', found: '10' },
        { part: 'birthPlaceCode', expected: 'Z110', found: 'A562' },
      ]);
    });

    it('reads omocodia back into digits', () => {
      for (let count = 1; count <= 7; count++) {
        expect(explainFiscalCode(omocode(MARIO_CODE, count), MARIO)).to.deep.equal([]);
        expect(explainFiscalCode(omocode(ANNA_CODE, count), ANNA)).to.deep.equal([]);
      }
      expect(omocode(MARIO_CODE, 7)).to.equal('RSSMRAURTMLARSNL');
      expect(
        explainFiscalCode('RSSMRAURTMLARSNL', {
          ...MARIO,
          sex: 'F',
          birthDate: '1990-12-01',
          birthPlaceCode: 'H501',
        }),
      ).to.deep.equal([
        { part: 'birthDate', expected: '90T41', found: '85T10' },
        { part: 'sex', expected: '50', found: '10' },
        { part: 'birthPlaceCode', expected: 'H501', found: 'A562' },
      ]);
    });

    it('leaves alone the month and place letters that look like omocodia', () => {
      const turin = { ...MARIO, birthDate: '1975-03-05', birthPlaceCode: 'L219' };
      const code = omocode('RSSMRA75C05L219G', 7);
      expect(code.slice(11, 15)).to.equal('LNMV');
      expect(explainFiscalCode(code, turin)).to.deep.equal([]);
      expect(explainFiscalCode(code, { ...turin, birthPlaceCode: 'M321' })).to.deep.equal([
        { part: 'birthPlaceCode', expected: 'M321', found: 'L219' },
      ]);
      const july = { ...ANNA, birthDate: '1990-07-03', familyName: 'Dupont', givenName: 'Claire' };
      expect(explainFiscalCode('DPNCLR90L43Z110Y', { ...july, birthPlaceCode: 'Z110' })).to.be
        .empty;
      expect(
        explainFiscalCode('DPNCLR90L43Z110Y', { ...july, birthDate: '1990-08-03' }),
      ).to.deep.equal([
        { part: 'birthDate', expected: '90M43', found: '90L43' },
        { part: 'birthPlaceCode', expected: 'G713', found: 'Z110' },
      ]);
    });

    it('compares foreign birthplaces, omocodia included', () => {
      const claire = {
        familyName: 'Dupont',
        givenName: 'Claire',
        sex: 'F',
        birthDate: '1990-07-03',
        birthPlaceCode: 'Z110',
      } as const;
      const code = omocode('DPNCLR90L43Z110Y', 3);
      expect(code.slice(11, 15)).to.equal('ZMML');
      expect(explainFiscalCode(code, claire)).to.deep.equal([]);
      expect(explainFiscalCode(code, { ...claire, birthPlaceCode: 'Z114' })).to.deep.equal([
        { part: 'birthPlaceCode', expected: 'Z114', found: 'Z110' },
      ]);
      expect(explainFiscalCode(code, { ...claire, birthPlaceCode: 'z110' })).to.be.empty;
    });

    it('skips the fields that are missing or empty', () => {
      expect(explainFiscalCode(MARIO_CODE, {})).to.deep.equal([]);
      const blank = { familyName: '', givenName: ' ', birthDate: '', birthPlaceCode: '' };
      expect(explainFiscalCode(MARIO_CODE, blank)).to.deep.equal([]);
      expect(explainFiscalCode(MARIO_CODE, { sex: 'F' })).to.deep.equal([
        { part: 'sex', expected: '50', found: '10' },
      ]);
      expect(explainFiscalCode(ANNA_CODE, { birthDate: '1985-04-13' })).to.deep.equal([
        { part: 'birthDate', expected: '85D53', found: '85D52' },
      ]);
      expect(explainFiscalCode(MARIO_CODE, { birthPlaceCode: 'G713' })).to.deep.equal([
        { part: 'birthPlaceCode', expected: 'G713', found: 'A562' },
      ]);
    });

    it('explains nothing in codes that are not plausible, nor in temporary ones', () => {
      const bruno = { ...MARIO, familyName: 'Bruni' };
      for (const code of [
        '',
        'RSSMRA85T10',
        'RSSMRA85T10A562T',
        'RSSMRA85T32A562S',
        'RSSMRA85X10A562S',
        'RSSMRA85T10A56NS',
        '12345678903',
      ]) {
        expect(explainFiscalCode(code, bruno), code).to.deep.equal([]);
      }
    });
  });

  describe('decoding a code', () => {
    const TODAY = '2026-12-01';

    it('reads sex, date and place of birth', () => {
      expect(decodeFiscalCode(MARIO_CODE, TODAY)).to.deep.equal({
        sex: 'M',
        birthDate: '1985-12-10',
        birthPlaceCode: 'A562',
      });
      expect(decodeFiscalCode(' brtnna85d52 g713g', TODAY)).to.deep.equal({
        sex: 'F',
        birthDate: '1985-04-12',
        birthPlaceCode: 'G713',
      });
      expect(decodeFiscalCode('DPNCLR90L43Z110Y', TODAY)).to.deep.equal({
        sex: 'F',
        birthDate: '1990-07-03',
        birthPlaceCode: 'Z110',
      });
    });

    it('takes the latest century that does not put the birth after today', () => {
      const dateOf = (code: string, today = TODAY) => decodeFiscalCode(code, today)?.birthDate;
      expect(dateOf('RSSMRA05A01G713S')).to.equal('2005-01-01');
      expect(dateOf('RSSMRA30A01G713T')).to.equal('1930-01-01');
      expect(dateOf('RSSMRA26A01G713X')).to.equal('2026-01-01');
      expect(dateOf('RSSMRA26T02G713P')).to.equal('1926-12-02');
      expect(dateOf('RSSMRA26T02G713P', '2026-12-02')).to.equal('2026-12-02');
      expect(dateOf('RSSMRA05A01G713S', '2004-06-30')).to.equal('1905-01-01');
    });

    it('reads omocodia back into digits', () => {
      expect(decodeFiscalCode('RSSMRAURTMLARSNL', TODAY)).to.deep.equal({
        sex: 'M',
        birthDate: '1985-12-10',
        birthPlaceCode: 'A562',
      });
      expect(decodeFiscalCode(omocode('RSSMRA05A01G713S', 7), TODAY)).to.deep.equal({
        sex: 'M',
        birthDate: '2005-01-01',
        birthPlaceCode: 'G713',
      });
      expect(decodeFiscalCode(omocode('DPNCLR90L43Z110Y', 5), TODAY)).to.deep.equal({
        sex: 'F',
        birthDate: '1990-07-03',
        birthPlaceCode: 'Z110',
      });
    });

    it('decodes 29 February only in a leap year', () => {
      expect(decodeFiscalCode('RSSMRA84B69G713J', TODAY)?.birthDate).to.equal('1984-02-29');
      expect(decodeFiscalCode('RSSMRA00B29G713J', TODAY)?.birthDate).to.equal('2000-02-29');
      expect(fiscalCodeProblem('RSSMRA85B29G713G')).to.equal(undefined);
      expect(decodeFiscalCode('RSSMRA85B29G713G', TODAY)).to.equal(undefined);
    });

    it('decodes nothing from codes that are not plausible, nor from temporary ones', () => {
      for (const code of [
        '',
        'RSSMRA85T10',
        'RSSMRA85T10A562T',
        'RSSMRA85T32A562S',
        '12345678903',
      ]) {
        expect(decodeFiscalCode(code, TODAY), code).to.equal(undefined);
      }
    });
  });

  describe('the sample people', () => {
    const people = Array.from({ length: 40 }, (_, n) => person(n));

    it('have codes that match their names and decode to data that matches them', () => {
      for (const p of people) {
        expect(explainFiscalCode(p.fiscalCode, p), p.fiscalCode).to.deep.equal([]);
        const decoded = decodeFiscalCode(p.fiscalCode, '2026-07-01');
        expect(decoded?.birthPlaceCode, p.fiscalCode).to.equal('G713');
        expect(explainFiscalCode(p.fiscalCode, { ...p, ...decoded }), p.fiscalCode).to.deep.equal(
          [],
        );
      }
      expect(decodeFiscalCode(people[0]!.fiscalCode, '2026-07-01')).to.deep.equal({
        sex: 'M',
        birthDate: '1960-01-10',
        birthPlaceCode: 'G713',
      });
      expect(decodeFiscalCode(people[13]!.fiscalCode, '2026-07-01')).to.deep.equal({
        sex: 'F',
        birthDate: '1973-05-13',
        birthPlaceCode: 'G713',
      });
    });

    it('are told apart by names and dates', () => {
      const someoneElse = people[9]!;
      expect(
        explainFiscalCode(people[1]!.fiscalCode, someoneElse).map((m) => m.part),
      ).to.deep.equal(['familyName']);
      expect(
        explainFiscalCode(people[1]!.fiscalCode, {
          ...someoneElse,
          ...decodeFiscalCode(someoneElse.fiscalCode, '2026-07-01'),
        }).map((m) => m.part),
      ).to.deep.equal(['familyName', 'birthDate']);
    });
  });
});
