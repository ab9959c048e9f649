import type { CaseEvent } from '../../src/api/types.js';
import { italian, type Text } from '../internal/localized.js';
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

/** Event titles as the registries write them, with their translations. */
const TITLES = {
  'Iscrizione a ruolo della causa': {
    en: 'Case entered on the court roll',
    de: 'Eintragung der Rechtssache in das Register',
  },
  'Designazione del giudice istruttore': {
    en: 'Judge in charge of the case assigned',
    de: 'Zuweisung an den Instruktionsrichter',
  },
  'Fissata la prima udienza di comparizione': {
    en: 'First appearance hearing scheduled',
    de: 'Erste Verhandlung zum Erscheinen der Parteien anberaumt',
  },
  'Deposito della comparsa di costituzione del convenuto': {
    en: 'Defendant’s statement of defence filed',
    de: 'Klagebeantwortung des Beklagten eingereicht',
  },
  'Deposito della memoria integrativa (art. 171-ter c.p.c.)': {
    en: 'Supplementary brief filed (art. 171-ter c.p.c.)',
    de: 'Ergänzender Schriftsatz eingereicht (Art. 171-ter ZPO)',
  },
  "Rinvio dell'udienza per la precisazione delle conclusioni": {
    en: 'Hearing for the final submissions postponed',
    de: 'Verhandlung zur Präzisierung der Schlussanträge vertagt',
  },
  'Deposito di ordinanza istruttoria': {
    en: 'Order on the taking of evidence filed',
    de: 'Beweisbeschluss hinterlegt',
  },
  "Comunicazione di cancelleria: biglietto dell'ordinanza": {
    en: 'Registry notice of the order',
    de: 'Mitteilung der Geschäftsstelle über den Beschluss',
  },
  'Iscrizione a ruolo del ricorso': {
    en: 'Application entered on the court roll',
    de: 'Eintragung des Rekurses in das Register',
  },
  'Designazione del giudice del lavoro': {
    en: 'Employment judge assigned',
    de: 'Zuweisung an den Arbeitsrichter',
  },
  'Fissata udienza di discussione': {
    en: 'Hearing for oral argument scheduled',
    de: 'Termin zur mündlichen Verhandlung anberaumt',
  },
  'Deposito della memoria difensiva del resistente': {
    en: 'Respondent’s defence brief filed',
    de: 'Verteidigungsschriftsatz der Gegenpartei eingereicht',
  },
  'Rinvio della discussione': {
    en: 'Oral argument postponed',
    de: 'Mündliche Verhandlung vertagt',
  },
  'Pubblicazione della sentenza n. 231/2025': {
    en: 'Judgment no. 231/2025 published',
    de: 'Urteil Nr. 231/2025 veröffentlicht',
  },
  'Apposizione della formula esecutiva': {
    en: 'Enforcement clause affixed',
    de: 'Vollstreckungsklausel erteilt',
  },
  'Iscrizione a ruolo del pignoramento immobiliare': {
    en: 'Attachment of real property entered on the roll',
    de: 'Eintragung der Immobiliarpfändung in das Register',
  },
  'Deposito della documentazione ipocatastale': {
    en: 'Land and mortgage registry documents filed',
    de: 'Grundbuch- und Katasterunterlagen eingereicht',
  },
  'Ordinanza di vendita': { en: 'Order for sale', de: 'Verkaufsanordnung' },
  'Comunicazione del deposito del progetto di distribuzione': {
    en: 'Notice that the distribution plan was filed',
    de: 'Mitteilung über die Hinterlegung des Verteilungsplans',
  },
  'Chiusura della procedura e archiviazione del fascicolo': {
    en: 'Proceedings closed and file archived',
    de: 'Verfahren abgeschlossen und Akte archiviert',
  },
  'Iscrizione del ricorso per amministrazione di sostegno': {
    en: 'Application for support administration entered',
    de: 'Eintragung des Antrags auf Sachwalterschaft',
  },
  'Designazione del giudice tutelare': {
    en: 'Guardianship judge assigned',
    de: 'Zuweisung an den Vormundschaftsrichter',
  },
  "Fissata l'udienza per l'esame del beneficiario": {
    en: 'Hearing to examine the beneficiary scheduled',
    de: 'Termin zur Anhörung der begünstigten Person anberaumt',
  },
  "Decreto di nomina dell'amministratore di sostegno": {
    en: 'Decree appointing the support administrator',
    de: 'Dekret zur Ernennung des Sachwalters',
  },
  'Comunicazione: convocazione per il giuramento': {
    en: 'Notice: summons to take the oath',
    de: 'Mitteilung: Ladung zur Vereidigung',
  },
  'Apertura della liquidazione giudiziale': {
    en: 'Judicial liquidation opened',
    de: 'Gerichtliche Liquidation eröffnet',
  },
  'Comunicazione del curatore ai creditori': {
    en: 'Receiver’s notice to the creditors',
    de: 'Mitteilung des Insolvenzverwalters an die Gläubiger',
  },
  'Esecutività dello stato passivo': {
    en: 'Schedule of liabilities declared enforceable',
    de: 'Passivstand für vollstreckbar erklärt',
  },
  "Fissata l'udienza per l'approvazione del rendiconto": {
    en: 'Hearing to approve the final account scheduled',
    de: 'Termin zur Genehmigung der Schlussrechnung anberaumt',
  },
  "Iscrizione a ruolo dell'opposizione a decreto ingiuntivo": {
    en: 'Objection to a payment order entered on the roll',
    de: 'Eintragung des Einspruchs gegen den Mahnbescheid in das Register',
  },
  'Fissata la prima udienza': {
    en: 'First hearing scheduled',
    de: 'Erster Verhandlungstermin anberaumt',
  },
  "Rinvio d'ufficio dell'udienza": {
    en: 'Hearing postponed by the court',
    de: 'Verhandlung von Amts wegen vertagt',
  },
  'Comunicazione del rinvio alle parti': {
    en: 'Parties notified of the postponement',
    de: 'Vertagung den Parteien mitgeteilt',
  },
} satisfies Record<string, Omit<Text, 'it'>>;

/** [case, kind, days ago, title, hearing in days from the event] */
const EVENTS: Array<[string, CaseEvent['kind'], number, keyof typeof TITLES, number?]> = [
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
      title: italian({ it: title, ...TITLES[title] }),
      judge: file.judge,
    };
    if (hearingIn !== undefined) {
      event.hearingAt = romeIso(romeInstant(addDays(day, hearingIn), '10:30'));
    }
    return event;
  });
}
