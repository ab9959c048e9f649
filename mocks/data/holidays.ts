import { italian, type Text } from '../internal/localized.js';
import { addDays } from '../internal/rome-time.js';

const NATIONAL: Array<[string, Text]> = [
  ['01-01', { it: 'Capodanno', en: 'New Year’s Day', de: 'Neujahr' }],
  ['01-06', { it: 'Epifania', en: 'Epiphany', de: 'Heilige Drei Könige' }],
  ['04-25', { it: 'Festa della Liberazione', en: 'Liberation Day', de: 'Tag der Befreiung' }],
  ['05-01', { it: 'Festa del Lavoro', en: 'Labour Day', de: 'Tag der Arbeit' }],
  ['06-02', { it: 'Festa della Repubblica', en: 'Republic Day', de: 'Tag der Republik' }],
  ['08-15', { it: 'Ferragosto', en: 'Assumption Day (Ferragosto)', de: 'Mariä Himmelfahrt' }],
  ['11-01', { it: 'Ognissanti', en: 'All Saints’ Day', de: 'Allerheiligen' }],
  ['12-08', { it: 'Immacolata Concezione', en: 'Immaculate Conception', de: 'Mariä Empfängnis' }],
  ['12-25', { it: 'Natale', en: 'Christmas Day', de: 'Weihnachten' }],
  ['12-26', { it: 'Santo Stefano', en: 'St Stephen’s Day', de: 'Stephanstag' }],
];

const EASTER: Text = { it: 'Pasqua', en: 'Easter Sunday', de: 'Ostersonntag' };
const EASTER_MONDAY: Text = { it: "Lunedì dell'Angelo", en: 'Easter Monday', de: 'Ostermontag' };

/** Patron saints of the court towns: their day closes every office in town. Names stay Italian. */
export const PATRON_SAINTS: Record<string, [string, string]> = {
  Firenze: ['06-24', 'San Giovanni Battista'],
  Pistoia: ['07-25', 'San Jacopo'],
  Pisa: ['06-17', 'San Ranieri'],
  Lucca: ['07-12', 'San Paolino'],
  Livorno: ['05-22', 'Santa Giulia'],
  Arezzo: ['08-07', 'San Donato'],
  Grosseto: ['08-10', 'San Lorenzo'],
  Siena: ['12-01', "Sant'Ansano"],
  Prato: ['12-26', 'Santo Stefano'],
};

/** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The saint's feast as a closure reason: "San Jacopo (patrono)". */
function patronDay(saint: string): Text {
  return {
    it: `${saint} (patrono)`,
    en: `${saint} (patron saint’s day)`,
    de: `${saint} (Fest des Stadtpatrons)`,
  };
}

function holiday(date: string, town: string): Text | undefined {
  const monthDay = date.slice(5);
  const patron = PATRON_SAINTS[town];
  if (patron && patron[0] === monthDay) return patronDay(patron[1]);
  const national = NATIONAL.find(([day]) => day === monthDay);
  if (national) return national[1];
  const easter = easterSunday(Number(date.slice(0, 4)));
  if (date === easter) return EASTER;
  if (date === addDays(easter, 1)) return EASTER_MONDAY;
  return undefined;
}

/** The name of the holiday that closes the town's offices on that date, if any. */
export function holidayReason(date: string, town: string): string | undefined {
  const text = holiday(date, town);
  return text && italian(text);
}

/** August is the "periodo feriale": counters open with half the places. */
export function isReducedService(date: string): boolean {
  return date.slice(5, 7) === '08';
}
