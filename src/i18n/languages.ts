export const LANGUAGES = ['it', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'it';

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The catalogue for a BCP 47 tag: 'it-IT' → 'it', 'de_AT' → 'de', unknown → 'it'. */
export function toLanguage(tag: string | null | undefined): Language {
  const primary = primarySubtag(tag ?? '');
  return isLanguage(primary) ? primary : DEFAULT_LANGUAGE;
}

/**
 * The tag to give Intl: the author's own tag ('en-GB') when it is valid and of a shipped language,
 * or of one the site added (`added`).
 */
export function toLocale(tag: string | null | undefined, added = false): string {
  if (!tag || !(added || isLanguage(primarySubtag(tag)))) return DEFAULT_LANGUAGE;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace('_', '-'))[0] ?? toLanguage(tag);
  } catch {
    return toLanguage(tag);
  }
}

/**
 * The nearest non-empty `lang` attribute: the element's own, then its ancestors, crossing shadow
 * roots through their hosts, up to `<html lang>`.
 */
export function findLangElement(element: Element): Element | null {
  let node: Element | null = element;
  while (node) {
    const found = node.closest('[lang]:not([lang=""])');
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
