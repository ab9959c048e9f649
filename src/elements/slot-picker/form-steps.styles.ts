import { css } from 'lit';
import { errorSummary, fields, summary } from '../../styles/index.js';

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

/** The styles of the steps loaded on demand: times, form, review. */
export const laterStyles = [slots, fields, errorSummary, summary];
