import { expect } from '@open-wc/testing';
import {
  fiscalCodeCheckChar,
  fiscalCodeProblem,
  isValidFiscalCode,
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
});
