import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { sendKeys } from '../engine.js';
import {
  $,
  $$,
  buttonByText,
  clickButton,
  chooseDay,
  chooseSlot,
  fillDetails,
  heading,
  OFFICE,
  openPicker,
  SERVICE,
  setUp,
  submitDetails,
  tabStopDay,
  tearDown,
  textOf,
  until,
  VALID,
  waitFor,
  waitForHeading,
  type Picker,
} from './helpers.js';

const back = (el: Element) => buttonByText(el, /Indietro$/, 'button.back');

async function goBack(el: Element, to: string) {
  back(el)!.click();
  await waitForHeading(el, to);
}

const field = (el: Element, name: string) => $<HTMLInputElement>(el, `#field-${name}`)!;

async function pressEnter(button: HTMLElement): Promise<void> {
  button.focus();
  await sendKeys({ press: 'Enter' });
}

const slotAt = (el: Element, time: string) =>
  $$<HTMLButtonElement>(el, 'button.slot').find(
    (b) => textOf(b.querySelector('.slot__time')) === time,
  );

/** The browser's Back, and the popstate that follows it. */
async function browserBack(): Promise<void> {
  const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
  history.back();
  await popped;
}

describe('<sportello-slot-picker> going back', () => {
  beforeEach(() => setUp());
  afterEach(tearDown);

  it('offers "Indietro" on every step after the first, and each keeps every choice', async () => {
    const el = await openPicker({ office: '', service: '' });
    expect(back(el)).to.equal(undefined);
    await clickButton(el, /^Tribunale di Pistoia/, '.choice-card');
    await until(() => heading(el) === 'Scegli lo sportello', 'no counter step');
    await goBack(el, "Scegli l'ufficio");
    expect(back(el)).to.equal(undefined);
  });

  it('goes back from the review to the first step and forward again without retyping', async () => {
    const el = await openPicker({ office: OFFICE, service: SERVICE });
    expect(back(el), 'the first step has no way back').to.equal(undefined);
    const day = await chooseDay(el);
    await chooseSlot(el, '09:20');
    await fillDetails(el);
    await submitDetails(el);
    await waitForHeading(el, 'Controlla e conferma');

    await goBack(el, 'Motivo e dati personali');
    expect(field(el, 'givenName').value).to.equal(VALID.givenName);
    expect(field(el, 'fiscalCode').value).to.equal(VALID.fiscalCode);
    await goBack(el, "Scegli l'orario");
    const slot = await until(() => $(el, 'button.slot[aria-pressed="true"]'), 'no chosen time');
    expect(slot.textContent).to.contain('09:20');
    await goBack(el, 'Scegli il giorno');
    expect($(el, `button[data-date="${day}"]`)!.getAttribute('aria-pressed')).to.equal('true');
    expect(back(el)).to.equal(undefined);

    await chooseDay(el, day);
    await chooseSlot(el, '09:20');
    expect(field(el, 'email').value).to.equal(VALID.email);
    expect(field(el, 'consent').checked).to.equal(true);
  });

  it('moves focus to the heading of the step it goes back to', async () => {
    const el = await openPicker({ office: OFFICE, service: SERVICE });
    await chooseDay(el);
    await goBack(el, 'Scegli il giorno');
    await until(
      () => el.shadowRoot!.activeElement === $(el, '#step-heading'),
      'focus is not on the heading',
    );
  });

  it('warns before the page is left with typed data, and not before', async () => {
    // The page's own beforeunload is not dispatched: the mock service worker would take it for
    // the page going away. The widget's listener is called as the browser would call it.
    const listen = sinon.spy(window, 'addEventListener');
    const el = await openPicker({ office: OFFICE, service: SERVICE });
    await chooseDay(el);
    await chooseSlot(el);
    const call = await until(
      () => listen.getCalls().find((c) => c.args[0] === 'beforeunload'),
      'no beforeunload listener once there is a form',
    );
    listen.restore();
    const listener = call.args[1] as (event: Event) => void;
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      listener(event);
      return event.defaultPrevented;
    };
    expect(leave(), 'an empty form').to.equal(false);
    await fillDetails(el);
    expect(leave(), 'a form with data').to.equal(true);
  });

  describe('with the history attribute', () => {
    it('the browser’s Back goes to the previous step, with nothing typed in the address or state', async () => {
      const address = location.href;
      // An entry of the test's own, so that a Back too many stays on this page and fails below.
      history.pushState(null, '');
      const el: Picker = await openPicker({ office: OFFICE, service: SERVICE });
      el.history = true;
      await until(
        () => (history.state as Record<string, unknown> | null)?.sportelloSlotPickerStep === 'day',
        'the first step is not in the history',
      );
      // Each step is reached by a key press, as a visitor does: Chromium drops the oldest entries
      // added without a user's gesture once the tab's history is full (as it is late in a run).
      await pressEnter(await tabStopDay(el));
      await waitForHeading(el, "Scegli l'orario");
      await pressEnter(await until(() => slotAt(el, '09:20'), 'no slot at 09:20'));
      await waitFor(el, '#field-givenName');
      await fillDetails(el);
      await pressEnter($<HTMLButtonElement>(el, 'form button[type=submit]')!);
      await waitForHeading(el, 'Controlla e conferma');
      expect((history.state as Record<string, unknown>).sportelloSlotPickerStep).to.equal('review');
      expect(location.href).to.equal(address);
      expect(JSON.stringify(history.state)).not.to.contain(VALID.familyName);
      expect(JSON.stringify(history.state)).not.to.contain(VALID.fiscalCode);

      await browserBack();
      await waitForHeading(el, 'Motivo e dati personali');
      expect(field(el, 'familyName').value).to.equal(VALID.familyName);
      await browserBack();
      await waitForHeading(el, "Scegli l'orario");
      history.forward();
      await waitForHeading(el, 'Motivo e dati personali');
    });
  });
});
