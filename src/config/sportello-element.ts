import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ApiClient } from '../api/client.js';
import { RequestScopeController } from '../api/request-scope.js';
import { LocalizeController, type ElementMessages } from '../i18n/localize-controller.js';
import type { Catalogue, DeepPartial } from '../i18n/catalogue.js';
import { safeHref } from '../internal/urls.js';
import { tokens } from '../styles/tokens.js';
import { configContext, ensureContextRoot, type SportelloConfig } from './context.js';
import { ApiClientCache, toCredentials, type TokenGetter } from './api-client-cache.js';

/**
 * What every Sportello widget shares: the settings of the nearest `<sportello-config>` (or its
 * own attributes, which win), the api client, the localized messages and a request scope.
 */
export class SportelloElement<E extends object = object> extends LitElement {
  static override styles: CSSResultGroup = tokens;

  /** The element's own message sections in it, en and de (see `ElementMessages`). */
  static messages?: ElementMessages<object>;

  /** Base URL of the backend for this widget alone; overrides `<sportello-config>`. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** `same-origin`, `include` or `omit`; when unset, the config's (or `same-origin`). */
  @property() credentials?: RequestCredentials;

  /** Where to log in when the backend answers 401; overrides `<sportello-config>`. */
  @property({ attribute: 'login-url' }) loginUrl = '';

  /** Returns a bearer token for this widget's own backend; overrides `<sportello-config>`. */
  @property({ attribute: false }) getToken?: TokenGetter;

  /** Messages that replace the defaults, any subset: `{ common: { retry: 'Ancora' } }`. */
  @property({ attribute: false }) strings?: DeepPartial<Catalogue & E>;

  @consume({ context: configContext, subscribe: true })
  protected config?: SportelloConfig;

  /** Localized messages and formatters: `this.t.m.common.retry`, `this.t.time(slot.start)`. */
  protected readonly t: LocalizeController<E> = new LocalizeController<E>(this, {
    strings: () => this.strings,
    messages: (this.constructor as { messages?: ElementMessages<E> }).messages,
  });

  /** Aborts this widget's requests when it leaves the page: `api.x({ signal: scope.signal(s) })`. */
  protected readonly requestScope = new RequestScopeController(this);

  private readonly ownClients = new ApiClientCache();

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
  }

  /** Holds the first render (and a change of language) until the language's messages are here. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.t.ready();
    if (!loading) return super.scheduleUpdate();
    return loading.then(
      () => super.scheduleUpdate(),
      () => super.scheduleUpdate(),
    );
  }

  /**
   * The client to call: the config's, or one of this widget's own when its attributes or its
   * language differ. Undefined when no api-base is set anywhere. Stable while the settings and the
   * language are, so it can be a Task argument (a new client reruns the task: a change of `lang`
   * fetches the office data again, in the new language).
   */
  get api(): ApiClient | undefined {
    const config = this.config;
    const credentials = toCredentials(this.credentials);
    const language = this.t.lang;
    const ownSettings =
      this.apiBase !== '' ||
      (credentials !== undefined && credentials !== config?.credentials) ||
      (this.getToken !== undefined && this.getToken !== config?.getToken) ||
      (config !== undefined && config.api.language !== language);
    if (!ownSettings) return config?.apiBase ? config.api : undefined;
    const apiBase = this.apiBase || config?.apiBase || '';
    if (!apiBase) return undefined;
    return this.ownClients.get({
      apiBase,
      credentials: credentials ?? config?.credentials ?? 'same-origin',
      getToken: this.getToken ?? config?.getToken,
      language,
    });
  }

  /** The login URL in effect (own, else the config's), only when it is http(s) or relative. */
  protected get resolvedLoginUrl(): string {
    return safeHref(this.loginUrl || this.config?.loginUrl);
  }
}
