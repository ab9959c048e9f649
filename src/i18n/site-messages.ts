/**
 * What a site registered with `registerTranslation`, on globalThis so that two copies of the library
 * on one page share it. Widgets only read it here; the registering code lives in registry.ts, which
 * only pages that register load.
 */
export interface SiteMessages {
  /** Per language subtag ('it', 'sl'), merged over the catalogues. */
  readonly messages: Map<string, object>;
  /** Each connected widget's re-render. */
  readonly listeners: Set<() => void>;
  /** Grows at each registration: the widgets' merged messages are stale. */
  revision: number;
  /** Set by registerTranslation: warns once about what a new language lacks. */
  reportMissing?: (lang: string, italian: object, given: object | undefined) => void;
  /** Languages and sections whose gaps were already reported. */
  warned?: Set<string>;
}

export const siteMessages: SiteMessages = ((globalThis as { [key: symbol]: SiteMessages })[
  Symbol.for('sportello.translations')
] ??= { messages: new Map(), listeners: new Set(), revision: 0 });
