import { expect, fixtureSync, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/define/sportello-config.js';
import { slotPickerTemplate } from '../../stories/slot-picker.template.js';
import {
  $,
  $$,
  API,
  OFFICE,
  openPicker,
  SERVICE,
  setUp,
  submitDetails,
  tabStopDay,
  tearDown,
  textOf,
  until,
  waitFor,
  worker,
  type Picker,
  dayName,
} from './helpers.js';

const FIXED = { office: OFFICE, service: SERVICE };

/** Slots given as UTC instants: the element must show them in Rome's time. */
function utcSlots() {
  worker.use(
    http.get(`${API}/services/:serviceId/slots`, ({ request }) =>
      HttpResponse.json({
        serviceId: SERVICE,
        date: new URL(request.url).searchParams.get('date'),
        slots: [
          {
            id: 'a',
            start: '2026-03-12T08:30:00Z',
            end: '2026-03-12T08:50:00Z',
            capacity: 5,
            free: 3,
          },
          {
            id: 'b',
            start: '2026-03-12T14:00:00Z',
            end: '2026-03-12T14:20:00Z',
            capacity: 5,
            free: 0,
          },
        ],
      }),
    ),
  );
}

async function headingIs(el: Element, text: string) {
  await until(() => textOf($(el, '#step-heading')) === text, `heading never became "${text}"`);
}

async function toTimes(el: Element, dayHeading: string, timeHeading: string) {
  await headingIs(el, dayHeading);
  const day = await waitFor<HTMLButtonElement>(el, 'button[data-date="2026-03-12"]');
  day.click();
  await headingIs(el, timeHeading);
  await until(() => $$(el, 'button.slot').length === 2, 'no slots');
  return $$(el, 'button.slot').map(textOf);
}

describe('<sportello-slot-picker>', () => {
  afterEach(tearDown);

  describe('i18n', () => {
    beforeEach(() => setUp());

    it('speaks Italian by default', async () => {
      utcSlots();
      const el = await openPicker({ ...FIXED, lang: '' });
      expect(await toTimes(el, 'Scegli il giorno', "Scegli l'orario")).to.deep.equal([
        '09:30 3 posti su 5',
        '15:00 completo',
      ]);
    });

    it('speaks English with lang="en" on the element', async () => {
      utcSlots();
      const el = await openPicker({ ...FIXED, lang: 'en' });
      expect(await toTimes(el, 'Choose the day', 'Choose the time')).to.deep.equal([
        '09:30 3 of 5 places free',
        '15:00 fully booked',
      ]);
      expect(textOf($(el, '.hint'))).to.contain('Thursday, March 12, 2026');
    });

    it('speaks German with lang="de" on an ancestor, and follows a change of lang', async () => {
      utcSlots();
      // fixtureSync: a plain <div> root makes fixture() wait for an animation frame, which a
      // page running in the background of a parallel test run does not get.
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div lang="de">${slotPickerTemplate({ ...FIXED, lang: '' })}</div>`,
      );
      const el = wrapper.querySelector<Picker>('sportello-slot-picker')!;
      expect(await toTimes(el, 'Tag wählen', 'Uhrzeit wählen')).to.deep.equal([
        '09:30 3 von 5 Plätzen frei',
        '15:00 ausgebucht',
      ]);
      wrapper.lang = 'en';
      await headingIs(el, 'Choose the time');
    });

    it('shows the counters in the language the server sent, and fetches them again when lang changes', async () => {
      const el = await openPicker({ office: OFFICE, lang: 'de' });
      const counters = () => $$(el, '.choice-card__title').map(textOf);
      await until(
        () => counters().includes('Geschäftsstelle für streitige Zivilsachen'),
        'no German counter name',
      );
      expect(textOf($(el, '.choice-list'))).to.contain('Gültiger Ausweis');
      el.lang = 'en';
      await until(
        () => counters().includes('Civil litigation registry'),
        'the counters were not fetched again in English',
      );
      expect(counters()).not.to.include('Geschäftsstelle für streitige Zivilsachen');
    });

    it('asks for the language of its <sportello-config> when it uses the config’s backend', async () => {
      const wrapper = fixtureSync<HTMLElement>(
        html`<sportello-config api-base=${API} lang="de">
          ${slotPickerTemplate({ office: OFFICE, apiBase: '', lang: '' })}
        </sportello-config>`,
      );
      const el = wrapper.querySelector<Picker>('sportello-slot-picker')!;
      await until(
        () =>
          $$(el, '.choice-card__title')
            .map(textOf)
            .includes('Geschäftsstelle für streitige Zivilsachen'),
        'no German counter name',
      );
    });

    it('explains errors in the visitor’s language', async () => {
      const el = await openPicker({ ...FIXED, lang: 'en' });
      await headingIs(el, 'Choose the day');
      await chooseDayIn(el);
      await waitFor(el, 'button.slot:not([disabled])');
      $<HTMLButtonElement>(el, 'button.slot:not([disabled])')!.click();
      await waitFor(el, '#field-givenName');
      await submitDetails(el);
      const summary = await waitFor(el, '.error-summary');
      expect(textOf(summary.querySelector('.error-summary__title'))).to.equal('There is a problem');
      expect(textOf($(el, '#field-familyName-error'))).to.equal('This field is required.');
    });
  });

  describe('i18n: time zone', () => {
    // 12:00 UTC is 13:00 in Rome on 10 March, but already 11 March in Auckland or Tokyo.
    beforeEach(() => setUp({ at: '2026-03-10T12:00:00Z' }));

    it('uses the office’s today and shows office time whatever the visitor’s zone', async () => {
      const zone = (window as { __SPORTELLO_TEST_TZ__?: string }).__SPORTELLO_TEST_TZ__;
      if (zone) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      utcSlots();
      const el = await openPicker(FIXED);
      expect((await tabStopDay(el)).dataset.date).to.equal('2026-03-11');
      expect(dayName(el, '2026-03-11')).to.match(/^11, mercoledì 11 marzo 2026, \d+ posti liberi$/);
      expect(await toTimes(el, 'Scegli il giorno', "Scegli l'orario")).to.deep.equal([
        '09:30 3 posti su 5',
        '15:00 completo',
      ]);
      expect(textOf($(el, '.hint'))).to.contain('giovedì 12 marzo 2026');
    });
  });
});

async function chooseDayIn(el: Element) {
  (await tabStopDay(el)).click();
}
