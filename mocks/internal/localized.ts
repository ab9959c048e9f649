/** The languages the reference server speaks; Italian is the fallback (the contract's rule). */
export const LANGUAGES = ['it', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text meant for people, in every language the reference server speaks. */
export interface Text {
  it: string;
  en: string;
  de: string;
}

/**
 * Translations by their Italian: the store keeps Italian, as a court's own database does, and each
 * answer is translated on its way out. One Italian text has one translation everywhere.
 */
const catalogue = new Map<string, Text>();

/** Keeps the translations of a text for the answers, and gives its Italian to the store. */
export function italian(text: Text): string {
  catalogue.set(text.it, text);
  return text.it;
}

/**
 * The fields that hold human text in the contract. Identifiers, codes, proper names (offices,
 * places, judges) and what a person typed (`text`, names) are never under these keys or never in
 * the catalogue, so they come back as they are.
 */
const TEXT_KEYS = new Set([
  'name',
  'description',
  'location',
  'collectionPlace',
  'whatToBring',
  'label',
  'reason',
  'howToReach',
  'title',
]);

/** The best of it/en/de an Accept-Language header asks for (`de-AT, it;q=0.5` → de), else it. */
export function negotiateLanguage(header: string | null): Language {
  let best: { language: Language; q: number } | undefined;
  for (const range of (header ?? '').split(',')) {
    const [tag = '', ...params] = range.trim().toLowerCase().split(';');
    const language = LANGUAGES.find((each) => each === tag.split('-')[0]);
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (language && q > 0 && q > (best?.q ?? 0)) best = { language, q };
  }
  return best?.language ?? 'it';
}

function translateText(text: string, language: Language): string {
  const known = catalogue.get(text);
  if (known) return known[language];
  // Labels the store composes from known parts: "Marca da bollo - Certificato dei carichi pendenti".
  if (text.includes(' - ')) {
    return text
      .split(' - ')
      .map((part) => translateText(part, language))
      .join(' - ');
  }
  // A known text with an aside: "Esente da bollo e diritti (L. 184/1983, art. 82)".
  const aside = /^(.+) \(([^()]+)\)$/.exec(text);
  if (aside && catalogue.has(aside[1]!)) {
    return `${translateText(aside[1]!, language)} (${translateText(aside[2]!, language)})`;
  }
  return text;
}

function translateValue(value: unknown, language: Language, isText: boolean): unknown {
  if (typeof value === 'string') return isText ? translateText(value, language) : value;
  if (Array.isArray(value)) return value.map((item) => translateValue(item, language, isText));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        translateValue(item, language, TEXT_KEYS.has(key)),
      ]),
    );
  }
  return value;
}

/** A copy of an answer's body with its human text in `language`. */
export function translate<T>(body: T, language: Language): T {
  return language === 'it' ? body : (translateValue(body, language, false) as T);
}

/**
 * The body in the language the request asks for, and the headers that say so: spread it into a
 * handler's `response(200).json(...)`.
 */
export function localized<T>(
  request: Request,
  body: T,
): [T, { headers: { 'Content-Language': Language; Vary: string } }] {
  const language = negotiateLanguage(request.headers.get('Accept-Language'));
  return [
    translate(body, language),
    { headers: { 'Content-Language': language, Vary: 'Accept-Language' } },
  ];
}
