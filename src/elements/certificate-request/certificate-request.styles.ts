import { css } from 'lit';
import { buttons, errorSummary, fields, messages, tokens } from '../../styles/index.js';

const layout = css`
  :host {
    max-width: var(--sportello-certificate-request-max-width, 44rem);
  }

  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    /* Names and labels come from the server: a long one wraps instead of widening the page. */
    overflow-wrap: anywhere;
  }

  .heading {
    margin: 0;
    color: var(--_color-heading);
    font-size: var(--_font-size-large);
    line-height: 1.3;
  }

  .heading:focus,
  #failure:focus {
    outline: none;
  }

  .progress,
  .loading {
    margin: 0;
    color: var(--_color-muted);
  }

  .back {
    justify-self: start;
  }

  .choice--described {
    align-items: flex-start;
  }

  .choice__label {
    display: block;
    font-weight: 600;
  }

  .fees {
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_color-border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .fees__title {
    margin: 0 0 var(--_space-2);
    color: var(--_color-heading);
    font-size: var(--_font-size);
  }

  .fees__lines {
    margin: 0 0 var(--_space-2);
    padding-inline-start: var(--_space-4);
  }

  .fees__total,
  .fees__empty,
  .fees__note {
    margin: 0 0 var(--_space-2);
  }

  .fees__note {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  @media (forced-colors: active) {
    .fees {
      border-color: CanvasText;
    }
  }
`;

export const styles = [tokens, buttons, fields, errorSummary, messages, layout];
