import { addDays } from '../internal/rome-time.js';

const NATIONAL: Array<[string, string]> = [
  ['01-01', 'Capodanno'],
  ['01-06', 'Epifania'],
  ['04-25', 'Festa della Liberazione'],
  ['05-01', 'Festa del Lavoro'],
  ['06-02', 'Festa della Repubblica'],
  ['08-15', 'Ferragosto'],
  ['11-01', 'Ognissanti'],
  ['12-08', 'Immacolata Concezione'],
  ['12-25', 'Natale'],
  ['12-26', 'Santo Stefano'],
];

/** Patron saints of the court towns: their day closes every office in town. */
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

/** The name of the holiday that closes the town's offices on that date, if any. */
export function holidayReason(date: string, town: string): string | undefined {
  const monthDay = date.slice(5);
  const patron = PATRON_SAINTS[town];
  if (patron && patron[0] === monthDay) return `${patron[1]} (patrono)`;
  const national = NATIONAL.find(([day]) => day === monthDay);
  if (national) return national[1];
  const easter = easterSunday(Number(date.slice(0, 4)));
  if (date === easter) return 'Pasqua';
  if (date === addDays(easter, 1)) return "Lunedì dell'Angelo";
  return undefined;
}

/** August is the "periodo feriale": counters open with half the places. */
export function isReducedService(date: string): boolean {
  return date.slice(5, 7) === '08';
}
