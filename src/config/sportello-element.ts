import { LitElement, type CSSResult, type CSSResultGroup } from 'lit';
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

/** What a part of a widget loaded on demand brings (see `addPart`). */
export interface WidgetPart {
  styles?: readonly CSSResult[];
  messages?: ElementMessages<object>;
}

/**
 * What every Sportello widget shares: the settings of the nearest `<sportello-config>` (or its
 * own attributes, which win), the api client, the localized messages and a request scope.
 *
 * The global theme below (`src/styles/tokens.ts`) applies to every element; set it on the element,
 * on `<sportello-config>` or on any ancestor.
 *
 * @attr {string} lang - Language of the widget: `it` (default), `en` or `de`; when unset, the nearest ancestor's `lang`, up to `<html lang>`.
 * @cssproperty [--sportello-font-family='Titillium Web', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif] - font of every text
 * @cssproperty [--sportello-font-family-mono='Roboto Mono', ui-monospace, monospace] - font of booking codes and times
 * @cssproperty [--sportello-font-size=1rem] - body text size
 * @cssproperty [--sportello-font-size-small=0.875rem] - hints, captions and secondary text
 * @cssproperty [--sportello-font-size-large=1.25rem] - titles and headings
 * @cssproperty [--sportello-line-height=1.5] - line height of the text
 * @cssproperty [--sportello-color-primary=#0066cc] - buttons, links, focus of fields, selected items
 * @cssproperty [--sportello-color-primary-dark=#004d99] - buttons when hovered or pressed
 * @cssproperty [--sportello-color-on-primary=#ffffff] - text on the primary colour
 * @cssproperty [--sportello-color-text=#1a1a1a] - body text
 * @cssproperty [--sportello-color-heading=#17324d] - headings
 * @cssproperty [--sportello-color-muted=#5c6f82] - hints and secondary text
 * @cssproperty [--sportello-color-background=#ffffff] - background of the widget, fields and cards
 * @cssproperty [--sportello-color-surface=#f5f6f7] - tinted panels: the ticket, read-only fields
 * @cssproperty [--sportello-color-border=#5c6f82] - borders of fields, days and slots
 * @cssproperty [--sportello-color-divider=#d9dadb] - lines between sections and rows
 * @cssproperty [--sportello-color-danger=#c02b43] - errors and destructive buttons
 * @cssproperty [--sportello-color-danger-surface=#fdeff1] - background of error messages
 * @cssproperty [--sportello-color-success=#008055] - confirmations and valid check-ins
 * @cssproperty [--sportello-color-success-surface=#e8f5ee] - background of confirmations
 * @cssproperty [--sportello-color-warning=#995c00] - warnings
 * @cssproperty [--sportello-color-warning-surface=#fff5e5] - background of warnings
 * @cssproperty [--sportello-color-info=#0066cc] - information messages
 * @cssproperty [--sportello-color-info-surface=#e5f0fa] - background of information messages and hovered items
 * @cssproperty [--sportello-focus-color=#1a1a1a] - focus ring
 * @cssproperty [--sportello-focus-halo=#ffffff] - light halo round the focus ring
 * @cssproperty [--sportello-radius=4px] - corner radius of buttons, fields and panels
 * @cssproperty [--sportello-space-1=0.25rem] - smallest spacing step
 * @cssproperty [--sportello-space-2=0.5rem] - small spacing step
 * @cssproperty [--sportello-space-3=1rem] - medium spacing step
 * @cssproperty [--sportello-space-4=1.5rem] - large spacing step
 * @cssproperty [--sportello-space-5=2rem] - largest spacing step
 * @cssproperty [--sportello-target-size=2.75rem] - smallest height of buttons, fields, days and slots
 * @cssproperty [--sportello-transition=150ms ease-in-out] - hover and focus transitions
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

  /**
   * Takes in a part of the widget loaded on demand (a step, a view): its styles join the shadow
   * root's and its messages the catalogue, so that the first screen carries neither.
   */
  protected addPart({ styles = [], messages }: WidgetPart): void {
    const root = this.renderRoot as ShadowRoot;
    const sheets = styles
      .map((style) => style.styleSheet)
      .filter(
        (sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet),
      );
    if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
    if (messages) this.t.extend(messages);
  }

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
