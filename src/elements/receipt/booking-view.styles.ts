import { css } from 'lit';

/**
 * The booking itself: status, ticket, facts, actions, dialog and the printed page. Loaded with
 * the booking view and adopted by the receipt's shadow root after its own styles.
 */
export const bookingStyles = css`
  .status {
    display: flex;
    gap: var(--_space-3);
    align-items: center;
    margin-block-end: var(--_space-4);
    padding: var(--_space-3);
    border: 3px solid var(--_accent);
    border-inline-start-width: 12px;
    border-radius: var(--_radius);
    background: var(--_surface);
    --_accent: var(--_color-success);
    --_surface: var(--_color-success-surface);
  }

  .status--cancelled {
    --_accent: var(--_color-danger);
    --_surface: var(--_color-danger-surface);
  }

  .status--checked-in,
  .status--past {
    --_accent: var(--_color-border);
    --_surface: var(--_color-surface);
  }

  .status__icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 3rem;
    height: 3rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_color-background);
    font-size: 2rem;
    font-weight: 700;
  }

  .status__title {
    margin: 0;
    font-size: 1.5rem;
    font-weight: 700;
    line-height: 1.2;
  }

  .status__hint {
    margin: var(--_space-1) 0 0;
  }

  .ticket {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-4);
    align-items: flex-start;
    justify-content: space-between;
    padding: var(--_space-3);
    border: 1px solid var(--_color-divider);
    border-radius: var(--_radius);
  }

  .label {
    margin: 0;
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }

  .code {
    margin: 0 0 var(--_space-3);
    font-family: var(--_font-mono);
    font-size: clamp(1.75rem, 8vw, 2.75rem);
    font-weight: 700;
    letter-spacing: 0.08em;
    color: var(--_color-heading);
  }

  .holder {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 700;
  }

  .ticket__qr {
    margin: 0;
    width: var(--_qr-size);
    max-width: 100%;
  }

  .qr {
    display: block;
    width: 100%;
    aspect-ratio: 1;
    height: auto;
  }

  .qr--pending {
    background: var(--_color-surface);
  }

  .facts {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: var(--_space-2) var(--_space-4);
    margin: var(--_space-4) 0;
  }

  .facts dt {
    font-weight: 700;
    color: var(--_color-heading);
  }

  .facts dd {
    margin: 0;
  }

  .facts ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .facts .plain {
    padding: 0;
    list-style: none;
  }

  .facts a {
    color: var(--_color-primary);
  }

  .when {
    font-size: var(--_font-size-large);
  }

  .actions .hint {
    margin-block-start: var(--_space-3);
  }

  .button--danger-outline {
    border-color: var(--_color-danger);
    color: var(--_color-danger);
  }

  .dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: var(--_space-4);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-text);
    font-family: var(--_font);
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 50%);
  }

  .dialog h3 {
    margin-block-start: 0;
    color: var(--_color-heading);
  }

  .change {
    margin-block-start: var(--_space-5);
    padding-block-start: var(--_space-4);
    border-block-start: 1px solid var(--_color-divider);
  }

  .change h3 {
    margin-block-start: 0;
    color: var(--_color-heading);
  }

  @media (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
      gap: 0 0;
    }

    .facts dd {
      margin-block-end: var(--_space-3);
    }
  }

  /*
   * On a narrow ticket (a phone) the QR code is as wide as the ticket, border to border: the
   * scanner at the entrance reads a large code best, and the code's own white margin of four
   * modules is its quiet zone. Screen only: the printed sizes are set below.
   */
  @media screen {
    .ticket {
      container: ticket / inline-size;
      --_bleed: calc(var(--_space-3) + 1px);
    }

    @container ticket (max-width: 32rem) {
      .ticket__code {
        flex: 1 1 100%;
      }

      .ticket__qr {
        flex: none;
        width: calc(100% + 2 * var(--_bleed));
        max-width: none;
        margin-inline: calc(-1 * var(--_bleed));
      }

      .ticket__qr figcaption {
        padding-inline: var(--_bleed);
      }
    }
  }

  @media (forced-colors: active) {
    .status,
    .status__icon {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    .qr {
      forced-color-adjust: none;
    }
  }

  /* Black on white, no buttons, the QR code large; A4 by default, A6 with print-size="a6". */
  @media print {
    :host {
      --_color-text: #000;
      --_color-heading: #000;
      --_color-muted: #000;
      color: #000;
      font-size: 11pt;
    }

    .base {
      max-width: none;
    }

    .actions,
    .notice,
    .change,
    .dialog,
    button {
      display: none !important;
    }

    .status {
      background: #fff;
      border-color: #000;
      break-inside: avoid;
    }

    .status__icon {
      background: #fff;
      color: #000;
      border: 3px solid #000;
    }

    .ticket {
      flex-wrap: nowrap;
      border: 2px solid #000;
      break-inside: avoid;
    }

    .ticket__qr {
      flex: none;
      width: 75mm;
    }

    .code {
      font-size: 28pt;
    }

    .facts {
      break-inside: avoid;
    }

    .facts a {
      color: #000;
      text-decoration: none;
    }

    :host([print-size='a6']) {
      width: 105mm;
      font-size: 8pt;
    }

    :host([print-size='a6']) .base {
      padding: 4mm;
      border: 1px dashed #000;
    }

    :host([print-size='a6']) .title,
    :host([print-size='a6']) .hint,
    :host([print-size='a6']) .extra {
      display: none;
    }

    :host([print-size='a6']) .status {
      margin-block-end: 2mm;
      padding: 2mm;
    }

    :host([print-size='a6']) .status__title {
      font-size: 12pt;
    }

    :host([print-size='a6']) .status__icon {
      width: 8mm;
      height: 8mm;
      font-size: 12pt;
    }

    :host([print-size='a6']) .ticket {
      padding: 2mm;
      gap: 3mm;
    }

    :host([print-size='a6']) .code {
      font-size: 16pt;
    }

    :host([print-size='a6']) .ticket__qr {
      width: 40mm;
    }

    :host([print-size='a6']) .facts {
      gap: 1mm 3mm;
      margin: 2mm 0 0;
    }
  }
`;
