import { expect } from '@open-wc/testing';
import { romeDate, romeIso, romeTime } from '../../mocks/internal/rome-time.js';

// Engines format Intl differently ('en-CA' is ISO with one ICU, 03/10/2026 with another): the
// reference server's Rome clock must read the same everywhere.
describe('reference server: Rome time', () => {
  it('gives the date and time in Rome as ISO strings', () => {
    const lateEvening = new Date('2026-10-03T22:30:00Z');
    expect(romeDate(lateEvening)).to.equal('2026-10-04');
    expect(romeTime(lateEvening)).to.equal('00:30');
    expect(romeIso(lateEvening)).to.equal('2026-10-04T00:30:00+02:00');
  });

  it('keeps single-digit months and days padded, in winter time', () => {
    const morning = new Date('2026-01-05T08:05:00Z');
    expect(romeDate(morning)).to.equal('2026-01-05');
    expect(romeTime(morning)).to.equal('09:05');
  });
});
