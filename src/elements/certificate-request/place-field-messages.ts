import { plural } from '../../i18n/plural.js';
import type { PlaceFieldMessages } from './place-field.js';

export const placeFieldMessagesIt: PlaceFieldMessages = {
  label: 'Luogo di nascita',
  hint: 'Scrivi il nome del comune o dello Stato estero, o il codice catastale',
  searching: 'Ricerca in corso…',
  results: plural('it', { one: '# risultato', other: '# risultati' }),
  none: 'Nessun comune o Stato trovato',
  foreignState: 'Stato estero',
  validFromTo: (from, to) => `dal ${from} al ${to}`,
  validFrom: (from) => `dal ${from}`,
  validUntil: (to) => `fino al ${to}`,
  searchUnavailable:
    'Al momento la ricerca non è disponibile: puoi scrivere il codice catastale del comune o dello Stato estero (per esempio G713 per Pistoia).',
  typedCodeUsed: (code) => `Sarà usato il codice catastale ${code}.`,
  notValidAtDate:
    'Il luogo scelto non esisteva alla data di nascita indicata: cerca il nome che aveva allora.',
};

export const placeFieldMessagesEn: PlaceFieldMessages = {
  label: 'Place of birth',
  hint: 'Type the name of the Italian municipality (comune) or of the foreign country, or its cadastral code',
  searching: 'Searching…',
  results: plural('en', { one: '# result', other: '# results' }),
  none: 'No municipality or country found',
  foreignState: 'foreign country',
  validFromTo: (from, to) => `from ${from} to ${to}`,
  validFrom: (from) => `from ${from}`,
  validUntil: (to) => `until ${to}`,
  searchUnavailable:
    'The search is not available at the moment: you can type the cadastral code of the municipality or country (for example G713 for Pistoia).',
  typedCodeUsed: (code) => `The cadastral code ${code} will be used.`,
  notValidAtDate:
    'The place chosen did not exist on the date of birth given: search for the name it had then.',
};

export const placeFieldMessagesDe: PlaceFieldMessages = {
  label: 'Geburtsort',
  hint: 'Geben Sie den Namen der italienischen Gemeinde oder des ausländischen Staates ein, oder den Katastercode',
  searching: 'Suche läuft…',
  results: plural('de', { one: '# Ergebnis', other: '# Ergebnisse' }),
  none: 'Keine Gemeinde und kein Staat gefunden',
  foreignState: 'ausländischer Staat',
  validFromTo: (from, to) => `von ${from} bis ${to}`,
  validFrom: (from) => `seit ${from}`,
  validUntil: (to) => `bis ${to}`,
  searchUnavailable:
    'Die Suche ist derzeit nicht verfügbar: Sie können den Katastercode der Gemeinde oder des Staates eingeben (zum Beispiel G713 für Pistoia).',
  typedCodeUsed: (code) => `Der Katastercode ${code} wird verwendet.`,
  notValidAtDate:
    'Den gewählten Ort gab es am angegebenen Geburtsdatum nicht: Suchen Sie den damaligen Namen.',
};
