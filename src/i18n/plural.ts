type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A plural form: a string where `#` stands for the formatted number, or a function of it. */
export type PluralForm = string | ((count: number, formatted: string) => string);

/** The forms of a plural message; `'=0'` matches zero exactly, before the language's rules. */
export type PluralForms = Partial<Record<PluralCategory | '=0', PluralForm>> & {
  other: PluralForm;
};

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function rulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

export function formatNumber(count: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(count);
}

/**
 * A message that agrees with a number, through Intl.PluralRules of the catalogue's language (any
 * BCP 47 tag, for a language a site adds):
 * `plural('it', { one: '# posto libero', other: '# posti liberi' })(3)` → "3 posti liberi".
 */
export function plural(language: string, forms: PluralForms): (count: number) => string {
  return (count) => {
    const form =
      (count === 0 ? forms['=0'] : undefined) ??
      forms[rulesFor(language).select(count)] ??
      forms.other;
    const formatted = formatNumber(count, language);
    return typeof form === 'function' ? form(count, formatted) : form.replaceAll('#', formatted);
  };
}
