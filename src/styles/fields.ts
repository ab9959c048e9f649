import { css } from 'lit';

/**
 * Form fields, GOV.UK-style: `.field` > `label.field__label`, `.field__hint`, `.field__error`,
 * then `input.input` / `select.select` / `textarea.textarea`. `.field--error` (or
 * `[aria-invalid='true']` on the control) marks an error. Radios and checkboxes: `.choices` >
 * `label.choice` > `input` + text. Groups: `fieldset.fieldset` > `legend.fieldset__legend`.
 */
export const fields = css`
  .field {
    display: grid;
    gap: var(--_space-1);
    margin-block: 0 var(--_space-4);
  }

  .field__label,
  .fieldset__legend {
    font-weight: 600;
    color: var(--_color-text);
  }

  .fieldset {
    min-width: 0;
    margin: 0 0 var(--_space-4);
    padding: 0;
    border: 0;
  }

  .fieldset__legend {
    padding: 0;
    margin-block-end: var(--_space-2);
  }

  .field__hint {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  .field__error {
    color: var(--_color-danger);
    font-weight: 600;
  }

  .input,
  .select,
  .textarea {
    width: 100%;
    max-width: 100%;
    min-height: var(--_target-size);
    padding: var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
    color: var(--_color-text);
    font: inherit;
  }

  .textarea {
    min-height: 6rem;
    resize: vertical;
  }

  /* Shown, not typed: a value the visitor cannot change here. */
  .input[readonly] {
    border-style: dashed;
    background: var(--_color-surface);
  }

  .field--error .input,
  .field--error .select,
  .field--error .textarea,
  [aria-invalid='true'] {
    border: 2px solid var(--_color-danger);
  }

  .field--error {
    padding-inline-start: var(--_space-3);
    border-inline-start: 4px solid var(--_color-danger);
  }

  .choices {
    display: grid;
    gap: var(--_space-2);
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    min-height: var(--_target-size);
    padding-block: var(--_space-2);
    cursor: pointer;
  }

  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }

  @media (forced-colors: active) {
    .input,
    .select,
    .textarea {
      border-color: FieldText;
    }

    .field--error,
    [aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
