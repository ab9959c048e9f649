import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { createApiClient } from '../../src/api/client.js';
import type { Place } from '../../src/api/types.js';
import { fields, tokens } from '../../src/styles/index.js';
import {
  PlaceField,
  placeFieldStyles,
} from '../../src/elements/certificate-request/place-field.js';
import {
  placeFieldMessagesEn,
  placeFieldMessagesIt,
} from '../../src/elements/certificate-request/place-field-messages.js';
import { itWhere, sendKeys, setViewport } from '../engine.js';
import { useMockApi, worker } from '../mocks/setup.js';

/** The smallest host: the field alone, in a shadow root with the shared field styles. */
class PlaceFieldHost extends LitElement {
  static override styles = [tokens, fields, placeFieldStyles];
  static override properties = { birthDate: {}, language: {} };
  declare birthDate?: string;
  language = 'it';
  readonly changes: Array<Place | undefined> = [];
  readonly api = createApiClient({ baseUrl: '/api', retries: 0 });
  readonly field = new PlaceField(this, {
    api: () => this.api,
    birthDate: () => this.birthDate,
    messages: () => (this.language === 'en' ? placeFieldMessagesEn : placeFieldMessagesIt),
    locale: () => this.language,
    onChange: (place) => this.changes.push(place),
    id: 'field-birthPlace',
  });

  override render() {
    return this.field.render();
  }
}
customElements.define('test-place-field-host', PlaceFieldHost);

const m = placeFieldMessagesIt;

/**
 * The field with a button after it, as in a form: a Tab from the field lands on the button (with
 * nothing after it, Tab would leave the page, and later test files would find it without focus).
 */
async function open(birthDate?: string): Promise<PlaceFieldHost> {
  const form = await fixture<HTMLElement>(
    html`<form>
      <test-place-field-host .birthDate=${birthDate}></test-place-field-host>
      <button type="button">Continua</button>
    </form>`,
  );
  const el = form.querySelector<PlaceFieldHost>('test-place-field-host')!;
  await el.updateComplete;
  input(el).focus();
  return el;
}

const input = (el: PlaceFieldHost) => el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
const listbox = (el: PlaceFieldHost) => el.shadowRoot!.querySelector<HTMLElement>('[role=listbox]');
const options = (el: PlaceFieldHost) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]'),
];
const textOf = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const optionTexts = (el: PlaceFieldHost) => options(el).map(textOf);
const status = (el: PlaceFieldHost) => textOf(el.shadowRoot!.querySelector('[role=status]'));
const activeOption = (el: PlaceFieldHost) => input(el).getAttribute('aria-activedescendant');
const expanded = (el: PlaceFieldHost) => input(el).getAttribute('aria-expanded');
const focusInInput = (el: PlaceFieldHost) => el.shadowRoot!.activeElement === input(el);

async function until<T>(find: () => T | null | undefined | false, message: string): Promise<T> {
  let found: T | null | undefined | false;
  await waitUntil(() => (found = find()), message, { timeout: 8000, interval: 20 });
  return found as T;
}

async function typeAndWait(el: PlaceFieldHost, text: string, count: number): Promise<void> {
  await sendKeys({ type: text });
  await until(() => options(el).length === count, `"${text}" never offered ${count} places`);
}

async function press(el: PlaceFieldHost, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('place of birth field', () => {
  beforeEach(() => useMockApi());
  afterEach(() => {
    PlaceField.slowAfterMs = 6000;
  });

  it('offers the places found as the visitor types, and says how many', async () => {
    const el = await open();
    expect(input(el).getAttribute('role')).to.equal('combobox');
    expect(input(el).getAttribute('aria-autocomplete')).to.equal('list');
    expect(expanded(el)).to.equal('false');
    expect(listbox(el)).to.equal(null);

    await typeAndWait(el, 'forli', 3);
    expect(optionTexts(el)).to.deep.equal([
      'Forlì (FC) D704',
      'Forlì del Sannio (IS) D703, dal 1970',
      'Forlimpopoli (FC) D705',
    ]);
    expect(expanded(el)).to.equal('true');
    expect(input(el).getAttribute('aria-controls')).to.equal(listbox(el)!.id);
    expect(listbox(el)!.getAttribute('aria-labelledby')).to.equal('field-birthPlace-label');
    expect(status(el)).to.equal('3 risultati');
    expect(activeOption(el)).to.equal(null);
    expect(focusInInput(el)).to.equal(true);
  });

  it('moves the active option with the arrow keys and selects it with Enter', async () => {
    const el = await open();
    await typeAndWait(el, 'forli', 3);
    const ids = options(el).map((option) => option.id);
    const selected = () => options(el).map((o) => o.getAttribute('aria-selected'));

    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(ids[0]);
    expect(selected()).to.deep.equal(['true', 'false', 'false']);
    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(ids[1]);
    await press(el, 'ArrowUp');
    expect(activeOption(el)).to.equal(ids[0]);
    await press(el, 'ArrowUp');
    expect(activeOption(el), 'wraps to the last').to.equal(ids[2]);
    await press(el, 'ArrowDown');
    expect(activeOption(el), 'wraps to the first').to.equal(ids[0]);
    expect(focusInInput(el)).to.equal(true);

    await press(el, 'Enter');
    expect(input(el).value).to.equal('Forlì (FC)');
    expect(expanded(el)).to.equal('false');
    expect(listbox(el)).to.equal(null);
    expect(activeOption(el)).to.equal(null);
    expect(el.field.code).to.equal('D704');
    expect(el.field.selected).to.include({ name: 'Forlì', province: 'FC' });
    expect(el.changes.at(-1)?.code).to.equal('D704');
    expect(focusInInput(el)).to.equal(true);
  });

  it('closes with Escape, clears the text with a second Escape, opens with Alt+ArrowDown', async () => {
    const el = await open();
    await typeAndWait(el, 'forli', 3);
    await press(el, 'ArrowDown');

    await press(el, 'Escape');
    expect(expanded(el)).to.equal('false');
    expect(listbox(el)).to.equal(null);
    expect(activeOption(el)).to.equal(null);
    expect(input(el).value).to.equal('forli');

    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(expanded(el)).to.equal('true');
    expect(options(el)).to.have.length(3);
    expect(activeOption(el), 'Alt+ArrowDown opens without choosing').to.equal(null);

    await press(el, 'Escape');
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
    expect(expanded(el)).to.equal('false');
    expect(status(el)).to.equal('');
    expect(el.field.code).to.equal(undefined);
    expect(focusInInput(el)).to.equal(true);
  });

  it('Home and End move the caret in the text and leave the list', async () => {
    const el = await open();
    await typeAndWait(el, 'forli', 3);
    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(options(el)[0]!.id);

    await press(el, 'Home');
    expect(activeOption(el)).to.equal(null);
    expect(expanded(el)).to.equal('true');
    expect(input(el).selectionStart).to.equal(0);
    await press(el, 'End');
    expect(input(el).selectionStart).to.equal(5);
    expect(activeOption(el)).to.equal(null);

    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(options(el)[0]!.id);
  });

  it('selects an option on click, keeping the focus in the input', async () => {
    const el = await open();
    await typeAndWait(el, 'pisto', 5);
    const pistoia = options(el).find((o) => textOf(o).startsWith('Pistoia'))!;
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    pistoia.dispatchEvent(press);
    expect(press.defaultPrevented, 'the input keeps the focus').to.equal(true);
    pistoia.click();
    await el.updateComplete;
    expect(input(el).value).to.equal('Pistoia (PT)');
    expect(el.field.code).to.equal('G713');
    expect(expanded(el)).to.equal('false');
  });

  it('offers only the places that existed at the date of birth', async () => {
    const el = await open('1950-06-01');
    await typeAndWait(el, 'abetone', 1);
    expect(optionTexts(el)).to.deep.equal(['Abetone (PT) A012, dal 1936 al 2016']);
    expect(status(el)).to.equal('1 risultato');

    await press(el, 'Escape');
    await press(el, 'Escape');
    el.birthDate = '2020-06-01';
    await el.updateComplete;
    await sendKeys({ type: 'abetone' });
    await until(
      () => optionTexts(el)[0] === 'Abetone Cutigliano (PT) M376, dal 2017',
      'the merged comune was never offered',
    );
    expect(options(el)).to.have.length(1);
  });

  it('names a foreign state as such, with its end, only for someone born before it', async () => {
    const el = await open('1975-03-01');
    await sendKeys({ type: 'jugoslavia' });
    const yugoslavia = await until(
      () => options(el).find((o) => o.id.endsWith('Z118')),
      'Z118 was never offered',
    );
    expect(textOf(yugoslavia)).to.equal(
      'Repubblica Socialista Federale di Jugoslavia (Stato estero) Z118, fino al 2003',
    );
    yugoslavia.click();
    await el.updateComplete;
    expect(input(el).value).to.equal('Repubblica Socialista Federale di Jugoslavia');

    await press(el, 'Escape');
    el.birthDate = '2010-03-01';
    await el.updateComplete;
    await sendKeys({ type: 'jugoslavia' });
    await until(() => status(el) === m.none, 'no "none" announced');
    expect(options(el)).to.deep.equal([]);
    expect(expanded(el)).to.equal('false');
  });

  it('clears a selection that a new date of birth makes impossible, and says why', async () => {
    const el = await open('1950-06-01');
    await typeAndWait(el, 'abetone', 1);
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(el.field.code).to.equal('A012');

    el.birthDate = '1960-01-01';
    await el.updateComplete;
    expect(el.field.code, 'still valid in 1960').to.equal('A012');

    el.birthDate = '2020-06-01';
    await el.updateComplete;
    expect(input(el).value).to.equal('Abetone (PT)');
    expect(el.field.selected).to.equal(undefined);
    expect(el.field.code).to.equal(undefined);
    expect(el.field.problem).to.equal('not-valid-at-date');
    expect(el.changes.at(-1)).to.equal(undefined);
    const error = el.shadowRoot!.querySelector('.field__error')!;
    expect(textOf(error)).to.equal(m.notValidAtDate);
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')!.split(' ')).to.include(error.id);

    el.field.setProblem(undefined);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.field__error')).to.equal(null);
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('finds the place of a Belfiore code typed by hand', async () => {
    const el = await open();
    await typeAndWait(el, 'g713', 1);
    expect(optionTexts(el)).to.deep.equal(['Pistoia (PT) G713, dal 1877']);
    await press(el, 'Enter');
    expect(input(el).value).to.equal('Pistoia (PT)');
    expect(el.field.selected?.code).to.equal('G713');

    await press(el, 'Escape');
    await typeAndWait(el, 'G713', 1);
    await press(el, 'Tab');
    expect(el.field.selected?.code, 'a whole code is taken on leaving the field').to.equal('G713');
  });

  const failures = {
    'a network error': () => HttpResponse.error(),
    'a 503': () =>
      HttpResponse.json(
        { type: 'about:blank', title: 'Unavailable', status: 503 },
        { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
      ),
  };
  for (const [name, failure] of Object.entries(failures)) {
    it(`accepts a Belfiore code typed by hand when the search answers ${name}`, async () => {
      worker.use(http.post('/api/places/search', failure));
      const el = await open();
      await sendKeys({ type: 'pistoia' });
      const notice = await until(
        () => el.shadowRoot!.querySelector('#field-birthPlace-notice'),
        'no notice that the search is unavailable',
      );
      expect(textOf(notice)).to.equal(m.searchUnavailable);
      expect(status(el)).to.equal(m.searchUnavailable);
      expect(input(el).getAttribute('aria-describedby')!.split(' ')).to.include(notice.id);
      expect(el.field.code).to.equal(undefined);

      await press(el, 'Escape');
      await sendKeys({ type: 'g713' });
      await until(() => el.field.code === 'G713', 'the typed code was not taken');
      expect(el.field.typedCode).to.equal('G713');
      expect(el.field.selected).to.equal(undefined);
      await el.updateComplete;
      expect(textOf(el.shadowRoot!.querySelector('#field-birthPlace-notice'))).to.equal(
        `${m.searchUnavailable} ${m.typedCodeUsed('G713')}`,
      );
      expect(input(el).value).to.equal('g713');
      expect(focusInInput(el)).to.equal(true);
    });
  }

  it('accepts a Belfiore code typed by hand while the search is slow', async () => {
    PlaceField.slowAfterMs = 300;
    worker.use(
      http.post('/api/places/search', async () => {
        await delay('infinite');
        return undefined;
      }),
    );
    const el = await open();
    await sendKeys({ type: 'G713' });
    await until(() => status(el) === m.searching, 'never said it was searching');
    await until(() => el.field.code === 'G713', 'the typed code was not taken');
    await el.updateComplete;
    expect(status(el)).to.equal(`${m.searchUnavailable} ${m.typedCodeUsed('G713')}`);
  });

  it('says it is searching once the visitor pauses, then the count', async () => {
    worker.use(
      http.post('/api/places/search', async () => {
        await delay(300);
        return undefined;
      }),
    );
    const el = await open();
    const said: string[] = [];
    const region = el.shadowRoot!.querySelector('[role=status]')!;
    const observer = new MutationObserver(() => {
      const text = textOf(region);
      if (text && text !== said.at(-1)) said.push(text);
    });
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    // Pasted at once, so that a slow machine's pauses between keys start no search.
    input(el).value = 'forli';
    input(el).dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(status(el), 'nothing is said while the visitor may still be typing').to.equal('');
    await until(() => status(el) === '3 risultati', 'the count was never said');
    observer.disconnect();
    expect(said).to.deep.equal([m.searching, '3 risultati']);
  });

  it('marks the Italian place names in another language', async () => {
    const el = await open();
    el.language = 'en';
    await el.updateComplete;
    await typeAndWait(el, 'forli', 3);
    expect(status(el)).to.equal('3 results');
    const name = options(el)[0]!.querySelector('[lang]');
    expect(name?.getAttribute('lang')).to.equal('it');
    expect(textOf(name)).to.equal('Forlì');
  });

  it('forgets everything on reset', async () => {
    const el = await open();
    await typeAndWait(el, 'forli', 3);
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    el.field.reset();
    await el.updateComplete;
    expect([input(el).value, el.field.code, status(el)]).to.deep.equal(['', undefined, '']);
    expect(el.changes.at(-1)).to.equal(undefined);
  });

  it('passes axe with the list open, and with an error', async () => {
    const el = await open('1950-06-01');
    await typeAndWait(el, 'abetone', 1);
    await press(el, 'ArrowDown');
    await expect(el).to.be.accessible();

    await press(el, 'Enter');
    el.birthDate = '2020-06-01';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describe('on a phone', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    itWhere(
      'phone-width',
      'wraps long names at 320 px, with options large enough to touch',
      async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await open('1975-03-01');
        await sendKeys({ type: 'repubblica' });
        await until(() => options(el).length > 3, 'too few places');
        const list = listbox(el)!;
        expect(list.scrollWidth).to.be.at.most(list.clientWidth);
        expect(list.getBoundingClientRect().right).to.be.at.most(320);
        for (const option of options(el)) {
          expect(option.getBoundingClientRect().height).to.be.at.least(44);
        }
      },
    );
  });
});
