import { expect } from '@open-wc/testing';
import {
  OFFICE_TIME_ZONE,
  clampIso,
  compareIso,
  formatDate,
  formatMonth,
  formatTime,
  isIsoDate,
  isoDateInOffice,
  isoTimeInOffice,
  parseIsoDate,
  toIsoDate,
  todayInOffice,
  weekdayNames,
} from '../../src/internal/dates.js';
import {
  addDaysIso,
  addMonthsIso,
  addMonthsToDateIso,
  endOfWeekIso,
  startOfWeekIso,
  dayOfWeekIso,
  endOfMonthIso,
  monthGrid,
  startOfMonthIso,
} from '../../src/internal/calendar.js';

declare global {
  interface Window {
    /** Set by the time-zone test configuration to the zone the browser was launched in. */
    __SPORTELLO_TEST_TZ__?: string;
  }
}

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('internal/dates', () => {
  describe(`browser time zone (${browserZone})`, () => {
    const expected = window.__SPORTELLO_TEST_TZ__;
    const title = 'is the zone the time-zone run asked for, and not the office zone';
    if (!expected) {
      it.skip(`${title} (only in the time-zone run, npm run test:tz)`);
    } else {
      it(title, () => {
        expect(browserZone).to.equal(expected);
        expect(browserZone).not.to.equal(OFFICE_TIME_ZONE);
      });
    }
  });

  describe('todayInOffice', () => {
    it('is the Rome date even when another zone is already on the next day', () => {
      // 23:30 UTC on 31 Dec is 00:30 on 1 Jan in Rome.
      expect(todayInOffice(new Date('2025-12-31T23:30:00Z'))).to.equal('2026-01-01');
      // 22:30 UTC in summer is 00:30 in Rome (UTC+2) and 10:30 next day in Auckland.
      expect(todayInOffice(new Date('2026-07-14T21:59:00Z'))).to.equal('2026-07-14');
      expect(todayInOffice(new Date('2026-07-14T22:00:00Z'))).to.equal('2026-07-15');
    });

    it('defaults to now', () => {
      expect(todayInOffice()).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(isoDateInOffice(new Date())).to.equal(todayInOffice());
    });
  });

  describe('parseIsoDate and toIsoDate', () => {
    it('round-trip every day of a year with two daylight-saving changes', () => {
      let iso = '2026-01-01';
      for (let i = 0; i < 366; i++) {
        expect(toIsoDate(parseIsoDate(iso))).to.equal(iso);
        iso = addDaysIso(iso, 1);
      }
      expect(iso).to.equal('2027-01-02');
    });

    it('rejects what is not a calendar date', () => {
      expect(() => parseIsoDate('2026-02-30')).to.throw(RangeError);
      expect(() => parseIsoDate('12/03/2026')).to.throw(RangeError);
      expect(isIsoDate('2028-02-29')).to.equal(true);
      expect(isIsoDate('2026-02-29')).to.equal(false);
    });
  });

  describe('arithmetic', () => {
    it('adds days across daylight-saving changes and year ends', () => {
      expect(addDaysIso('2026-03-28', 1)).to.equal('2026-03-29');
      expect(addDaysIso('2026-03-29', 1)).to.equal('2026-03-30');
      expect(addDaysIso('2026-10-24', 2)).to.equal('2026-10-26');
      expect(addDaysIso('2026-12-31', 1)).to.equal('2027-01-01');
      expect(addDaysIso('2026-03-01', -1)).to.equal('2026-02-28');
    });

    it('finds month bounds and moves between months', () => {
      expect(startOfMonthIso('2026-03-12')).to.equal('2026-03-01');
      expect(startOfMonthIso('2026-03')).to.equal('2026-03-01');
      expect(endOfMonthIso('2028-02-10')).to.equal('2028-02-29');
      expect(addMonthsIso('2026-12', 1)).to.equal('2027-01');
      expect(addMonthsIso('2026-03', -3)).to.equal('2025-12');
    });

    it('compares dates and months', () => {
      expect(['2026-03-10', '2025-12-31', '2026-03-09'].sort(compareIso)).to.deep.equal([
        '2025-12-31',
        '2026-03-09',
        '2026-03-10',
      ]);
      expect(compareIso('2026-03', '2026-03')).to.equal(0);
    });

    it('knows the day of the week', () => {
      expect(dayOfWeekIso('2026-03-29')).to.equal(0); // Sunday
      expect(dayOfWeekIso('2026-03-30')).to.equal(1);
    });
  });

  describe('monthGrid', () => {
    it('lays out March 2026 from Monday, padding with null', () => {
      const weeks = monthGrid('2026-03');
      expect(weeks).to.have.length(6);
      expect(weeks[0]).to.deep.equal([null, null, null, null, null, null, '2026-03-01']);
      expect(weeks[1]![0]).to.equal('2026-03-02');
      expect(weeks[5]).to.deep.equal(['2026-03-30', '2026-03-31', null, null, null, null, null]);
      expect(weeks.flat().filter(Boolean)).to.have.length(31);
    });

    it('starts on Sunday when asked, and fits February 2027 in four weeks', () => {
      expect(monthGrid('2027-02', 1)).to.have.length(4);
      expect(monthGrid('2026-03', 0)[0]).to.deep.equal([
        '2026-03-01',
        '2026-03-02',
        '2026-03-03',
        '2026-03-04',
        '2026-03-05',
        '2026-03-06',
        '2026-03-07',
      ]);
    });
  });

  describe('formatting', () => {
    it('shows office time whatever the browser zone', () => {
      // Sunday 29 March 2026: Rome moves to UTC+2 at 01:00 UTC.
      expect(formatTime('2026-03-29T07:30:00Z', 'it')).to.equal('09:30');
      expect(formatTime('2026-03-28T08:30:00Z', 'it')).to.equal('09:30');
      expect(formatTime('2026-03-12T09:30:00+01:00', 'en')).to.equal('09:30');
      expect(formatTime('2026-03-12T09:30:00+01:00', 'de')).to.equal('09:30');
      expect(formatTime('2026-10-25T13:05:00Z', 'it')).to.equal('14:05');
      expect(isoTimeInOffice('2026-07-01T22:15:00Z')).to.equal('00:15');
      expect(isoDateInOffice('2026-07-01T22:15:00Z')).to.equal('2026-07-02');
    });

    it('formats calendar dates without shifting the day', () => {
      expect(formatDate('2026-03-12', 'it', 'long')).to.equal('giovedì 12 marzo 2026');
      expect(formatDate('2026-03-12', 'it', 'short')).to.equal('12/03/2026');
      expect(formatDate('2026-03-12', 'it', 'weekday')).to.equal('giovedì 12 marzo');
      expect(formatDate('2026-01-01', 'en-GB', 'long')).to.equal('Thursday, 1 January 2026');
      expect(formatDate('2026-12-31', 'de', 'long')).to.equal('Donnerstag, 31. Dezember 2026');
    });

    it('names months and weekdays', () => {
      expect(formatMonth('2026-03', 'it')).to.equal('marzo 2026');
      expect(formatMonth('2026-03-31', 'de')).to.equal('März 2026');
      expect(weekdayNames('it', 'long')).to.deep.equal([
        'lunedì',
        'martedì',
        'mercoledì',
        'giovedì',
        'venerdì',
        'sabato',
        'domenica',
      ]);
      expect(weekdayNames('en', 'short', 0)[0]).to.equal('Sun');
      expect(weekdayNames('de', 'short')[0]).to.equal('Mo');
    });
  });
});

describe('dates for calendar keys', () => {
  it('moves by months keeping the day, or the month end', () => {
    expect(addMonthsToDateIso('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonthsToDateIso('2026-03-12', -12)).to.equal('2025-03-12');
  });

  it('finds the ends of a Monday-first week', () => {
    expect(startOfWeekIso('2026-03-12')).to.equal('2026-03-09');
    expect(endOfWeekIso('2026-03-12')).to.equal('2026-03-15');
    expect(startOfWeekIso('2026-03-09')).to.equal('2026-03-09');
  });

  it('clamps to bounds', () => {
    expect(clampIso('2026-03-01', '2026-03-05', '2026-03-20')).to.equal('2026-03-05');
    expect(clampIso('2026-03-25', '2026-03-05', '2026-03-20')).to.equal('2026-03-20');
    expect(clampIso('2026-03-10', '2026-03-05', '2026-03-20')).to.equal('2026-03-10');
  });
});
