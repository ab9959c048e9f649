import { createApiClient, type ApiClient } from '../api/client.js';

export type TokenGetter = () => string | undefined | Promise<string | undefined>;

export interface ClientSettings {
  apiBase: string;
  credentials: RequestCredentials;
  getToken?: TokenGetter | undefined;
}

/** Keeps one client while (base, credentials, token hook) stay the same, a new one when they change. */
export class ApiClientCache {
  private settings?: ClientSettings;
  private client?: ApiClient;

  get({ apiBase, credentials, getToken }: ClientSettings): ApiClient {
    const previous = this.settings;
    if (
      !this.client ||
      previous?.apiBase !== apiBase ||
      previous.credentials !== credentials ||
      previous.getToken !== getToken
    ) {
      this.client = createApiClient({ baseUrl: apiBase, credentials, getToken });
      this.settings = { apiBase, credentials, getToken };
    }
    return this.client;
  }
}

const CREDENTIALS: readonly RequestCredentials[] = ['same-origin', 'include', 'omit'];

/** An attribute value as RequestCredentials; anything else is undefined (the default applies). */
export function toCredentials(value: string | null | undefined): RequestCredentials | undefined {
  return CREDENTIALS.find((credentials) => credentials === value);
}
