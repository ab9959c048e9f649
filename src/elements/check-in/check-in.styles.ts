import { css } from 'lit';
import { buttons, messages, tokens } from '../../styles/index.js';

const checkIn = css`
  .base {
    max-width: var(--sportello-check-in-max-width, 48rem);
  }

  p {
    margin: 0 0 var(--_space-2);
  }

  label {
    display: block;
    font-weight: 700;
    font-size: var(--_font-size-large);
  }

  .hint {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  .field-error {
    color: var(--_color-danger);
    font-weight: 700;
  }

  .entry {
    margin-block-end: var(--_space-4);
  }

  .entry__row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-end: var(--_space-3);
  }

  #entry {
    flex: 1 1 14rem;
    min-width: 0;
    min-height: 3.5rem;
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    font-family: var(--_font-mono);
    font-size: 1.5rem;
    letter-spacing: 0.05em;
  }

  #entry[aria-invalid='true'] {
    border-color: var(--_color-danger);
  }

  .camera {
    display: block;
    width: 100%;
    max-width: 24rem;
    margin-block-start: var(--_space-3);
    border: 2px solid var(--_color-border);
  }

  .camera[hidden] {
    display: none;
  }

  .verdict {
    display: flex;
    gap: var(--_space-4);
    align-items: flex-start;
    padding: var(--_space-4);
    border: 4px solid var(--_accent);
    border-inline-start-width: 16px;
    border-radius: var(--_radius);
    background: var(--_surface);
    --_accent: var(--_color-danger);
    --_surface: var(--_color-danger-surface);
  }

  .verdict--go {
    --_accent: var(--_color-success);
    --_surface: var(--_color-success-surface);
  }

  .verdict--wait {
    --_accent: var(--_color-warning);
    --_surface: var(--_color-warning-surface);
  }

  .verdict__icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 4.5rem;
    height: 4.5rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_color-background);
    font-size: 3rem;
    font-weight: 700;
    line-height: 1;
  }

  .verdict--wait .verdict__icon {
    border-radius: 0;
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
    padding-top: 1rem;
  }

  .verdict--stop .verdict__icon {
    border-radius: 4px;
  }

  .verdict__title {
    margin: 0;
    font-size: clamp(2rem, 7vw, 3rem);
    font-weight: 700;
    line-height: 1.1;
  }

  .verdict__explain {
    margin-block: var(--_space-2);
    font-size: var(--_font-size-large);
  }

  .verdict__holder strong {
    font-size: 1.75rem;
  }

  .label {
    display: block;
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  .verdict__facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space-1) var(--_space-3);
    margin: var(--_space-2) 0 0;
  }

  .verdict__facts dt {
    font-weight: 700;
  }

  .verdict__facts dd {
    margin: 0;
    /* Words stay whole at 320 px; only one longer than the line breaks. */
    overflow-wrap: break-word;
  }

  .code {
    font-family: var(--_font-mono);
    font-weight: 700;
  }

  .verdict__offline {
    margin-block: var(--_space-3) 0;
    font-weight: 700;
  }

  .queue {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
    margin-block-start: var(--_space-4);
    padding: var(--_space-3);
    border: 2px dashed var(--_color-warning);
    border-radius: var(--_radius);
  }

  .queue p {
    margin: 0;
    font-weight: 700;
  }

  @media (max-width: 30rem) {
    .verdict {
      flex-direction: column;
    }
  }

  @media (forced-colors: active) {
    .verdict,
    .verdict__icon {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    #entry {
      border-color: FieldText;
    }

    #entry[aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;

export const styles = [tokens, buttons, messages, checkIn];
