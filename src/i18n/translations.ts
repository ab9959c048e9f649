import type { Language } from './languages.js';

/**
 * Messages in every language: Italian, the default, is bundled; the others are fetched with
 * import() the first time a page asks for them, so that an Italian court site does not carry them.
 */
export type Translations<M> = { readonly it: M } & {
  readonly [L in Exclude<Language, 'it'>]: () => Promise<M>;
};

const tables = new WeakMap<object, Map<Language, unknown>>();
const loading = new WeakMap<object, Map<Language, Promise<unknown>>>();

function loadedOf<M>(translations: Translations<M>): Map<Language, M> {
  let loaded = tables.get(translations) as Map<Language, M> | undefined;
  if (!loaded) {
    loaded = new Map<Language, M>([['it', translations.it]]);
    tables.set(translations, loaded);
  }
  return loaded;
}

/** The messages of a language, when they are already here. */
export function translationFor<M>(translations: Translations<M>, lang: Language): M | undefined {
  return loadedOf(translations).get(lang);
}

/** Fetches a language once; later calls share the same promise. */
export function loadTranslation<M>(translations: Translations<M>, lang: Language): Promise<M> {
  const ready = translationFor(translations, lang);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(translations);
  if (!pending) loading.set(translations, (pending = new Map<Language, Promise<unknown>>()));
  let promise = pending.get(lang) as Promise<M> | undefined;
  if (!promise) {
    const loader = translations[lang as Exclude<Language, 'it'>];
    promise = loader().then((messages) => {
      loadedOf(translations).set(lang, messages);
      return messages;
    });
    pending.set(lang, promise);
  }
  return promise;
}
