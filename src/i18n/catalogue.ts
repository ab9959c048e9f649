import { it, type Catalogue } from './catalogues/it.js';
import type { Translations } from './translations.js';

export type { Catalogue };

/** The messages every element shares; English and German load on demand. */
export const catalogues: Translations<Catalogue> = {
  it,
  en: () => import('./catalogues/en.js').then((module) => module.en),
  de: () => import('./catalogues/de.js').then((module) => module.de),
};

/** A partial catalogue: any section, any message, at any depth. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown
    ? T[K]
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K];
};

/** Overrides that an author gives an element (`el.strings = { common: { retry: 'Ancora' } }`). */
export type StringsOverride = DeepPartial<Catalogue>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A new object: `base` with every defined leaf of `override` put over it. */
export function mergeDeep<T extends object>(base: T, override: DeepPartial<T> | undefined): T {
  if (!override) return base;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] =
      isPlainObject(current) && isPlainObject(value) ? mergeDeep(current, value) : value;
  }
  return merged as T;
}
