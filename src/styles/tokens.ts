import { css } from 'lit';

/**
 * The global theme: every `--sportello-*` property with its Bootstrap Italia default. Each
 * element includes this block first; a page overrides any property on the element or an ancestor.
 * Text colours reach at least 4.5:1 on white and on the tinted status backgrounds.
 */
export const tokens = css`
  :host {
    --_font: var(
      --sportello-font-family,
      'Titillium Web',
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_font-mono: var(--sportello-font-family-mono, 'Roboto Mono', ui-monospace, monospace);
    --_color-primary: var(--sportello-color-primary, #0066cc);
    --_color-primary-dark: var(--sportello-color-primary-dark, #004d99);
    --_color-on-primary: var(--sportello-color-on-primary, #ffffff);
    --_color-text: var(--sportello-color-text, #1a1a1a);
    --_color-heading: var(--sportello-color-heading, #17324d);
    --_color-muted: var(--sportello-color-muted, #5c6f82);
    --_color-background: var(--sportello-color-background, #ffffff);
    --_color-surface: var(--sportello-color-surface, #f5f6f7);
    --_color-border: var(--sportello-color-border, #5c6f82);
    --_color-divider: var(--sportello-color-divider, #d9dadb);
    --_color-danger: var(--sportello-color-danger, #c02b43);
    --_color-danger-surface: var(--sportello-color-danger-surface, #fdeff1);
    --_color-success: var(--sportello-color-success, #008055);
    --_color-success-surface: var(--sportello-color-success-surface, #e8f5ee);
    --_color-warning: var(--sportello-color-warning, #995c00);
    --_color-warning-surface: var(--sportello-color-warning-surface, #fff5e5);
    --_color-info: var(--sportello-color-info, #0066cc);
    --_color-info-surface: var(--sportello-color-info-surface, #e5f0fa);
    --_focus-color: var(--sportello-focus-color, #1a1a1a);
    --_focus-halo: var(--sportello-focus-halo, #ffffff);
    --_radius: var(--sportello-radius, 4px);
    --_space-1: var(--sportello-space-1, 0.25rem);
    --_space-2: var(--sportello-space-2, 0.5rem);
    --_space-3: var(--sportello-space-3, 1rem);
    --_space-4: var(--sportello-space-4, 1.5rem);
    --_space-5: var(--sportello-space-5, 2rem);
    --_font-size: var(--sportello-font-size, 1rem);
    --_font-size-small: var(--sportello-font-size-small, 0.875rem);
    --_font-size-large: var(--sportello-font-size-large, 1.25rem);
    --_line-height: var(--sportello-line-height, 1.5);
    --_target-size: var(--sportello-target-size, 2.75rem);
    --_transition: var(--sportello-transition, 150ms ease-in-out);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    /* Names, addresses and e-mails come from the server: a long one wraps, never widens the page. */
    overflow-wrap: anywhere;
  }

  /*
   * The host counts as focused whenever something inside it is. Design systems that ring every
   * :focus (Bootstrap Italia does, with !important) would draw a frame round the whole widget;
   * an !important of the shadow tree wins over the page's, and the focused control inside keeps
   * its own ring.
   */
  :host(:focus) {
    outline: none !important;
    box-shadow: none !important;
  }

  /* A widget's visible title (\`<h2 class="title">\`). */
  .title {
    margin: 0 0 var(--_space-3);
    color: var(--_color-heading);
    font-size: var(--_font-size-large);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* A dark ring outside a light halo: visible on light and on dark backgrounds. */
  :focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-halo);
  }

  .visually-hidden:not(:focus):not(:active) {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0.01ms !important;
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
