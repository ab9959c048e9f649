/**
 * Printing a page prints the marked element alone (a receipt, a form to sign), wherever it is
 * embedded: on its own, inside another element's shadow root (the slot picker's confirmation),
 * inside any layout. A shadow root cannot reach the page around it and the page's rules cannot
 * reach into a shadow root, so one constructed sheet (allowed under `style-src 'self'`) is adopted
 * by the document and one by every shadow root between the document and the target. While an
 * element is marked, <html> carries `data-sportello-print`, the element `data-sportello-print-target`
 * and every host whose shadow root holds it `data-sportello-print-path`; in print, every element
 * that is neither on that path nor contains it is hidden, and those on the path lose their spacing
 * and backgrounds.
 */
export const PRINT_ROOT_ATTRIBUTE = 'data-sportello-print';
export const PRINT_TARGET_ATTRIBUTE = 'data-sportello-print-target';
export const PRINT_PATH_ATTRIBUTE = 'data-sportello-print-path';

const ON_PATH = `[${PRINT_TARGET_ATTRIBUTE}], [${PRINT_PATH_ATTRIBUTE}]`;
/** Neither on the path, nor holding it, nor inside the target (a form has children of its own). */
const OFF_PATH = `*:not(${ON_PATH}):not(:has(${ON_PATH})):not([${PRINT_TARGET_ATTRIBUTE}] *)`;

const BARE = `
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    box-shadow: none !important;
    background: none !important;
    min-height: 0 !important;
    max-width: none !important;
    width: auto !important;
    position: static !important;`;

const DOCUMENT_PRINT_CSS = `
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  html[${PRINT_ROOT_ATTRIBUTE}] body ${OFF_PATH} {
    display: none !important;
  }
  html[${PRINT_ROOT_ATTRIBUTE}],
  html[${PRINT_ROOT_ATTRIBUTE}] body,
  html[${PRINT_ROOT_ATTRIBUTE}] body :has(${ON_PATH}),
  html[${PRINT_ROOT_ATTRIBUTE}] [${PRINT_PATH_ATTRIBUTE}] {${BARE}
  }
  html[${PRINT_ROOT_ATTRIBUTE}] [${PRINT_TARGET_ATTRIBUTE}] {
    margin: 0 !important;
  }
}`;

/** The same rules seen from inside a host on the path: its own box included. */
const SHADOW_PRINT_CSS = `
@media print {
  :host([${PRINT_PATH_ATTRIBUTE}]) ${OFF_PATH} {
    display: none !important;
  }
  :host([${PRINT_PATH_ATTRIBUTE}]),
  :host([${PRINT_PATH_ATTRIBUTE}]) :has(${ON_PATH}),
  :host([${PRINT_PATH_ATTRIBUTE}]) [${PRINT_PATH_ATTRIBUTE}] {${BARE}
  }
  :host([${PRINT_PATH_ATTRIBUTE}]) [${PRINT_TARGET_ATTRIBUTE}] {
    margin: 0 !important;
  }
}`;

const sheets = new Map<string, CSSStyleSheet>();

function adopt(root: Document | ShadowRoot, css: string): void {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** The shadow roots that hold `element`, innermost first. */
function rootsAround(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (
    let root = element.getRootNode();
    root instanceof ShadowRoot;
    root = root.host.getRootNode()
  ) {
    roots.push(root);
  }
  return roots;
}

let target: Element | undefined;
let path: Element[] = [];

/** Marks `element` as what the page prints; the last marked element wins. */
export function markPrintTarget(element: Element): void {
  const roots = rootsAround(element);
  const hosts = roots.map((root) => root.host);
  if (target === element && hosts.length === path.length && hosts.every((h, i) => path[i] === h))
    return;
  clear();
  adopt(document, DOCUMENT_PRINT_CSS);
  for (const root of roots) {
    adopt(root, SHADOW_PRINT_CSS);
    root.host.setAttribute(PRINT_PATH_ATTRIBUTE, '');
  }
  target = element;
  path = hosts;
  element.setAttribute(PRINT_TARGET_ATTRIBUTE, '');
  document.documentElement.setAttribute(PRINT_ROOT_ATTRIBUTE, '');
}

/** The page prints as a whole again. */
export function unmarkPrintTarget(element: Element): void {
  if (target === element) clear();
}

function clear(): void {
  target?.removeAttribute(PRINT_TARGET_ATTRIBUTE);
  for (const host of path) host.removeAttribute(PRINT_PATH_ATTRIBUTE);
  target = undefined;
  path = [];
  document.documentElement.removeAttribute(PRINT_ROOT_ATTRIBUTE);
}
