/** DOM inspections the hardening checks share: they look through every shadow root. */

/** The node and every shadow root under it, recursively (open roots only: ours are open). */
export function collectRoots(node: Node): Array<Document | ShadowRoot | Element> {
  const roots: Array<Document | ShadowRoot | Element> = [node as Element];
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  if ((node as Element).shadowRoot) {
    roots.push((node as Element).shadowRoot!);
    visit((node as Element).shadowRoot!);
  }
  visit(node as ParentNode);
  return roots;
}

/** Every element under the node, shadow roots included. */
export function deepElements(node: Node): Element[] {
  return collectRoots(node).flatMap((root) => [...(root as ParentNode).querySelectorAll('*')]);
}

export function deepQuery<T extends Element = HTMLElement>(node: Node, selector: string): T | null {
  for (const root of collectRoots(node)) {
    const found = (root as ParentNode).querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}

export function deepQueryAll<T extends Element = HTMLElement>(node: Node, selector: string): T[] {
  return collectRoots(node).flatMap((root) => [
    ...(root as ParentNode).querySelectorAll<T>(selector),
  ]);
}

/** The text and the form values a person sees in the element (to look for data that must stay). */
export function visibleContent(node: Node): string {
  const values = deepQueryAll<HTMLInputElement>(node, 'input, textarea, select').map(
    (field) => field.value,
  );
  const texts = collectRoots(node).map((root) => (root as Node).textContent ?? '');
  return [...texts, ...values].join('\n');
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster'];
const SAFE_SCHEME = /^(https?|mailto|tel):$/i;

/** Why a URL attribute value is unsafe, or undefined when it is http(s), mailto, tel or relative. */
/* eslint-disable no-control-regex -- control characters are what it strips */
export function unsafeUrlReason(value: string, base: string): string | undefined {
  // Browsers drop control characters and whitespace before reading the scheme.
  const cleaned = value.replace(
    /[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g,
    '',
  );
  if (!/^[a-z][a-z0-9+.-]*:/i.test(cleaned)) return undefined;
  try {
    const { protocol } = new URL(cleaned, base);
    return SAFE_SCHEME.test(protocol) ? undefined : `scheme ${protocol}`;
  } catch {
    return 'unparsable URL with a scheme';
  }
}
/* eslint-enable no-control-regex */

/** Problems found: `on*` attributes, unsafe URL schemes, script/iframe/object/embed elements. */
export function findUnsafeMarkup(node: Node): string[] {
  const problems: string[] = [];
  const base = (node.ownerDocument ?? (node as Document)).baseURI;
  for (const element of deepElements(node)) {
    const tag = element.localName;
    if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta'].includes(tag)) {
      problems.push(`<${tag}> element`);
    }
    for (const name of element.getAttributeNames()) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) problems.push(`<${tag} ${name}="${element.getAttribute(name)}">`);
      if (lower === 'style') problems.push(`<${tag} style="${element.getAttribute(name)}">`);
      if (URL_ATTRIBUTES.includes(lower)) {
        const reason = unsafeUrlReason(element.getAttribute(name) ?? '', base);
        if (reason) problems.push(`<${tag} ${name}="${element.getAttribute(name)}">: ${reason}`);
      }
    }
  }
  return problems;
}

export function assertNoUnsafeMarkup(node: Node): void {
  const problems = findUnsafeMarkup(node);
  if (problems.length) throw new Error(`Unsafe markup reached the DOM:\n${problems.join('\n')}`);
}

/**
 * Horizontal overflow: the element wider than its container, or the top box of its shadow root
 * (or any box inside) scrolling sideways. One pixel of rounding is tolerated.
 */
export function findOverflow(host: HTMLElement): string[] {
  const problems: string[] = [];
  const container = host.parentElement;
  const hostBox = host.getBoundingClientRect();
  if (container && hostBox.width > container.getBoundingClientRect().width + 1) {
    problems.push(`${host.localName} is ${hostBox.width}px wide in a narrower container`);
  }
  const view = host.ownerDocument.defaultView!;
  if (host.ownerDocument.documentElement.scrollWidth > view.innerWidth + 1) {
    problems.push(
      `the page scrolls sideways (${host.ownerDocument.documentElement.scrollWidth}px)`,
    );
  }
  for (const element of deepElements(host)) {
    // Inline and hidden boxes report 0; boxes that clip or scroll on purpose are fine.
    if (element.clientWidth === 0 || element.scrollWidth <= element.clientWidth + 1) continue;
    const { overflowX } = view.getComputedStyle(element);
    if (overflowX !== 'visible') continue;
    problems.push(
      `${describe(element)} is ${element.scrollWidth}px wide in ${element.clientWidth}px`,
    );
  }
  if (problems.length) {
    // Name the boxes that stick out, to tell the fix.
    const sticking = deepElements(host).filter(
      (element) => element.getBoundingClientRect().right > hostBox.right + 1,
    );
    const leaves = sticking.filter(
      (element) => !sticking.some((other) => element.contains(other) && other !== element),
    );
    problems.push(...leaves.slice(0, 4).map((element) => `sticks out: ${describe(element)}`));
  }
  return problems;
}

export function assertNoOverflow(host: HTMLElement): void {
  const problems = findOverflow(host);
  if (problems.length) throw new Error(`Horizontal overflow:\n${problems.join('\n')}`);
}

/** A failed-request message (not the form's error summary) and its buttons or links. */
export function findFaultMessage(host: Node): HTMLElement | null {
  return (
    deepQuery(host, '.message--error') ??
    deepQueryAll(host, '[role="alert"]').find((el) => !el.classList.contains('error-summary')) ??
    null
  );
}

/**
 * The way forward of a failed-request message: its own button or link or, for a message inside
 * a dialog (a confirmation that failed), the dialog's last button, which asks again.
 */
export function findWayForward(message: HTMLElement): HTMLElement | null {
  const own = message.querySelector<HTMLElement>('button, a[href]');
  if (own) return own;
  const dialog = message.closest('dialog, [role="dialog"]');
  return [...(dialog?.querySelectorAll<HTMLElement>('button') ?? [])].at(-1) ?? null;
}

/** True when the element shows nothing: no text and no height. */
export function isBlank(host: HTMLElement): boolean {
  const text = collectRoots(host)
    .map((root) => (root as Node).textContent ?? '')
    .join('')
    .trim();
  return text === '' || host.getBoundingClientRect().height === 0;
}

function describe(element: Element): string {
  const cls = element.getAttribute('class');
  return `<${element.localName}${cls ? ` class="${cls}"` : ''}${element.id ? ` id="${element.id}"` : ''}>`;
}
