import type { CSSResult } from 'lit';

/**
 * Adds styles to a shadow root after its first render, for parts of a widget loaded on demand
 * (the booking form, the receipt's booking view): the first screen does not carry their CSS.
 */
export function adoptMoreStyles(root: ShadowRoot, styles: readonly CSSResult[]): void {
  const sheets = styles
    .map((style) => style.styleSheet)
    .filter((sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet));
  if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}
