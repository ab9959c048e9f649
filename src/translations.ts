/**
 * Site-wide messages and languages for every widget of the page: the entry of
 * dist/cdn/translations.js, also exported by sportello.js and by the package.
 */
export { registerTranslation, type Messages, type Translation } from './i18n/registry.js';
export { plural, type PluralForm, type PluralForms } from './i18n/plural.js';
