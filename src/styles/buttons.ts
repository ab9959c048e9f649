import { css } from 'lit';

/**
 * `.button` with `.button--primary` (default look), `.button--secondary` or `.button--link`.
 * Targets are at least 44×44 px (`--sportello-target-size`).
 */
export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-width: var(--_target-size);
    min-height: var(--_target-size);
    padding: var(--_space-2) var(--_space-4);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--_transition),
      border-color var(--_transition),
      color var(--_transition);
  }

  .button:hover {
    background: var(--_color-primary-dark);
    border-color: var(--_color-primary-dark);
  }

  .button--secondary {
    background: var(--_color-background);
    color: var(--_color-primary);
  }

  .button--secondary:hover {
    background: var(--_color-info-surface);
    color: var(--_color-primary-dark);
  }

  .button--link {
    min-width: 0;
    padding: var(--_space-1);
    border-color: transparent;
    background: transparent;
    color: var(--_color-primary);
    font-weight: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .button--link:hover {
    background: transparent;
    border-color: transparent;
    color: var(--_color-primary-dark);
    text-decoration-thickness: 2px;
  }

  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .button--danger {
    background: var(--_color-danger);
    border-color: var(--_color-danger);
  }

  .button-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    margin-block: var(--_space-4) 0;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }

    .button--link {
      border-color: transparent;
      color: LinkText;
    }

    .button:disabled {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
  }
`;
