import { css } from 'lit';
import { summary } from '../../styles/index.js';
import { placeFieldStyles } from './place-field.js';

const done = css`
  .hint {
    margin: 0 0 var(--_space-3);
  }

  .mismatches {
    margin: 0;
    padding-inline-start: var(--_space-4);
  }

  .done__number {
    margin: 0;
    font-size: var(--_font-size-large);
  }

  .done__title {
    margin: var(--_space-3) 0 var(--_space-2);
    color: var(--_color-heading);
    font-size: var(--_font-size);
  }

  /* Grouped by four with spaces, so it wraps between groups; a longer one still wraps. */
  .notice-code {
    overflow-wrap: anywhere;
  }

  .print-form {
    display: none;
  }

  @media print {
    .print-form[data-sportello-print-target] {
      display: block !important;
      color: #000;
      font-size: 11pt;
    }

    .print-form h2 {
      font-size: 16pt;
    }

    .print-form__sign {
      margin-top: 12mm;
    }
  }
`;

/** The styles of the steps loaded on demand: the person, the collection, the review, the end. */
export const laterStyles = [summary, placeFieldStyles, done];
