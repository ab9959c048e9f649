import { createApiClient, type ApiClient } from '../api/client.js';
import type { Language } from '../i18n/languages.js';

export type TokenGetter = () => string | undefined | Promise<string | undefined>;

export interface ClientSettings {
  apiBase: string;
  credentials: RequestCredentials;
  getToken?: TokenGetter | undefined;
  /** The language of the office data; default `it`. */
  language?: Language;
}

/**
 * Keeps one client while (base, credentials, token hook, language) stay the same, a new one when
 * they change: a new client reruns the tasks that take it, so a change of language fetches again.
 */
export class ApiClientCache {
  private settings?: ClientSettings;
  private client?: ApiClient;

  get({ apiBase, credentials, getToken, language = 'it' }: ClientSettings): ApiClient {
    const previous = this.settings;
    if (
      !this.client ||
      previous?.apiBase !== apiBase ||
      previous.credentials !== credentials ||
      previous.getToken !== getToken ||
      previous.language !== language
    ) {
      this.client = createApiClient({ baseUrl: apiBase, credentials, getToken, language });
      this.settings = { apiBase, credentials, getToken, language };
    }
    return this.client;
  }
}

const CREDENTIALS: readonly RequestCredentials[] = ['same-origin', 'include', 'omit'];

/** An attribute value as RequestCredentials; anything else is undefined (the default applies). */
export function toCredentials(value: string | null | undefined): RequestCredentials | undefined {
  return CREDENTIALS.find((credentials) => credentials === value);
}
