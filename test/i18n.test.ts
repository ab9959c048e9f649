import { LitElement, html } from 'lit';
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { LocalizeController } from '../src/i18n/localize-controller.js';
import { catalogues, type Catalogue, type StringsOverride } from '../src/i18n/catalogue.js';
import { it as italian } from '../src/i18n/catalogues/it.js';
import { en as english } from '../src/i18n/catalogues/en.js';
import { de as german } from '../src/i18n/catalogues/de.js';
import { translationFor } from '../src/i18n/translations.js';

const all = { it: italian, en: english, de: german };
import { toLanguage, toLocale } from '../src/i18n/languages.js';

class TestLocalized extends LitElement {
  static override properties = { strings: { attribute: false } };
  strings?: StringsOverride;
  readonly t = new LocalizeController(this, { strings: () => this.strings });
  renders = 0;

  /** As SportelloElement does: render once the language's messages are here. */
  protected override scheduleUpdate() {
    const loading = this.t.ready();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override render() {
    this.renders++;
    return html`<p>${this.t.m.common.retry}</p>
      <p class="seats">${this.t.m.common.freeSeats(2)}</p>`;
  }
}
customElements.define('test-localized', TestLocalized);

/** Holds a localized element inside its shadow root. */
class TestShell extends LitElement {
  protected override render() {
    return html`<test-localized></test-localized>`;
  }
}
customElements.define('test-shell', TestShell);

/**
 * Mounts without waiting for an animation frame, which a page running in the background of a
 * parallel test run may never get.
 */
async function fixture<T extends Element = Element>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const elements = [root, ...root.querySelectorAll('*')] as Partial<LitElement>[];
  await Promise.all(elements.map((element) => element.updateComplete));
  return root;
}

const text = (el: TestLocalized) => el.shadowRoot!.querySelector('p')!.textContent;

/** Every key path of a catalogue with the type of its leaf ('string' or 'function'). */
function leaves(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null
      ? leaves(child as object, `${prefix}${key}.`)
      : [`${prefix}${key}: ${typeof child}`],
  );
}

describe('i18n', () => {
  const html0 = document.documentElement;
  let savedLang: string | null;
  beforeEach(() => {
    savedLang = html0.getAttribute('lang');
    html0.removeAttribute('lang');
  });
  afterEach(() => {
    if (savedLang === null) html0.removeAttribute('lang');
    else html0.setAttribute('lang', savedLang);
  });

  describe('language resolution', () => {
    it('defaults to Italian', async () => {
      const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
      expect(el.t.lang).to.equal('it');
      expect(text(el)).to.equal('Riprova');
    });

    it('uses the element’s own lang first', async () => {
      html0.setAttribute('lang', 'de');
      const el = await fixture(
        html`<div lang="it"><test-localized lang="en"></test-localized></div>`,
      );
      expect(text(el.querySelector<TestLocalized>('test-localized')!)).to.equal('Try again');
    });

    it('uses the nearest ancestor lang, across a shadow root', async () => {
      html0.setAttribute('lang', 'en');
      const wrapper = await fixture(html`<section lang="de"><test-shell></test-shell></section>`);
      const shell = wrapper.querySelector('test-shell')!;
      await (shell as LitElement).updateComplete;
      const inner = shell.shadowRoot!.querySelector<TestLocalized>('test-localized')!;
      await inner.updateComplete;
      expect(inner.t.lang).to.equal('de');
      expect(text(inner)).to.equal('Erneut versuchen');
    });

    it('falls back to <html lang>, keeping a regional tag for Intl', async () => {
      html0.setAttribute('lang', 'en-GB');
      const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
      expect(el.t.lang).to.equal('en');
      expect(el.t.locale).to.equal('en-GB');
      expect(el.t.date('2026-03-12')).to.equal('Thursday, 12 March 2026');
    });

    it('maps regional and unknown tags', () => {
      expect(toLanguage('it-IT')).to.equal('it');
      expect(toLanguage('DE_at')).to.equal('de');
      expect(toLanguage('fr')).to.equal('it');
      expect(toLanguage('')).to.equal('it');
      expect(toLocale('de-AT')).to.equal('de-AT');
      expect(toLocale('fr-FR')).to.equal('it');
      expect(toLocale('not a tag')).to.equal('it');
    });

    it('ignores an empty lang', async () => {
      html0.setAttribute('lang', 'de');
      const el = await fixture<TestLocalized>(html`<test-localized lang=""></test-localized>`);
      expect(el.t.lang).to.equal('de');
    });
  });

  describe('reacting to changes', () => {
    it('re-renders when <html lang> changes', async () => {
      html0.setAttribute('lang', 'it');
      const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
      expect(text(el)).to.equal('Riprova');
      html0.setAttribute('lang', 'de');
      await waitUntil(() => text(el) === 'Erneut versuchen', 'German after <html lang="de">');
      html0.setAttribute('lang', 'en');
      await waitUntil(() => text(el) === 'Try again', 'English after <html lang="en">');
    });

    it('re-renders when the nearest ancestor’s lang changes, and when it is removed', async () => {
      html0.setAttribute('lang', 'en');
      const wrapper = await fixture(html`<div lang="it"><test-localized></test-localized></div>`);
      const el = wrapper.querySelector<TestLocalized>('test-localized')!;
      await el.updateComplete;
      expect(text(el)).to.equal('Riprova');
      wrapper.setAttribute('lang', 'de');
      await waitUntil(() => text(el) === 'Erneut versuchen', 'German after the ancestor changed');
      wrapper.removeAttribute('lang');
      await waitUntil(() => text(el) === 'Try again', 'back to <html lang="en">');
    });

    it('re-renders when its own lang changes, and not when nothing changed', async () => {
      const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
      const before = el.renders;
      el.setAttribute('lang', 'en');
      await waitUntil(() => text(el) === 'Try again', 'English after its own lang');
      el.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.renders).to.equal(before + 1);
    });
  });

  describe('plurals', () => {
    // Grouping of thousands is the engine's Intl: Italian 1000 is "1000" with CLDR's data and
    // "1.000" with WebKitGTK's system ICU, both correct Italian.
    const n = (lang: string, count: number) => new Intl.NumberFormat(lang).format(count);
    const cases: [keyof typeof all, number, string][] = [
      ['it', 0, 'Nessun posto libero'],
      ['it', 1, '1 posto libero'],
      ['it', 2, '2 posti liberi'],
      ['it', 1000, `${n('it', 1000)} posti liberi`],
      ['it', 12000, '12.000 posti liberi'],
      ['en', 0, 'No places left'],
      ['en', 1, '1 place left'],
      ['en', 1500, '1,500 places left'],
      ['de', 1, '1 Platz frei'],
      ['de', 3, '3 Plätze frei'],
      ['de', 12000, '12.000 Plätze frei'],
    ];
    for (const [lang, count, expected] of cases) {
      it(`${lang}: ${count} → "${expected}"`, () => {
        expect(all[lang].common.freeSeats(count)).to.equal(expected);
      });
    }

    it('renders with the element’s language', async () => {
      const el = await fixture<TestLocalized>(html`<test-localized lang="de"></test-localized>`);
      expect(el.shadowRoot!.querySelector('.seats')!.textContent).to.equal('2 Plätze frei');
    });
  });

  describe('strings override', () => {
    it('replaces only the given messages, in every language, without touching the catalogue', async () => {
      const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
      el.strings = { common: { retry: 'Ancora', freeSeats: (n) => `posti: ${n}` } };
      await el.updateComplete;
      expect(text(el)).to.equal('Ancora');
      expect(el.shadowRoot!.querySelector('.seats')!.textContent).to.equal('posti: 2');
      expect(el.t.m.common.close).to.equal('Chiudi');
      expect(italian.common.retry).to.equal('Riprova');

      el.lang = 'en';
      await waitUntil(() => el.t.lang === 'en');
      await el.updateComplete;
      expect(text(el)).to.equal('Ancora');
      expect(el.t.m.common.close).to.equal('Close');
    });
  });

  describe('catalogues', () => {
    it('en and de have exactly the keys of it, with the same kinds of message', () => {
      const reference = leaves(italian);
      expect(reference.length).to.be.greaterThan(20);
      expect(leaves(english)).to.have.members(reference);
      expect(leaves(german)).to.have.members(reference);
    });

    it('has no empty message', () => {
      for (const catalogue of Object.values(all)) {
        for (const leaf of leaves(catalogue)) expect(leaf).not.to.match(/^\S+: undefined$/);
      }
    });

    it('bundles Italian and fetches English and German on demand', async () => {
      expect(translationFor(catalogues, 'it')).to.equal(italian);
      expect(await catalogues.de()).to.equal(german);
    });

    it('is checked by the compiler too', () => {
      // @ts-expect-error a catalogue missing a message does not compile
      const incomplete: Catalogue = { ...italian, common: { retry: 'Retry' } };
      expect(incomplete.common.retry).to.equal('Retry');
    });
  });
});
