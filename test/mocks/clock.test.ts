import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { parseMockNow } from '../../mocks/clock.js';
import { createDb } from '../../mocks/index.js';
import { romeIso } from '../../mocks/internal/rome-time.js';

const iso = (text: string) => parseMockNow(text)?.toISOString();

describe('reference server: the settable clock', () => {
  afterEach(() => sinon.restore());

  describe('mock-now', () => {
    it('reads a time without offset as Rome time, winter and summer', () => {
      expect(iso('2026-12-04T09:05')).to.equal('2026-12-04T08:05:00.000Z');
      expect(iso('2026-07-06T09:05')).to.equal('2026-07-06T07:05:00.000Z');
      expect(iso('2026-07-06T09:05:30')).to.equal('2026-07-06T07:05:30.000Z');
    });

    it('takes ISO 8601 with an offset or Z as it is', () => {
      expect(iso('2026-12-04T09:05+02:00')).to.equal('2026-12-04T07:05:00.000Z');
      expect(iso('2026-12-04T09:05:00.250-05:00')).to.equal('2026-12-04T14:05:00.250Z');
      expect(iso('2026-12-04T09:05Z')).to.equal('2026-12-04T09:05:00.000Z');
    });

    it('names no instant for anything else', () => {
      for (const text of [
        '',
        'domani',
        '2026-12-04',
        '09:05',
        '2026-02-30T09:00',
        '2026-13-01T09:00',
        '2026-12-04T24:00',
        '2026-12-04T09:60',
        '2026-12-04 09:05',
        '2026-12-04T09:05+2',
        // Rome's clocks jump from 02:00 to 03:00 that night.
        '2026-03-29T02:30',
      ]) {
        expect(parseMockNow(text), text).to.equal(undefined);
      }
    });
  });

  describe('createDb({ now })', () => {
    it('starts the clock at a mock-now and lets it run on', async () => {
      const db = createDb({ now: '2026-12-04T09:05' });
      const first = db.now().getTime();
      expect(first - Date.parse('2026-12-04T08:05:00Z')).to.be.within(0, 1000);
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(db.now().getTime() - first).to.be.within(50, 2000);
    });

    it('starts it at a Date too, and still reads a function for every "now"', () => {
      const db = createDb({ now: new Date('2026-07-06T07:05:00Z') });
      expect(romeIso(db.now()).slice(0, 16)).to.equal('2026-07-06T09:05');
      const fixed = createDb({ now: () => new Date('2026-01-02T10:00:00Z') });
      expect(fixed.now().toISOString()).to.equal('2026-01-02T10:00:00.000Z');
    });

    it('ignores an invalid value with a warning and keeps the real clock', () => {
      const warn = sinon.stub(console, 'warn');
      const db = createDb({ now: '4 dicembre' });
      expect(warn.calledOnce).to.equal(true);
      expect(String(warn.firstCall.args[0])).to.contain('"4 dicembre"');
      expect(Math.abs(db.now().getTime() - Date.now())).to.be.below(1000);
    });

    it('moves "today" and the booking window with the clock', () => {
      const db = createDb({ now: '2026-12-04T09:05', prebooked: false });
      const service = 'tribunale-pistoia-contenzioso-civile';
      const { window } = db.getAvailability(service, '2026-12-04', '2026-12-05');
      expect(window.first).to.equal('2026-12-05');
    });
  });
});
