import { css } from 'lit';
import { errorSummary, fields } from '../../styles/index.js';

/** The times of a day. */
const slots = css`
  /* Two columns even on a 320 px phone; every button of a row as tall as the tallest. */
  ul.slot-list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 7rem), 1fr));
  }

  .slot {
    display: grid;
    align-content: center;
    width: 100%;
    height: 100%;
    min-height: var(--_target-size);
    padding: var(--_space-2);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_color-background);
    color: var(--_color-heading);
    font: inherit;
    cursor: pointer;
  }

  .slot:hover:not(:disabled) {
    background: var(--_color-info-surface);
  }

  .slot:disabled {
    border-color: var(--_color-divider);
    background: var(--_color-surface);
    color: var(--_color-muted);
    cursor: not-allowed;
  }

  .slot__time {
    font-size: var(--_font-size-large);
    font-weight: 600;
  }

  .slot__places {
    font-size: var(--_font-size-small);
  }
`;

/** The review's summary. */
const summary = css`
  dl.summary {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) minmax(0, 1fr) auto;
    margin: 0;
    border-top: 1px solid var(--_color-divider);
  }

  .summary__row {
    display: contents;
  }

  .summary__row > * {
    margin: 0;
    padding: var(--_space-2) var(--_space-3) var(--_space-2) 0;
    border-bottom: 1px solid var(--_color-divider);
    overflow-wrap: anywhere;
  }

  .summary__row dt {
    font-weight: 600;
  }

  .summary__action {
    text-align: end;
  }

  .code,
  .input--code {
    font-family: var(--_font-mono);
    letter-spacing: 0.05em;
    text-transform: uppercase;
  }

  @media (max-width: 30rem) {
    dl.summary {
      grid-template-columns: minmax(0, 1fr) auto;
    }

    .summary__row dt {
      border-bottom: none;
    }

    .summary__row dd:not(.summary__action) {
      grid-column: 1;
    }
  }
`;

/** The styles of the steps loaded on demand: times, form, review. */
export const laterStyles = [slots, fields, errorSummary, summary];
