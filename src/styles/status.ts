import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import { isApiError, type ApiErrorKind } from '../api/errors.js';
import type { LocalizeController } from '../i18n/localize-controller.js';

export type MessageKind = 'info' | 'success' | 'warning' | 'error';

/**
 * Status messages: a shape with a symbol and a visible word ("Errore") say the kind, so colour
 * is never the only cue. `.message.message--error` etc.
 */
export const messages = css`
  .message {
    display: flex;
    gap: var(--_space-3);
    align-items: flex-start;
    margin-block: 0 var(--_space-4);
    padding: var(--_space-3);
    border: 1px solid var(--_accent);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_color-text);
    --_accent: var(--_color-info);
    --_surface: var(--_color-info-surface);
  }

  .message--success {
    --_accent: var(--_color-success);
    --_surface: var(--_color-success-surface);
  }

  .message--warning {
    --_accent: var(--_color-warning);
    --_surface: var(--_color-warning-surface);
  }

  .message--error {
    --_accent: var(--_color-danger);
    --_surface: var(--_color-danger-surface);
  }

  .message__icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_color-background);
    font-weight: 700;
    line-height: 1;
  }

  .message--warning .message__icon {
    border-radius: 0;
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
    padding-top: 0.3rem;
  }

  .message--error .message__icon {
    border-radius: 2px;
  }

  .message__title {
    display: block;
    font-weight: 700;
  }

  .message__body > :last-child {
    margin-block-end: 0;
  }

  .help,
  .slow {
    margin-block: var(--_space-3);
  }

  @media (forced-colors: active) {
    .message {
      border-color: CanvasText;
    }

    .message__icon {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
`;

const ICONS: Record<MessageKind, string> = { info: 'i', success: '✓', warning: '!', error: '×' };

/** A status message; `content` is the text or template under the kind's word. */
export function renderMessage(
  t: LocalizeController,
  kind: MessageKind,
  content: unknown,
  title: string = t.m.status[kind],
): TemplateResult {
  return html`<div class="message message--${kind}" part="message">
    <span class="message__icon" aria-hidden="true">${ICONS[kind]}</span>
    <div class="message__body">
      <strong class="message__title">${title}</strong>
      ${content}
    </div>
  </div>`;
}

export interface ApiErrorOptions {
  /** Shows a "Try again" button that calls this. */
  onRetry?: () => void;
  /** A safe login URL (SportelloElement's resolvedLoginUrl); linked on `unauthorized`. */
  loginUrl?: string;
}

/** The message for a failed request, with a retry button and, on 401, a link to log in. */
export function renderApiError(
  t: LocalizeController,
  kind: ApiErrorKind,
  { onRetry, loginUrl }: ApiErrorOptions = {},
): TemplateResult {
  const login =
    kind === 'unauthorized' && loginUrl
      ? html`<a class="button button--secondary" href=${loginUrl}>${t.m.common.logIn}</a>`
      : nothing;
  const retry =
    onRetry && kind !== 'unauthorized' && kind !== 'forbidden'
      ? html`<button type="button" class="button button--secondary" @click=${onRetry}>
          ${t.m.common.retry}
        </button>`
      : nothing;
  // A failed request appears without the visitor doing anything: say it at once.
  return html`<div role="alert">
    ${renderMessage(
      t,
      'error',
      html`<p>${t.m.apiErrors[kind]}</p>
        ${
          login === nothing && retry === nothing
            ? nothing
            : html`<div class="button-row">${login}${retry}</div>`
        }`,
    )}
  </div>`;
}

/** Whether the page put fallback content (a phone number, a link) inside the element's tag. */
function hasFallback(host: Element): boolean {
  return [...host.childNodes].some(
    (node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim(),
  );
}

/**
 * After a failure, the help the page put inside the tag (shown before the script loads): the
 * office's phone, its booking page. Nothing when the tag was empty.
 */
export function renderFallbackHelp(t: LocalizeController, host: Element): unknown {
  if (!hasFallback(host)) return nothing;
  return html`<div class="help" part="help">
    <p>${t.m.common.help}</p>
    <slot></slot>
  </div>`;
}

/**
 * A polite live region rendered from the first update, so that later text in it is announced.
 * `announce()` empties it first, so the same text said twice is heard twice.
 */
export class LiveAnnouncer implements ReactiveController {
  message = '';
  private readonly host: ReactiveControllerHost;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  announce(message: string): void {
    clearTimeout(this.timer);
    // Out of the current update: empty the region, then fill it, so a screen reader hears it.
    this.timer = setTimeout(() => {
      this.message = '';
      this.host.requestUpdate();
      this.timer = setTimeout(() => {
        this.message = message;
        this.host.requestUpdate();
      }, 100);
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.message = '';
  }

  /** Put this in every render, whatever the state. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.message}
    </div>`;
  }
}

/** The pending, error and complete states of a remote read; on error a retry, or a login on 401. */
export function renderTask<R>(
  t: LocalizeController,
  task: Task<readonly unknown[], R>,
  failure: ApiErrorOptions,
  complete: (value: R) => unknown,
): unknown {
  return task.render({
    pending: () => html`<p class="loading" role="status">${t.m.common.loading}</p>`,
    error: (error) => renderApiError(t, isApiError(error) ? error.kind : 'server', failure),
    complete,
  });
}
