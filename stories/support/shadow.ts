import { waitFor, within } from 'storybook/test';

/** The shadow root of the first `tag` inside `container` (a story's canvas, or another root). */
export function shadowOf(container: ParentNode, tag: string): ShadowRoot {
  const root = container.querySelector(tag)?.shadowRoot;
  if (!root) throw new Error(`<${tag}> is not on the page, or has no shadow root`);
  return root;
}

/**
 * Testing Library queries inside an element's shadow root, where `within(canvas)` cannot see:
 * from its `base` part, which holds all it renders (Testing Library wants an element to start from).
 */
export async function withinShadow(container: ParentNode, tag: string) {
  const root = await waitFor(() => shadowOf(container, tag));
  return within(await waitForSelector(root, '[part="base"]'));
}

/** Waits for what the reference server's answer renders, e.g. the first free day. */
export function waitForSelector<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
  timeout = 8000,
): Promise<T> {
  return waitFor(
    () => {
      const found = root.querySelector<T>(selector);
      if (!found) throw new Error(`${selector} did not appear`);
      return found;
    },
    { timeout },
  );
}
