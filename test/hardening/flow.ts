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
  /** Ticks a checkbox (click, or Tab to it and Space). */
  check(target: HTMLInputElement): Promise<void>;
  /** Types into an empty field. */
  type(target: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void>;
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
}

const MAX_TABS = 80;

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

  /** Presses Tab until the target has focus; the walk never calls focus() itself. */
  async function tabTo(target: Element): Promise<void> {
    const doc = target.ownerDocument;
    for (let presses = 0; presses < MAX_TABS; presses++) {
      if (deepActiveElement(doc) === target) return;
      await sendKeys({ press: 'Tab' });
    }
    throw new Error(
      `<${target.localName}> "${target.textContent?.trim()}" is not reachable by Tab`,
    );
  }

  function fire(target: Element, type: string): void {
    const EventCtor = target.ownerDocument.defaultView!.Event;
    target.dispatchEvent(new EventCtor(type, { bubbles: true, composed: true }));
  }

  return {
    mode,
    waitFor,
    waitForSelector: (selector, timeoutMs) =>
      waitFor(() => deepQuery(options.host(), selector), selector, timeoutMs) as Promise<never>,
    query: (selector) => deepQuery(options.host(), selector),
    queryAll: (selector) => deepQueryAll(options.host(), selector),
    async activate(target) {
      if (mode === 'pointer') return (target as HTMLElement).click();
      await tabTo(target);
      await sendKeys({ press: 'Enter' });
    },
    async check(target) {
      if (target.checked) return;
      if (mode === 'pointer') return target.click();
      await tabTo(target);
      await sendKeys({ press: 'Space' });
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
