import { expect, fixtureSync, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/sportello-check-in.js';
import '../../src/define/sportello-config.js';
import '../../src/define/sportello-receipt.js';
import '../../src/define/sportello-slot-picker.js';
import {
  registerTranslation,
  registeredMessages,
  type Messages,
  type Translation,
} from '../../src/i18n/registry.js';
import { plural } from '../../src/i18n/plural.js';
import { formatDate } from '../../src/internal/dates.js';
import { it as italian } from '../../src/i18n/catalogues/it.js';
import { it as slotPickerItalian } from '../../src/elements/slot-picker/messages/it.js';
import type { SportelloSlotPicker } from '../../src/elements/slot-picker/slot-picker.js';
import {
  $,
  OFFICE,
  SERVICE,
  openPicker,
  setUp,
  tearDown,
  textOf,
  until,
} from '../slot-picker/helpers.js';

type Store = { messages: Map<string, object>; warned?: Set<string>; revision: number };
const store = () => (globalThis as { [key: symbol]: Store })[Symbol.for('sportello.translations')]!;

/** Each test starts from what the library ships. */
function forgetTranslations(): void {
  store().messages.clear();
  store().warned?.clear();
  store().revision++;
}

/** Registers messages that are deliberately not a whole language, as a JS site may. */
const registerFragment = (fragment: object) => registerTranslation(fragment as Translation);

const NOT_CONFIGURED = 'Il servizio online non è ancora attivo: chiamate lo 0573 35711.';

function mountWidgets(lang = 'it') {
  const wrapper = fixtureSync<HTMLElement>(
    html`<div lang=${lang}>
      <sportello-slot-picker></sportello-slot-picker>
      <sportello-receipt></sportello-receipt>
      <sportello-check-in></sportello-check-in>
    </div>`,
  );
  const picker = wrapper.querySelector('sportello-slot-picker')!;
  const receipt = wrapper.querySelector('sportello-receipt')!;
  const desk = wrapper.querySelector('sportello-check-in')!;
  return {
    picker,
    receipt,
    desk,
    texts: () => [
      textOf($(picker, '.message p')),
      textOf($(receipt, '.message p')),
      textOf($(desk, 'h2')),
    ],
  };
}

/** Every message path of a catalogue. */
function leaves(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null
      ? leaves(child as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('registerTranslation', () => {
  beforeEach(forgetTranslations);
  afterEach(() => sinon.restore());

  describe('site-wide overrides', () => {
    it('changes a message in every widget at once, registered before they load', async () => {
      registerTranslation({
        code: 'it',
        common: { notConfigured: NOT_CONFIGURED },
        checkIn: { title: 'Controllo degli accessi' },
      });
      const { texts } = mountWidgets();
      await until(() => texts()[2], 'the desk never rendered');
      expect(texts()).to.deep.equal([NOT_CONFIGURED, NOT_CONFIGURED, 'Controllo degli accessi']);
    });

    it('updates the widgets already on the page', async () => {
      const { texts } = mountWidgets();
      await until(() => texts()[0] === italian.common.notConfigured, 'no default message');
      registerTranslation({ code: 'it', common: { notConfigured: NOT_CONFIGURED } });
      await until(
        () => texts()[0] === NOT_CONFIGURED && texts()[1] === NOT_CONFIGURED,
        'the widgets kept the default message',
      );
    });

    it('applies to its language only', async () => {
      registerTranslation({ code: 'en', common: { notConfigured: 'Not yet online.' } });
      const { texts } = mountWidgets('en-GB');
      await until(() => texts()[0] === 'Not yet online.', 'no English override');
      const italianWidgets = mountWidgets('it');
      await until(() => italianWidgets.texts()[2], 'the desk never rendered');
      expect(italianWidgets.texts()[0]).to.equal(italian.common.notConfigured);
    });

    it('loses to the element’s own strings', async () => {
      registerTranslation({ code: 'it', common: { notConfigured: NOT_CONFIGURED } });
      const { picker, texts } = mountWidgets();
      picker.strings = { common: { notConfigured: 'Solo per questo widget.' } };
      await until(() => texts()[0] === 'Solo per questo widget.', 'strings did not win');
      await until(() => texts()[1] === NOT_CONFIGURED, 'the other widget lost the override');
    });

    it('merges a second registration of a language over the first', async () => {
      registerTranslation({ code: 'it', common: { notConfigured: NOT_CONFIGURED } });
      registerFragment({ code: 'IT-it', checkIn: { title: 'Accessi' } });
      const { texts } = mountWidgets();
      await until(() => texts()[2] === 'Accessi', 'no second registration');
      expect(texts()[0]).to.equal(NOT_CONFIGURED);
    });
  });

  describe('a new language', () => {
    const slovenian = {
      code: 'sl',
      common: {
        notConfigured: 'Storitev še ni nastavljena.',
        freeSeats: plural('sl', {
          '=0': 'Ni prostih mest',
          one: '# prosto mesto',
          two: '# prosti mesti',
          few: '# prosta mesta',
          other: '# prostih mest',
        }),
      },
      slotPicker: { steps: { day: 'Izberite dan' } },
    };

    beforeEach(() => setUp());
    afterEach(tearDown);

    it('shows its messages, Slovenian dates and Italian for what it lacks, saying so once', async () => {
      const warn = sinon.stub(console, 'warn');
      registerFragment(slovenian);
      const el = await openPicker({ office: OFFICE, service: SERVICE, lang: 'sl' });
      await until(() => textOf($(el, '#step-heading')) === 'Izberite dan', 'no Slovenian heading');

      const day = await until(() => dayLabel(el, '2026-03-11'), 'no day in the grid');
      expect(day)
        .to.contain(formatDate('2026-03-11', 'sl', 'long'))
        .and.to.contain('marec');
      expect(day).to.match(/\d+ prost(o|i|a|ih) mest/);
      expect(textOf($(el, '.calendar__month'))).to.equal(
        new Intl.DateTimeFormat('sl', { month: 'long', year: 'numeric' }).format(
          new Date(2026, 2, 15),
        ),
      );
      // Not in the fragment: Italian.
      expect(textOf($(el, 'h2'))).to.equal(slotPickerItalian.slotPicker.title);

      el.strings = { common: { retry: 'Še enkrat' } };
      await el.updateComplete;
      const italianLeaves = leaves({ ...italian, ...slotPickerItalian });
      const given = ['common.notConfigured', 'common.freeSeats', 'slotPicker.steps.day'];
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0])
        .to.contain('"sl"')
        .and.contain(`lacks ${italianLeaves.length - given.length} messages`);
    });

    it('is used under <html lang="sl"> too, once registered', async () => {
      sinon.stub(console, 'warn');
      const html0 = document.documentElement;
      const saved = html0.getAttribute('lang');
      html0.setAttribute('lang', 'sl-SI');
      try {
        const el = fixtureSync<SportelloSlotPicker>(
          html`<sportello-slot-picker></sportello-slot-picker>`,
        );
        await until(
          () => textOf($(el, '.message p')) === italian.common.notConfigured,
          'not Italian',
        );
        registerFragment(slovenian);
        await until(() => textOf($(el, '.message p')) === 'Storitev še ni nastavljena.', 'not sl');
      } finally {
        if (saved === null) html0.removeAttribute('lang');
        else html0.setAttribute('lang', saved);
      }
    });

    it('is checked by the compiler: a new language gives every message', () => {
      const whole = { ...italian, ...slotPickerItalian } as unknown as Messages;
      const french: Translation = { ...whole, code: 'fr' };
      // @ts-expect-error a new language missing messages does not compile
      const incomplete: Translation = { code: 'fr', common: { retry: 'Réessayer' } };
      const override: Translation = { code: 'it', common: { retry: 'Ancora' } };
      expect([french.code, incomplete.code, override.code]).to.deep.equal(['fr', 'fr', 'it']);
    });
  });

  describe('two copies of the library', () => {
    it('share one registry on globalThis', async () => {
      const url = `${new URL('../../src/i18n/registry.ts', import.meta.url).href}?copy=2`;
      const copy = (await import(
        /* @vite-ignore */ url
      )) as typeof import('../../src/i18n/registry.js');
      expect(copy.registerTranslation).not.to.equal(registerTranslation);
      copy.registerTranslation({ code: 'it', common: { retry: 'Di nuovo' } });
      expect(registeredMessages('it')).to.deep.equal({ common: { retry: 'Di nuovo' } });
      registerTranslation({ code: 'it', common: { close: 'Chiudi finestra' } });
      expect(copy.registeredMessages('it')).to.deep.equal({
        common: { retry: 'Di nuovo', close: 'Chiudi finestra' },
      });
    });

    it('updates the widgets of the other copy', async () => {
      const { texts } = mountWidgets();
      await until(() => texts()[0] === italian.common.notConfigured, 'no default message');
      const url = `${new URL('../../src/i18n/registry.ts', import.meta.url).href}?copy=3`;
      const copy = (await import(
        /* @vite-ignore */ url
      )) as typeof import('../../src/i18n/registry.js');
      copy.registerTranslation({ code: 'it', common: { notConfigured: NOT_CONFIGURED } });
      await until(() => texts()[0] === NOT_CONFIGURED, 'the other copy’s widgets did not update');
    });
  });
});

function dayLabel(el: Element, date: string): string {
  return textOf(el.shadowRoot!.querySelector(`button[data-date="${date}"]`));
}
