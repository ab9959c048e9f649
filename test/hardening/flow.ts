import { sendKeys } from '../engine.js';
import { collectRoots, deepActiveElement, deepQuery, deepQueryAll } from './dom.js';

/** How a walk operates the element: synthetic clicks, or the keyboard alone (Tab, Enter, Space). */
export type InputMode = 'pointer' | 'keyboard';

/** Thrown into a walk that the suite stopped on purpose (e.g. a fault message appeared). */
export class WalkStopped extends Error {
  constructor(readonly reason: string) {
    super(`Walk stopped: ${reason}`);
  }
}

/** What an element's walk uses to operate it; the suite decides how each action is performed. */
export interface FlowHelpers {
  readonly mode: InputMode;
  /** Waits until `find` returns something truthy, polling; throws when stopped or timed out. */
  waitFor<T>(
    find: () => T | null | undefined | false,
    what: string,
    timeoutMs?: number,
  ): Promise<T>;
  /** Waits for an element matching the selector anywhere in the element's shadow roots. */
  waitForSelector<T extends Element = HTMLElement>(
    selector: string,
    timeoutMs?: number,
  ): Promise<T>;
  query<T extends Element = HTMLElement>(selector: string): T | null;
  queryAll<T extends Element = HTMLElement>(selector: string): T[];
  /** Presses a button or follows a link (click, or Tab to it and Enter). */
  activate(target: Element): Promise<void>;
  /**
   * Ticks a checkbox or chooses a radio (click, or Tab to it and Space; a radio: Tab to its group,
   * then the arrow keys, as a group is one tab stop).
   */
  check(target: HTMLInputElement): Promise<void>;
  /** Types into an empty field. */
  type(target: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void>;
  /**
   * Types into a combobox, replacing its text, and leaves the focus there for its list to open
   * (an input event, or Tab to it, Escape to clear it and the keys).
   */
  search(target: HTMLInputElement, text: string): Promise<void>;
  /** Picks an option of the combobox's open list (click, or the arrow keys and Enter). */
  pick(combobox: HTMLInputElement, option: Element): Promise<void>;
  /** Picks the option at `index` of a select. */
  choose(target: HTMLSelectElement, index: number): Promise<void>;
  /** Marks a state of the flow worth checking (axe, screenshots, unsafe markup). */
  checkpoint(state: string): Promise<void>;
}

export interface FlowOptions {
  host: () => Element;
  mode?: InputMode;
  /** Called at every checkpoint. */
  onCheckpoint?: (state: string) => Promise<void> | void;
  /** Polled while waiting: a truthy answer stops the walk (WalkStopped with that reason). */
  interrupt?: () => string | false | undefined;
  timeoutMs?: number;
  /**
   * Pointer walks: a target matching `selector` is clicked twice, the second click in a task of
   * its own as in a double click, then `then` runs (e.g. to let a held request go).
   */
  doubleClick?: { selector: string; then?: () => void };
}

const MAX_TABS = 80;

/** `<button> "Continua"`, or for a field `<input id="field-email">` (a field's text is its value). */
function describeTarget(target: Element): string {
  const named = ['id', 'name', 'value']
    .map((attribute) => [attribute, target.getAttribute(attribute)])
    .filter(([, value]) => value)
    .map(([attribute, value]) => ` ${attribute}="${value}"`)
    .join('');
  const text = target.textContent?.trim();
  return `<${target.localName}${named}>${text ? ` "${text}"` : ''}`;
}

/** The widget's text (not what was typed in it), to say where a walk got stuck. */
function shownText(host: Node): string {
  const text = collectRoots(host)
    .map((root) => (root instanceof Element ? '' : (root.textContent ?? '')))
    .join(' ');
  return text.replace(/\s+/g, ' ').trim().slice(0, 400) || '(nothing)';
}

export function createFlowHelpers(options: FlowOptions): FlowHelpers {
  const mode = options.mode ?? 'pointer';
  const defaultTimeout = options.timeoutMs ?? 8000;

  async function waitFor<T>(
    find: () => T | null | undefined | false,
    what: string,
    timeoutMs = defaultTimeout,
  ): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found) return found;
      const reason = options.interrupt?.();
      if (reason) throw new WalkStopped(reason);
      if (performance.now() > deadline) {
        throw new Error(`Timed out waiting for ${what}; on screen: ${shownText(options.host())}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Presses Tab until the target has focus (or `reached` holds for the focused element), Shift+Tab
   * when it comes before the focus in the same tree, as a person goes back to a field: Firefox
   * does not bring the focus round from the end of the page. The walk never calls focus() itself.
   */
  async function tabTo(
    target: Element,
    reached: (focused: Element | null) => boolean = (focused) => focused === target,
  ): Promise<Element> {
    const doc = target.ownerDocument;
    const focused = () => deepActiveElement(doc);
    const start = focused();
    const back =
      start?.getRootNode() === target.getRootNode() &&
      Boolean(start.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING);
    if (back) await sendKeys({ down: 'Shift' });
    try {
      for (let presses = 0; presses < MAX_TABS; presses++) {
        if (reached(focused())) return focused()!;
        await sendKeys({ press: 'Tab' });
      }
    } finally {
      if (back) await sendKeys({ up: 'Shift' });
    }
    throw new Error(
      `${describeTarget(target)} is not reachable by Tab${back ? ' (Shift+Tab)' : ''}`,
    );
  }

  function fire(target: Element, type: string): void {
    const EventCtor = target.ownerDocument.defaultView!.Event;
    target.dispatchEvent(new EventCtor(type, { bubbles: true, composed: true }));
  }

  /** The next task of the target's window: what comes between the two clicks of a double click. */
  function nextTask(target: Element): Promise<void> {
    const view = target.ownerDocument.defaultView!;
    return new Promise((resolve) => view.setTimeout(resolve, 0));
  }

  /** Presses `key` until `done` holds, at most `max` times. */
  async function pressUntil(key: string, done: () => boolean, max: number): Promise<boolean> {
    for (let presses = 0; !done() && presses < max; presses++) await sendKeys({ press: key });
    return done();
  }

  /** The radios of the target's group, in their order (a group is one tab stop). */
  function radioGroup(target: HTMLInputElement): HTMLInputElement[] {
    const root = target.form ?? (target.getRootNode() as ParentNode);
    return [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
      (radio) => radio.name === target.name,
    );
  }

  return {
    mode,
    waitFor,
    waitForSelector: (selector, timeoutMs) =>
      waitFor(() => deepQuery(options.host(), selector), selector, timeoutMs) as Promise<never>,
    query: (selector) => deepQuery(options.host(), selector),
    queryAll: (selector) => deepQueryAll(options.host(), selector),
    async activate(target) {
      if (mode === 'pointer') {
        (target as HTMLElement).click();
        const double = options.doubleClick;
        if (double && target.matches(double.selector)) {
          await nextTask(target);
          (target as HTMLElement).click();
          double.then?.();
        }
        return;
      }
      await tabTo(target);
      await sendKeys({ press: 'Enter' });
    },
    async check(target) {
      if (target.checked) return;
      if (mode === 'pointer') return target.click();
      if (target.type !== 'radio') {
        await tabTo(target);
        await sendKeys({ press: 'Space' });
        return;
      }
      // Tab stops on the group's checked radio or, when none is, on its first or last one.
      const group = radioGroup(target);
      const stop = await tabTo(target, (focused) => group.includes(focused as HTMLInputElement));
      if (stop === target) return sendKeys({ press: 'Space' });
      const key =
        group.indexOf(target) > group.indexOf(stop as HTMLInputElement) ? 'ArrowDown' : 'ArrowUp';
      if (!(await pressUntil(key, () => target.checked, group.length))) {
        throw new Error(`the arrow keys do not reach the radio "${target.value}"`);
      }
    },
    async type(target, text) {
      if (mode === 'pointer') {
        target.value = text;
        fire(target, 'input');
        fire(target, 'change');
        fire(target, 'blur');
        return;
      }
      await tabTo(target);
      await sendKeys({ type: text });
    },
    async search(target, text) {
      if (mode === 'pointer') {
        target.value = text;
        fire(target, 'input');
        return;
      }
      await tabTo(target);
      // Escape closes the list, then clears the text (WAI-ARIA APG combobox).
      if (!(await pressUntil('Escape', () => target.value === '', 2))) {
        throw new Error(`Escape does not clear the combobox "${target.id}"`);
      }
      await sendKeys({ type: text });
    },
    async pick(combobox, option) {
      if (mode === 'pointer') return (option as HTMLElement).click();
      await tabTo(combobox);
      const root = combobox.getRootNode() as ParentNode;
      const count = root.querySelectorAll('[role="option"]').length;
      const active = () => combobox.getAttribute('aria-activedescendant') === option.id;
      if (!(await pressUntil('ArrowDown', active, count + 1))) {
        throw new Error(`the arrow keys do not reach the option "${option.textContent?.trim()}"`);
      }
      await sendKeys({ press: 'Enter' });
    },
    async choose(target, index) {
      if (mode === 'pointer') {
        target.selectedIndex = index;
        fire(target, 'input');
        fire(target, 'change');
        return;
      }
      await tabTo(target);
      // A closed select moves through its options with the arrow keys.
      for (let tries = 0; target.selectedIndex !== index && tries < 50; tries++) {
        await sendKeys({ press: target.selectedIndex < index ? 'ArrowDown' : 'ArrowUp' });
      }
    },
    async checkpoint(state) {
      await options.onCheckpoint?.(state);
    },
  };
}
