import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';

const partial = (name: string) =>
  readFileSync(new URL(`./partials/${name}.html`, import.meta.url), 'utf8');

/**
 * Gives every demo page the same site around it, as a court's CMS would: the head (Bootstrap
 * Italia, fonts, the reference server), the header with the current menu item marked, the footer.
 * Pages hold only their own content and the tags a webmaster writes.
 */
export function demoLayout(): Plugin {
  return {
    name: 'sportello-demo-layout',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { filename }) {
        const page = `/${basename(filename)}`;
        const header = partial('header').replace(
          `class="nav-link" href="${page}"`,
          `class="nav-link active" aria-current="page" href="${page}"`,
        );
        return html
          .replace('<!-- demo:head -->', partial('head'))
          .replace('<!-- demo:header -->', header)
          .replace('<!-- demo:footer -->', partial('footer'));
      },
    },
  };
}
