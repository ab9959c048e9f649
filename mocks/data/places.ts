import type { Place } from '../../src/api/types.js';

/**
 * The registry of Italian comuni (with the comuni that ceased, merged or were renamed) and of
 * foreign states (the ones that no longer exist too), with their Belfiore codes and validity:
 * ANPR's archive of comuni (Ministero dell'Interno, CC BY 4.0), ISTAT's lists of foreign states
 * (CC BY 3.0 IT) and the Agenzia delle Entrate's codes (CC BY 4.0), as packaged by
 * @marketto/belfiore-connector-embedded. Loaded the first time a request needs a place: decoding
 * its ten thousand entries takes about two seconds, which booking-only servers do not pay.
 */
export interface PlaceRegistry {
  /** The place with this Belfiore code, whatever its validity. */
  byCode(code: string): Place | undefined;
  /**
   * Places whose name, or its rest from a word on, starts with `query`: accents, case, spaces and
   * apostrophes ignored ("santagata", "Sant Agata" and "sant'agata" find "Sant'Agata Fossili").
   */
  search(query: string, date?: string): Place[];
}

export const MAX_PLACES = 20;

/** The words of a name, lower case and without accents: "Sant'Agata" → ["sant", "agata"]. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s'’`.-]+/)
    .filter(Boolean);
}

export function validOn(place: Place, date: string): boolean {
  return place.validFrom <= date && (!place.validTo || date <= place.validTo);
}

interface Entry {
  place: Place;
  /** The name's words joined, and joined from each later word on. */
  starts: string[];
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The dataset's expiration is the first day a place no longer exists; `validTo` is its last. */
function lastDay(expiration: Date): string | undefined {
  if (expiration.getUTCFullYear() >= 9999) return undefined;
  return isoDay(new Date(expiration.getTime() - 86_400_000));
}

async function build(): Promise<PlaceRegistry> {
  const { default: connector } = await import('@marketto/belfiore-connector-embedded');
  const entries: Entry[] = (await connector.toArray()).map((source) => {
    const validTo = lastDay(source.expirationDate);
    const place: Place = {
      code: source.belfioreCode,
      name: source.name,
      kind: source.province ? 'comune' : 'foreign-state',
      ...(source.province ? { province: source.province } : {}),
      validFrom: isoDay(source.creationDate),
      ...(validTo ? { validTo } : {}),
    };
    const parts = words(source.name);
    return { place, starts: parts.map((_, i) => parts.slice(i).join('')) };
  });
  entries.sort((a, b) => a.place.name.localeCompare(b.place.name, 'it'));
  const codes = new Map(entries.map((entry) => [entry.place.code, entry.place]));
  return {
    byCode: (code) => codes.get(code),
    search(query, date) {
      const folded = words(query).join('');
      const found: Array<{ place: Place; rank: number }> = [];
      for (const { place, starts } of entries) {
        if (date && !validOn(place, date)) continue;
        if (place.code === query.toUpperCase()) found.push({ place, rank: 0 });
        else if (starts[0]!.startsWith(folded)) found.push({ place, rank: 1 });
        else if (starts.some((start) => start.startsWith(folded))) found.push({ place, rank: 2 });
      }
      // Names that start with the query first ("Prato" before "Poggio a Caiano ... Prato").
      return found
        .sort((a, b) => a.rank - b.rank)
        .slice(0, MAX_PLACES)
        .map((each) => each.place);
    },
  };
}

let registry: Promise<PlaceRegistry> | undefined;

/** The registry, built once per page or process. */
export function loadPlaces(): Promise<PlaceRegistry> {
  registry ??= build();
  return registry;
}
