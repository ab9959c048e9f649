export {
  LocalizeController,
  type LocalizeHost,
  type LocalizeOptions,
  type ElementMessages,
} from './localize-controller.js';
export {
  catalogues,
  mergeDeep,
  type Catalogue,
  type DeepPartial,
  type StringsOverride,
} from './catalogue.js';
export {
  LANGUAGES,
  DEFAULT_LANGUAGE,
  toLanguage,
  toLocale,
  findLangElement,
  type Language,
} from './languages.js';
export { loadTranslation, translationFor, type Translations } from './translations.js';
export { plural, formatNumber, type PluralForm, type PluralForms } from './plural.js';
