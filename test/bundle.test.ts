import { expect } from '@open-wc/testing';

// Tests the built CDN file, not the sources: `npm test` rebuilds dist/cdn first (pretest).
const bundle = '/dist/cdn/sportello.js';

async function loadCopy(copy: number): Promise<void> {
  // A different query string makes the browser evaluate the file again, as when a page
  // includes the script twice or two widgets ship their own copy.
  await import(/* @vite-ignore */ `${bundle}?copy=${copy}`);
}

describe('dist/cdn/sportello.js', () => {
  it('registers <sportello-config>', async () => {
    await loadCopy(1);
    expect(customElements.get('sportello-config')).to.be.a('function');
  });

  it('can be loaded twice without throwing and keeps the first definitions', async () => {
    await loadCopy(1);
    const first = customElements.get('sportello-config');
    await loadCopy(2);
    expect(customElements.get('sportello-config')).to.equal(first);
  });
});
