import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  formatDate,
  formatMonth,
  formatTime,
  weekdayNames,
  type DateStyle,
  type WeekStart,
  type WeekdayStyle,
} from '../internal/dates.js';
import { catalogues, mergeDeep, type Catalogue, type DeepPartial } from './catalogue.js';
import { loadTranslation, translationFor, type Translations } from './translations.js';
import {
  findLangElement,
  primarySubtag,
  toLanguage,
  toLocale,
  type Language,
} from './languages.js';
import { formatNumber } from './plural.js';
import { siteMessages } from './site-messages.js';

export type LocalizeHost = ReactiveControllerHost & HTMLElement;

/**
 * An element's own message sections in every language, e.g.
 * `{ it: { slotPicker: {...} }, en: () => import('./en.js').then((m) => m.en), de: ... }`.
 */
export type ElementMessages<E extends object> = Translations<E>;

export interface LocalizeOptions<E extends object> {
  /** The element's `strings` override, read at every update. */
  strings?: () => DeepPartial<Catalogue & E> | undefined;
  /** The element's own sections, kept in its folder so other elements' bundles do not carry them. */
  messages?: ElementMessages<E>;
}

/**
 * Picks the catalogue for the nearest `lang` (own, ancestors across shadow roots, `<html>`,
 * else Italian), merges what the site registered and then the element's `strings` over it, and
 * re-renders the host when a `lang` that decides its language changes or the site registers.
 */
export class LocalizeController<E extends object = object> implements ReactiveController {
  /** The catalogue in use: 'it', 'en' or 'de' (Italian under a language the site added). */
  lang: Language = 'it';
  /** The tag for Intl (e.g. 'it', 'en-GB', 'sl'). */
  locale = 'it';
  /** The subtag whose registered messages apply: `lang`, or a language the site added ('sl'). */
  private site = 'it';

  private readonly host: LocalizeHost;
  private readonly options: LocalizeOptions<E>;
  /** Message parts that code loaded on demand brought (see `extend`). */
  private readonly parts: ElementMessages<object>[] = [];
  private readonly observer = new MutationObserver(() => this.handleLangMutation());
  private langElement: Element | null = null;
  private merged?: {
    site: string;
    revision: number;
    strings: DeepPartial<Catalogue & E> | undefined;
    messages: Catalogue & E;
  };
  private readonly siteChanged = () => this.host.requestUpdate();

  constructor(host: LocalizeHost, options: LocalizeOptions<E> = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The messages: `this.t.m.common.retry`, `this.t.m.common.freeSeats(3)`. */
  get m(): Catalogue & E {
    const strings = this.options.strings?.();
    const lang = this.ready() ? 'it' : this.lang;
    const site = lang === this.lang ? this.site : lang;
    const { revision } = siteMessages;
    const cached = this.merged;
    if (cached?.site === site && cached.revision === revision && cached.strings === strings) {
      return cached.messages;
    }
    let base: Record<string, object> = translationFor(catalogues, lang)!;
    for (const part of this.ownParts) {
      // Parts of one element share its section (`slotPicker`): merge them a level deep.
      const own = translationFor(part, lang) as Record<string, object> | undefined;
      for (const [section, texts] of Object.entries(own ?? {})) {
        base = { ...base, [section]: { ...base[section], ...texts } };
      }
    }
    const registered = siteMessages.messages.get(site);
    if (site !== lang) siteMessages.reportMissing?.(site, base, registered);
    const messages = mergeDeep(mergeDeep(base as Catalogue & E, registered), strings);
    this.merged = { site, revision, strings, messages };
    return messages;
  }

  /**
   * Undefined when the messages of the language are here; else a promise that fetches them and
   * then re-renders the host. Until then `m` answers in Italian; SportelloElement waits for it
   * before rendering, so a visitor never sees one language replaced by another.
   */
  ready(): Promise<void> | undefined {
    const lang = this.lang;
    const all: ElementMessages<object>[] = [catalogues, ...this.ownParts];
    const missing = all.filter((messages) => !translationFor(messages, lang));
    if (missing.length === 0) return undefined;
    return Promise.all(missing.map((messages) => loadTranslation(messages, lang))).then(() => {
      if (this.lang === lang) this.host.requestUpdate();
    });
  }

  /**
   * Adds the messages of a part loaded on demand (a form, a view): its Italian comes with it, the
   * other languages are fetched like the element's own. The host re-renders once they are here.
   */
  extend(part: ElementMessages<object>): void {
    if (this.parts.includes(part)) return;
    this.parts.push(part);
    this.merged = undefined;
    this.host.requestUpdate();
  }

  private get ownParts(): ElementMessages<object>[] {
    const own = this.options.messages;
    return own ? [own, ...this.parts] : this.parts;
  }

  hostConnected(): void {
    siteMessages.listeners.add(this.siteChanged);
    this.resolve();
    this.observe();
  }

  hostUpdate(): void {
    if (this.resolve()) this.observe();
  }

  hostDisconnected(): void {
    siteMessages.listeners.delete(this.siteChanged);
    this.observer.disconnect();
    this.langElement = null;
  }

  date(iso: string, style: DateStyle = 'long'): string {
    return formatDate(iso, this.locale, style);
  }

  /** Office time (Europe/Rome) of an ISO instant: "09:30". */
  time(isoDateTime: string): string {
    return formatTime(isoDateTime, this.locale);
  }

  month(isoMonth: string): string {
    return formatMonth(isoMonth, this.locale);
  }

  weekdays(style: WeekdayStyle = 'short', weekStartsOn: WeekStart = 1): string[] {
    return weekdayNames(this.locale, style, weekStartsOn);
  }

  number(value: number): string {
    return formatNumber(value, this.locale);
  }

  /** Re-reads the language; true when the element that decides it changed. */
  private resolve(): boolean {
    const langElement = findLangElement(this.host);
    const tag = langElement?.getAttribute('lang');
    const subtag = primarySubtag(tag ?? '');
    this.lang = toLanguage(tag);
    const added = subtag !== this.lang && siteMessages.messages.has(subtag);
    this.site = added ? subtag : this.lang;
    this.locale = toLocale(tag, added);
    const changed = langElement !== this.langElement;
    this.langElement = langElement;
    return changed;
  }

  private observe(): void {
    this.observer.disconnect();
    const targets = new Set<Element>([document.documentElement, this.host]);
    if (this.langElement) targets.add(this.langElement);
    for (const target of targets) {
      this.observer.observe(target, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  private handleLangMutation(): void {
    const before = this.locale;
    if (this.resolve()) this.observe();
    if (this.locale !== before) this.host.requestUpdate();
  }
}
