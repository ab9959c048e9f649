import { expect } from '@open-wc/testing';
import {
  choices,
  closePages,
  embeddingSnippets,
  mockServerUrl,
  openPage,
  waitFor,
} from './cdn-page.js';

// Tests the built CDN files, not the sources: `npm test` rebuilds dist/cdn first (pretest).
const CDN = '/dist/cdn';
const CONFIG = `${CDN}/sportello-config.js`;
const PICKER = `${CDN}/sportello-slot-picker.js`;
const RECEIPT = `${CDN}/sportello-receipt.js`;

const litChunks = (files: string[]) => files.filter((file) => file.includes('/chunks/lit-'));

describe('dist/cdn', function () {
  this.timeout(30_000);
  let apiBase: string;
  before(async () => {
    apiBase = await mockServerUrl();
  });
  afterEach(closePages);

  describe('sportello.js', () => {
    it('registers every element', async () => {
      const page = await openPage();
      await page.load(`${CDN}/sportello.js`);
      for (const tag of ['sportello-config', 'sportello-slot-picker', 'sportello-receipt']) {
        expect(page.window.customElements.get(tag), tag).to.be.a('function');
      }
    });

    it('can be loaded twice without throwing and keeps the first definitions', async () => {
      const page = await openPage();
      await page.load(`${CDN}/sportello.js`);
      const first = page.window.customElements.get('sportello-config');
      await page.load(`${CDN}/sportello.js?copy=2`);
      expect(page.window.customElements.get('sportello-config')).to.equal(first);
      expect(page.errors).to.deep.equal([]);
    });
  });

  describe('per-element files', () => {
    const markup = () =>
      `<sportello-config api-base="${apiBase}"><sportello-slot-picker></sportello-slot-picker></sportello-config>`;

    for (const order of [
      [CONFIG, PICKER],
      [PICKER, CONFIG],
    ]) {
      it(`share one config and one Lit, loaded as ${order.map((f) => f.split('/').pop()).join(' then ')}`, async () => {
        const page = await openPage(markup());
        for (const file of order) await page.load(file);
        const picker = page.document.querySelector('sportello-slot-picker')!;
        await waitFor(() => choices(picker), 'the office list');
        expect(picker.shadowRoot!.textContent).not.to.include('non è configurato');
        expect(page.window.litHtmlVersions, 'copies of Lit').to.have.length(1);
        expect(litChunks(page.fetched()), 'Lit files').to.have.length(1);
        expect(page.errors).to.deep.equal([]);
      });
    }

    it('fetch each shared part once for three elements', async () => {
      const page = await openPage(markup());
      for (const file of [CONFIG, PICKER, RECEIPT]) await page.load(file);
      const fetched = page.fetched();
      expect(fetched).to.deep.equal([...new Set(fetched)]);
      expect(fetched.filter((file) => file.includes('/chunks/base-'))).to.have.length(1);
    });

    it('can each be loaded twice without throwing and keep the first definitions', async () => {
      const page = await openPage(markup());
      for (const file of [CONFIG, PICKER, RECEIPT]) await page.load(file);
      const first = ['sportello-config', 'sportello-slot-picker', 'sportello-receipt'].map((tag) =>
        page.window.customElements.get(tag),
      );
      for (const file of [CONFIG, PICKER, RECEIPT]) await page.load(`${file}?copy=2`);
      await page.load(`${CDN}/sportello.js`);
      expect(first.every((definition) => typeof definition === 'function')).to.equal(true);
      expect(
        ['sportello-config', 'sportello-slot-picker', 'sportello-receipt'].map((tag) =>
          page.window.customElements.get(tag),
        ),
      ).to.deep.equal(first);
      await waitFor(
        () => choices(page.document.querySelector('sportello-slot-picker')!),
        'offices',
      );
      expect(page.errors).to.deep.equal([]);
    });

    it('share the config with a second copy of the library built on another Lit', async () => {
      // The sources through the test server: the npm build's modules, with their own Lit.
      const page = await openPage(markup());
      await page.load(CONFIG);
      await page.load('/src/define/sportello-slot-picker.ts');
      const picker = page.document.querySelector('sportello-slot-picker')!;
      await waitFor(() => choices(picker), 'the office list');
      expect(page.window.litHtmlVersions, 'copies of Lit').to.have.length(2);
      expect(page.errors).to.deep.equal([]);
    });

    it('fetch the picker’s later steps only once the visitor turns to it', async () => {
      const page = await openPage(
        `<sportello-config api-base="${apiBase}"><sportello-slot-picker office="tribunale-pistoia"
        service="tribunale-pistoia-contenzioso-civile"></sportello-slot-picker></sportello-config>`,
      );
      for (const file of [CONFIG, PICKER]) await page.load(file);
      const picker = page.document.querySelector('sportello-slot-picker')!;
      const day = await waitFor(
        () => picker.shadowRoot?.querySelector<HTMLButtonElement>('button.day'),
        'the day grid',
      );
      // Two frames after the first screen: when the steps used to be fetched.
      for (let i = 0; i < 2; i++) {
        await new Promise((resolve) =>
          page.window.requestAnimationFrame(() => setTimeout(resolve)),
        );
      }
      const formSteps = () => page.fetched().find((file) => file.includes('/chunks/form-steps-'));
      expect(formSteps(), 'before the visitor turns to the picker').to.equal(undefined);
      day.focus();
      await waitFor(formSteps, 'the form steps, once a day has the focus');
    });

    it('load as the README shows', async () => {
      const snippet = (await embeddingSnippets(apiBase)).find(
        (html) => html.includes(CONFIG) && !html.includes('autoloader'),
      );
      expect(snippet, 'README snippet').to.be.a('string');
      const page = await openPage(snippet);
      const picker = page.document.querySelector('sportello-slot-picker')!;
      await waitFor(() => choices(picker), 'the office list');
      expect(page.errors).to.deep.equal([]);
    });
  });

  describe('translations.js', () => {
    it('gives the widgets of per-element files the site’s messages, as the README shows', async () => {
      const [snippet] = await embeddingSnippets(apiBase, 'Site-wide messages and languages');
      expect(snippet, 'README snippet').to.be.a('string');
      const page = await openPage(snippet);
      const picker = page.document.querySelector('sportello-slot-picker')!;
      await waitFor(() => choices(picker), 'the office list');
      await waitFor(
        () => picker.shadowRoot!.querySelector('h2')?.textContent?.trim() === 'Rezervirajte termin',
        'the Slovenian title',
      );
      // Its own file, sharing nothing with the widgets but what it registered.
      expect(page.fetched().filter((file) => file.includes('translations'))).to.deep.equal([
        `${CDN}/translations.js`,
      ]);
      expect(page.errors).to.deep.equal([]);
    });
  });
});
