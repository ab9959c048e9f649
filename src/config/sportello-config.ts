import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { configContext, type SportelloConfig as ConfigValue } from './context.js';
import { ApiClientCache, toCredentials, type TokenGetter } from './api-client-cache.js';

/**
 * Page-wide settings for every Sportello widget inside it: where the backend is, whether cookies
 * go with the requests, where to log in. It shows nothing of its own. Its `lang` attribute is the
 * language of the widgets inside (they read the nearest `lang`).
 *
 * @summary Shares the api-base, credentials and login URL with the widgets inside it.
 * @slot - The widgets (and anything else).
 * @attr {string} lang - Language of the widgets inside: `it` (default), `en` or `de`.
 * @status stable
 */
export class SportelloConfig extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the backend; requests go to `${apiBase}/<path of the contract>`. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Whether cookies go with the requests: `same-origin` (default), `include` or `omit`. */
  @property() credentials: RequestCredentials = 'same-origin';

  /** Where a visitor logs in (SPID, CIE, CNS) when the backend answers 401. */
  @property({ attribute: 'login-url' }) loginUrl = '';

  /** Returns a bearer token for the backend, when the host site uses tokens instead of cookies. */
  @property({ attribute: false }) getToken?: TokenGetter;

  @provide({ context: configContext }) protected config?: ConfigValue;

  private readonly clients = new ApiClientCache();

  override connectedCallback(): void {
    super.connectedCallback();
    // Widgets inside ask for the context as they connect, before this element's first update.
    this.config ??= this.buildConfig();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = ['apiBase', 'credentials', 'loginUrl', 'getToken'] as const;
    if (this.config && !keys.some((key) => changed.has(key))) return;
    const next = this.buildConfig();
    // The client is cached, so an unchanged client and login URL mean nothing changed.
    if (next.api !== this.config?.api || next.loginUrl !== this.config.loginUrl) this.config = next;
  }

  private buildConfig(): ConfigValue {
    const credentials = toCredentials(this.credentials) ?? 'same-origin';
    const { apiBase, loginUrl, getToken } = this;
    const api = this.clients.get({ apiBase, credentials, getToken });
    return { apiBase, credentials, loginUrl, getToken, api };
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
