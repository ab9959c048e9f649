import { css, html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';

export interface ErrorSummaryItem {
  /** The id of the field inside the same shadow root. */
  id: string;
  message: string;
}

export const errorSummary = css`
  .error-summary {
    margin-block: 0 var(--_space-4);
    padding: var(--_space-3) var(--_space-4);
    border: 4px solid var(--_color-danger);
    border-radius: var(--_radius);
    background: var(--_color-background);
  }

  .error-summary__title {
    margin: 0 0 var(--_space-2);
    font-size: var(--_font-size-large);
    line-height: 1.25;
    color: var(--_color-text);
  }

  .error-summary__list {
    margin: 0;
    padding-inline-start: var(--_space-4);
  }

  .error-summary__list a {
    color: var(--_color-danger);
    font-weight: 600;
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    .error-summary {
      border-color: CanvasText;
    }
  }
`;

/** Focuses a field of the shadow root by id: a fragment link cannot reach inside a shadow root. */
export function focusField(root: ParentNode, id: string): void {
  const field = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (!field) return;
  field.scrollIntoView?.({ block: 'center' });
  field.focus();
}

/** Moves focus to the summary's heading; call it after the update that showed the summary. */
export function focusErrorSummary(root: ParentNode): void {
  root.querySelector<HTMLElement>('.error-summary__title')?.focus();
}

/**
 * The list of what to fix, each item a link to its field. Its title is a level-4 heading: the
 * widgets' steps are level 3 under their level-2 title. `onLinkClick` gets the field id; pass
 * `(id) => focusField(this.renderRoot, id)`.
 */
export function renderErrorSummary(
  t: LocalizeController,
  errors: readonly ErrorSummaryItem[],
  onLinkClick: (id: string) => void,
): TemplateResult {
  const handleClick = (event: Event, id: string) => {
    event.preventDefault();
    onLinkClick(id);
  };
  return html`<div class="error-summary" role="alert" part="error-summary">
    <h4 class="error-summary__title" tabindex="-1">${t.m.common.errorSummaryTitle}</h4>
    <p class="visually-hidden">${t.m.common.errorCount(errors.length)}</p>
    <ul class="error-summary__list">
      ${errors.map(
        ({ id, message }) =>
          html`<li>
            <a href="#${id}" @click=${(event: Event) => handleClick(event, id)}>${message}</a>
          </li>`,
      )}
    </ul>
  </div>`;
}
