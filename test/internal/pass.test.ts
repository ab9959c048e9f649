import { expect } from '@open-wc/testing';
import { normalizeBookingCode, passFromText, passToText } from '../../src/internal/pass.js';

describe('internal/pass', () => {
  it('joins and splits the QR text', () => {
    const pass = { payload: 'eyJ2IjoxfQ', signature: 'abc-_123', keyId: 'tribunale-pistoia-2026' };
    expect(passFromText(passToText(pass))).to.deep.equal(pass);
    expect(passFromText(` ${passToText(pass)}\n`)).to.deep.equal(pass);
  });

  it('tells a typed code from a pass', () => {
    expect(passFromText('ABCD-1234')).to.equal(undefined);
    expect(passFromText('a.b')).to.equal(undefined);
    expect(passFromText('a.b c.d')).to.equal(undefined);
    expect(normalizeBookingCode('abcd 1234')).to.equal('ABCD-1234');
    expect(normalizeBookingCode('ABCD-123')).to.equal(undefined);
  });
});
