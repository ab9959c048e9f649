import type { CheckInMessages } from '../elements/check-in/messages/index.js';
import type { ReceiptMessages } from '../elements/receipt/messages/index.js';
import type { SlotPickerMessages } from '../elements/slot-picker/messages/index.js';
import { mergeDeep, type Catalogue, type DeepPartial } from './catalogue.js';
import { primarySubtag, type Language } from './languages.js';
import { siteMessages } from './site-messages.js';

/** Every message of every element: what a new language gives in full. */
export type Messages = Catalogue & SlotPickerMessages & ReceiptMessages & CheckInMessages;

/**
 * A site's messages for one language, `code` being its subtag ('it', 'sl'): for it, en and de any
 * subset, merged over the defaults; for a new language all of them (Italian fills any gap).
 */
export type Translation =
  ({ code: Language } & DeepPartial<Messages>) | ({ code: string } & Messages);

function countMissing(base: object, given: object | undefined): number {
  let missing = 0;
  for (const [key, value] of Object.entries(base as Record<string, unknown>)) {
    const other = (given as Record<string, unknown> | undefined)?.[key];
    if (typeof value === 'object' && value !== null) missing += countMissing(value, other ?? {});
    else if (other === undefined) missing++;
  }
  return missing;
}

/** Tells the webmaster, once per language and sections, how many messages fall back to Italian. */
function reportMissing(lang: string, italian: object, given: object | undefined): void {
  const sections = Object.keys(italian).join(', ');
  const key = `${lang}: ${sections}`;
  const missing = countMissing(italian, given);
  const warned = (siteMessages.warned ??= new Set());
  if (!missing || warned.has(key)) return;
  warned.add(key);
  console.warn(
    `Sportello: the "${lang}" translation lacks ${missing} messages of ${sections}; ` +
      'they are shown in Italian.',
  );
}

/**
 * Gives every Sportello widget of the page the site's messages, before or after they load:
 * `registerTranslation({ code: 'it', common: { retry: 'Prova di nuovo' } })`. Registering a
 * language again merges over what it had.
 */
export function registerTranslation(...translations: Translation[]): void {
  siteMessages.reportMissing ??= reportMissing;
  for (const { code, ...messages } of translations) {
    const lang = primarySubtag(code);
    siteMessages.messages.set(lang, mergeDeep(siteMessages.messages.get(lang) ?? {}, messages));
  }
  siteMessages.revision++;
  for (const listener of siteMessages.listeners) listener();
}

/** What the site registered for a language subtag. */
export function registeredMessages(lang: string): object | undefined {
  return siteMessages.messages.get(lang);
}
