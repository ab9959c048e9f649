/**
 * Printing a page that holds a receipt prints the receipt alone. The shadow root cannot reach the
 * host page, so one stylesheet is adopted by the document (a constructed sheet: allowed under
 * `style-src 'self'`). While a receipt shows a booking, <html> carries `data-sportello-print`
 * and the receipt `data-sportello-print-target`; in print, every element that neither is nor
 * contains the target is hidden, and the ancestors lose their spacing and backgrounds.
 */
export const PRINT_ROOT_ATTRIBUTE = 'data-sportello-print';
export const PRINT_TARGET_ATTRIBUTE = 'data-sportello-print-target';

const DOCUMENT_PRINT_CSS = `
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  html[${PRINT_ROOT_ATTRIBUTE}] body *:not([${PRINT_TARGET_ATTRIBUTE}]):not(:has([${PRINT_TARGET_ATTRIBUTE}])) {
    display: none !important;
  }
  html[${PRINT_ROOT_ATTRIBUTE}],
  html[${PRINT_ROOT_ATTRIBUTE}] body,
  html[${PRINT_ROOT_ATTRIBUTE}] body :has([${PRINT_TARGET_ATTRIBUTE}]) {
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    box-shadow: none !important;
    background: none !important;
    min-height: 0 !important;
    max-width: none !important;
    width: auto !important;
    position: static !important;
  }
  html[${PRINT_ROOT_ATTRIBUTE}] [${PRINT_TARGET_ATTRIBUTE}] {
    margin: 0 !important;
  }
}`;

let sheet: CSSStyleSheet | undefined;
const targets = new Set<Element>();

function adoptDocumentSheet(): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(DOCUMENT_PRINT_CSS);
  }
  if (!document.adoptedStyleSheets.includes(sheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
}

/** Marks `element` as what the page prints; the last marked receipt wins. */
export function markPrintTarget(element: Element): void {
  adoptDocumentSheet();
  for (const other of targets) if (other !== element) other.removeAttribute(PRINT_TARGET_ATTRIBUTE);
  targets.clear();
  targets.add(element);
  element.setAttribute(PRINT_TARGET_ATTRIBUTE, '');
  document.documentElement.setAttribute(PRINT_ROOT_ATTRIBUTE, '');
}

/** The page prints as a whole again. */
export function unmarkPrintTarget(element: Element): void {
  if (!targets.delete(element)) return;
  element.removeAttribute(PRINT_TARGET_ATTRIBUTE);
  if (targets.size === 0) document.documentElement.removeAttribute(PRINT_ROOT_ATTRIBUTE);
}
