import { expect } from '@open-wc/testing';
import {
  choices,
  closePages,
  embeddingSnippets,
  mockServerUrl,
  openPage,
  waitFor,
} from './cdn-page.js';

// Tests the built file (`npm test` rebuilds dist/cdn first).
const AUTOLOADER = '/dist/cdn/autoloader.js';

type Autoloader = typeof import('../src/autoloader.js');

/** The element files (not the chunks) the page fetched. */
const elementFiles = (files: string[]) => files.filter((file) => !file.includes('/chunks/')).sort();

describe('dist/cdn/autoloader.js', function () {
  this.timeout(30_000);
  let apiBase: string;
  before(async () => {
    apiBase = await mockServerUrl();
  });
  afterEach(closePages);

  it('loads the files of the tags on the page, each once, and no other', async () => {
    const page = await openPage(`<sportello-config api-base="${apiBase}">
      <sportello-slot-picker></sportello-slot-picker>
      <sportello-slot-picker office="tribunale-pistoia"></sportello-slot-picker>
    </sportello-config><other-widget></other-widget>`);
    await page.load(AUTOLOADER);
    await page.load(`${AUTOLOADER}?copy=2`);
    const pickers = page.document.querySelectorAll('sportello-slot-picker');
    await waitFor(() => choices(pickers[0]!) && choices(pickers[1]!), 'offices and services');
    expect(elementFiles(page.fetched())).to.deep.equal([
      AUTOLOADER,
      `${AUTOLOADER}?copy=2`,
      '/dist/cdn/sportello-config.js',
      '/dist/cdn/sportello-slot-picker.js',
    ]);
    expect(page.errors).to.deep.equal([]);
  });

  it('loads the file of a tag added later', async () => {
    const page = await openPage(`<sportello-config api-base="${apiBase}"></sportello-config>`);
    await page.load(AUTOLOADER);
    await waitFor(() => page.window.customElements.get('sportello-config'), 'the config');
    const wrapper = page.document.createElement('div');
    wrapper.append(page.document.createElement('sportello-slot-picker'));
    page.document.querySelector('sportello-config')!.append(wrapper);
    await waitFor(() => choices(wrapper.firstElementChild!), 'the office list');
    expect(elementFiles(page.fetched())).to.deep.equal([
      AUTOLOADER,
      '/dist/cdn/sportello-config.js',
      '/dist/cdn/sportello-slot-picker.js',
    ]);
  });

  it('loads the tags of a shadow root passed to discover(), and those added to it later', async () => {
    const page = await openPage();
    await page.load(AUTOLOADER);
    const host = page.document.createElement('div');
    page.document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(page.document.createElement('sportello-config'));
    // The document's observer does not see inside shadow roots.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.window.customElements.get('sportello-config')).to.equal(undefined);

    const { discover } = await page.import<Autoloader>(AUTOLOADER);
    await discover(shadow);
    expect(page.window.customElements.get('sportello-config')).to.be.a('function');

    shadow.firstElementChild!.append(page.document.createElement('sportello-receipt'));
    await waitFor(() => page.window.customElements.get('sportello-receipt'), 'the receipt');
    expect(elementFiles(page.fetched())).to.deep.equal([
      AUTOLOADER,
      '/dist/cdn/sportello-config.js',
      '/dist/cdn/sportello-receipt.js',
    ]);
  });

  it('loads as the README shows', async () => {
    const snippet = (await embeddingSnippets(apiBase)).find((html) => html.includes(AUTOLOADER));
    expect(snippet, 'README snippet').to.be.a('string');
    const page = await openPage(snippet);
    const picker = page.document.querySelector('sportello-slot-picker')!;
    await waitFor(() => choices(picker), 'the services of the office');
    expect(page.errors).to.deep.equal([]);
  });
});
