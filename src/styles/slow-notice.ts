import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { renderMessage } from './status.js';

// Loaded by SlowTasks (src/internal/slow-tasks.ts) the first time a request takes long: no widget
// pays for it on its first screen.

/** What a widget's slow requests offer. */
export interface SlowRequests {
  readonly slow: boolean;
  wait(): void;
  retry(): void;
  giveUp(): void;
}

/** "This is taking longer than usual": wait, retry or give up; nothing while requests are quick. */
export function renderSlowNotice(t: LocalizeController, requests: SlowRequests): unknown {
  if (!requests.slow) return nothing;
  const m = t.m.common;
  return html`<div id="slow" class="slow" role="status">
    ${renderMessage(
      t,
      'info',
      html`<p>${m.slowText}</p>
        <div class="button-row">
          <button type="button" class="button button--secondary" @click=${() => requests.wait()}>
            ${m.wait}
          </button>
          <button type="button" class="button button--secondary" @click=${() => requests.retry()}>
            ${m.retry}
          </button>
          <button type="button" class="button button--secondary" @click=${() => requests.giveUp()}>
            ${m.giveUp}
          </button>
        </div>`,
      m.slowTitle,
    )}
  </div>`;
}
