import {
  addDays,
  addMonths,
  endOfMonth,
  endOfWeek,
  getDay,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import { isoMonthOf, parseIsoDate, parseIsoMonth, toIsoDate, type WeekStart } from './dates.js';

// Calendar arithmetic for the month grid and its keys, apart from dates.ts so that an element
// that only reads and formats dates does not carry date-fns.

export function addDaysIso(iso: string, days: number): string {
  return toIsoDate(addDays(parseIsoDate(iso), days));
}

/** First day of the month of a date ('2026-03-12' → '2026-03-01'); also accepts 'YYYY-MM'. */
export function startOfMonthIso(iso: string): string {
  return toIsoDate(startOfMonth(parseIsoMonth(iso)));
}

export function endOfMonthIso(iso: string): string {
  return toIsoDate(endOfMonth(parseIsoMonth(iso)));
}

/** 'YYYY-MM' n months away. */
export function addMonthsIso(isoMonth: string, months: number): string {
  return isoMonthOf(toIsoDate(addMonths(parseIsoMonth(isoMonth), months)));
}

/** The same day n months away, or the month's last day when it is shorter ('01-31' + 1 → '02-28'). */
export function addMonthsToDateIso(iso: string, months: number): string {
  return toIsoDate(addMonths(parseIsoDate(iso), months));
}

export function startOfWeekIso(iso: string, weekStartsOn: WeekStart = 1): string {
  return toIsoDate(startOfWeek(parseIsoDate(iso), { weekStartsOn }));
}

export function endOfWeekIso(iso: string, weekStartsOn: WeekStart = 1): string {
  return toIsoDate(endOfWeek(parseIsoDate(iso), { weekStartsOn }));
}

/** Day of the week of a calendar date: 0 = Sunday ... 6 = Saturday. */
export function dayOfWeekIso(iso: string): number {
  return getDay(parseIsoDate(iso));
}

/**
 * The weeks of a month for a calendar grid: seven ISO dates a row, `null` for the padding cells
 * before the first and after the last day of the month.
 */
export function monthGrid(isoMonth: string, weekStartsOn: WeekStart = 1): (string | null)[][] {
  const first = parseIsoMonth(isoMonth);
  const month = isoMonthOf(toIsoDate(first));
  let day = startOfWeek(first, { weekStartsOn });
  const weeks: (string | null)[][] = [];
  do {
    const week: (string | null)[] = [];
    for (let i = 0; i < 7; i++) {
      const iso = toIsoDate(day);
      week.push(isoMonthOf(iso) === month ? iso : null);
      day = addDays(day, 1);
    }
    weeks.push(week);
  } while (isoMonthOf(toIsoDate(day)) === month);
  return weeks;
}
