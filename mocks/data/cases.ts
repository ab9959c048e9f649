import type { CaseEvent } from '../../src/api/types.js';
import { addDays, romeDate, romeInstant, romeIso } from '../internal/rome-time.js';

type CaseFile = Pick<CaseEvent, 'officeId' | 'caseNumber' | 'register' | 'role'> & {
  judge: string;
};

/** The demo citizen's case files, across several offices of the district. */
const CASES: Record<string, CaseFile> = {
  firenze: {
    officeId: 'tribunale-firenze',
    caseNumber: '2841/2025',
    register: 'contenzioso',
    role: 'attore',
    judge: 'dott.ssa Chiara Morelli',
  },
  pistoia: {
    officeId: 'tribunale-pistoia',
    caseNumber: '512/2025',
    register: 'lavoro',
    role: 'ricorrente',
    judge: 'dott. Paolo Innocenti',
  },
  prato: {
    officeId: 'tribunale-prato',
    caseNumber: '1170/2024',
    register: 'esecuzioni',
    role: 'creditore',
    judge: 'dott. Stefano Ciampi',
  },
  lucca: {
    officeId: 'tribunale-lucca',
    caseNumber: '88/2025',
    register: 'volontaria',
    role: 'ricorrente',
    judge: 'dott.ssa Elena Pardini',
  },
  pisa: {
    officeId: 'tribunale-pisa',
    caseNumber: '45/2024',
    register: 'fallimenti',
    role: 'terzo',
    judge: 'dott. Marco Barsotti',
  },
  gdp: {
    officeId: 'gdp-firenze',
    caseNumber: '3390/2025',
    register: 'giudice-di-pace',
    role: 'convenuto',
    judge: 'avv. Laura Guidi',
  },
  livorno: {
    officeId: 'tribunale-livorno',
    caseNumber: '777/2025',
    register: 'contenzioso',
    role: 'resistente',
    judge: 'dott. Luca Niccolai',
  },
};

/** [case, kind, days ago, title, hearing in days from the event] */
const EVENTS: Array<[string, CaseEvent['kind'], number, string, number?]> = [
  ['firenze', 'iscrizione-a-ruolo', 150, 'Iscrizione a ruolo della causa'],
  ['firenze', 'designazione-giudice', 146, 'Designazione del giudice istruttore'],
  ['firenze', 'fissazione-udienza', 140, 'Fissata la prima udienza di comparizione', 60],
  [
    'firenze',
    'deposito-atto-di-parte',
    95,
    'Deposito della comparsa di costituzione del convenuto',
  ],
  [
    'firenze',
    'deposito-atto-di-parte',
    70,
    'Deposito della memoria integrativa (art. 171-ter c.p.c.)',
  ],
  [
    'firenze',
    'rinvio-udienza',
    21,
    "Rinvio dell'udienza per la precisazione delle conclusioni",
    45,
  ],
  ['firenze', 'deposito-provvedimento', 3, 'Deposito di ordinanza istruttoria'],
  [
    'firenze',
    'comunicazione-cancelleria',
    1,
    "Comunicazione di cancelleria: biglietto dell'ordinanza",
  ],
  ['pistoia', 'iscrizione-a-ruolo', 200, 'Iscrizione a ruolo del ricorso'],
  ['pistoia', 'designazione-giudice', 197, 'Designazione del giudice del lavoro'],
  ['pistoia', 'fissazione-udienza', 190, 'Fissata udienza di discussione', 75],
  ['pistoia', 'deposito-atto-di-parte', 130, 'Deposito della memoria difensiva del resistente'],
  ['pistoia', 'rinvio-udienza', 110, 'Rinvio della discussione', 30],
  ['pistoia', 'pubblicazione-sentenza', 12, 'Pubblicazione della sentenza n. 231/2025'],
  ['pistoia', 'esecutivita', 2, 'Apposizione della formula esecutiva'],
  ['prato', 'iscrizione-a-ruolo', 400, 'Iscrizione a ruolo del pignoramento immobiliare'],
  ['prato', 'deposito-atto-di-parte', 300, 'Deposito della documentazione ipocatastale'],
  ['prato', 'deposito-provvedimento', 240, 'Ordinanza di vendita'],
  [
    'prato',
    'comunicazione-cancelleria',
    60,
    'Comunicazione del deposito del progetto di distribuzione',
  ],
  ['prato', 'archiviazione', 8, 'Chiusura della procedura e archiviazione del fascicolo'],
  ['lucca', 'iscrizione-a-ruolo', 90, 'Iscrizione del ricorso per amministrazione di sostegno'],
  ['lucca', 'designazione-giudice', 88, 'Designazione del giudice tutelare'],
  ['lucca', 'fissazione-udienza', 85, "Fissata l'udienza per l'esame del beneficiario", 20],
  ['lucca', 'deposito-provvedimento', 40, "Decreto di nomina dell'amministratore di sostegno"],
  ['lucca', 'comunicazione-cancelleria', 5, 'Comunicazione: convocazione per il giuramento'],
  ['pisa', 'iscrizione-a-ruolo', 500, 'Apertura della liquidazione giudiziale'],
  ['pisa', 'comunicazione-cancelleria', 420, 'Comunicazione del curatore ai creditori'],
  ['pisa', 'deposito-provvedimento', 30, 'Esecutività dello stato passivo'],
  ['pisa', 'fissazione-udienza', 6, "Fissata l'udienza per l'approvazione del rendiconto", 40],
  ['gdp', 'iscrizione-a-ruolo', 60, "Iscrizione a ruolo dell'opposizione a decreto ingiuntivo"],
  ['gdp', 'fissazione-udienza', 55, 'Fissata la prima udienza', 30],
  ['gdp', 'rinvio-udienza', 25, "Rinvio d'ufficio dell'udienza", 35],
  ['gdp', 'comunicazione-cancelleria', 4, 'Comunicazione del rinvio alle parti'],
  ['livorno', 'iscrizione-a-ruolo', 45, 'Iscrizione a ruolo della causa'],
  ['livorno', 'fissazione-udienza', 2, 'Fissata la prima udienza', 50],
];

export function seedCaseEvents(now: Date): CaseEvent[] {
  const today = romeDate(now);
  return EVENTS.map(([caseKey, kind, daysAgo, title, hearingIn], index) => {
    const file = CASES[caseKey]!;
    const day = addDays(today, -daysAgo);
    const minutes = 9 * 60 + ((index * 37) % 420);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const event: CaseEvent = {
      id: `ev-${String(index + 1).padStart(4, '0')}`,
      officeId: file.officeId,
      caseNumber: file.caseNumber,
      register: file.register,
      role: file.role,
      kind,
      occurredAt: romeIso(romeInstant(day, time)),
      title,
      judge: file.judge,
    };
    if (hearingIn !== undefined) {
      event.hearingAt = romeIso(romeInstant(addDays(day, hearingIn), '10:30'));
    }
    return event;
  });
}
