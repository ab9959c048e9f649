/// <reference types="vite/client" />
/**
 * Loads each element's file the first time its tag appears: the entry of dist/cdn/autoloader.js.
 * The files are this file's siblings (`./sportello-slot-picker.js`, resolved from its own URL),
 * and each is imported once.
 */
const elementFiles = import.meta.glob('./define/*.ts');
const fileOf = (tag: string) => elementFiles[`./define/${tag}.ts`];
const loading = new Map<string, Promise<unknown>>();

function load(tag: string): Promise<unknown> {
  let loaded = loading.get(tag);
  if (!loaded) loading.set(tag, (loaded = fileOf(tag)()));
  return loaded;
}

const observer = new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations) {
    for (const node of addedNodes) if (node instanceof Element) void discover(node);
  }
});

/**
 * Loads the files of the `sportello-*` elements in `root` that are not defined yet. A document or
 * an open shadow root is watched from then on, so that tags added to it later load too.
 */
export async function discover(root: Document | ShadowRoot | Element = document): Promise<void> {
  if (!(root instanceof Element)) observer.observe(root, { childList: true, subtree: true });
  const elements = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element && !root.matches(':defined')) elements.push(root);
  const tags = new Set(elements.map((element) => element.localName));
  await Promise.all([...tags].filter(fileOf).map(load));
}

void discover();
