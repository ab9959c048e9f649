import { css } from 'lit';

/**
 * A review's summary: `dl.summary` > `.summary__row` > `dt`, `dd`, `dd.summary__action` (a
 * "Modifica" button); `.code` for codes typed by people.
 */
export const summary = css`
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
