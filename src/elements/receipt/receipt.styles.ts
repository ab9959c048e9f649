import { css } from 'lit';
import { buttons, messages, tokens } from '../../styles/index.js';

/** What the receipt needs before the booking arrives: frame, title, loading and error states. */
const shell = css`
  :host {
    --_max-width: var(--sportello-receipt-max-width, 44rem);
    --_qr-size: var(--sportello-receipt-qr-size, 12rem);
  }

  .base {
    max-width: var(--_max-width);
  }

  p {
    margin: 0 0 var(--_space-2);
  }

  .hint {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
`;

export const styles = [tokens, buttons, messages, shell];
