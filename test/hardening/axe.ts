import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults, Result, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

export const AXE_OPTIONS: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['EN-301-549', 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
  },
  rules: { 'target-size': { enabled: true } },
  resultTypes: ['violations', 'incomplete'],
};

/**
 * "Incomplete" results axe cannot decide alone, each with the reason it is fine here. Anything
 * else that comes back incomplete fails the suite until it is explained in this list.
 */
export const EXPLAINED_INCOMPLETE: Record<string, string> = {
  // axe cannot compute a background behind text inside clip-path or visually hidden boxes
  // (the live region, the icons of messages); the visible text is checked where it renders.
  'color-contrast':
    'only for visually hidden text and text over clip-path shapes, which axe cannot measure',
};

function describeResults(results: Result[]): string {
  return results
    .map((r) => `${r.id}: ${r.help}\n  ${r.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
}

export async function checkAccessible(host: Element): Promise<void> {
  const results = await window.axe.run(host, AXE_OPTIONS);
  expect(results.violations, describeResults(results.violations)).to.deep.equal([]);
  const unexplained = results.incomplete.filter((r) => !EXPLAINED_INCOMPLETE[r.id]);
  expect(unexplained, describeResults(unexplained)).to.deep.equal([]);
}
