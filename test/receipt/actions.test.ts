import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../engine.js';
import sinon from 'sinon';
import type { Booking, BookingRequest } from '../../src/api/types.js';
import type { SportelloCancelledEvent } from '../../src/elements/receipt/events.js';
import { bookingBody, person } from '../mocks/setup.js';
import {
  $ as inPicker,
  $$ as inPickerAll,
  chooseDay,
  chooseSlot,
  confirmButton,
  setField,
  spyOnBookings,
  submitDetails,
  tabStopDay,
  toReview,
  waitForHeading,
} from '../slot-picker/helpers.js';
import {
  $,
  bookWith,
  buttonByText,
  messageWith,
  openReceipt,
  SLOT,
  setUp,
  statusOf,
  tearDown,
  textOf,
  until,
} from './helpers.js';

/** Unfolds an iCalendar file into `NAME` → value. */
function parseIcs(text: string): Map<string, string> {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return new Map(
    lines.filter(Boolean).map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), line.slice(colon + 1)];
    }),
  );
}

/** Opens "Cambia data" on a receipt showing a booking; resolves with the picker inside. */
async function openChangeOfDate(el: Element): Promise<Element> {
  await statusOf(el);
  buttonByText(el, 'Cambia data')!.click();
  return until(() => $(el, 'sportello-slot-picker'), 'no slot picker');
}

describe('<sportello-receipt> actions', () => {
  const page = document.documentElement;
  const pageLang = page.getAttribute('lang');
  afterEach(tearDown);
  // A test that changes the page's language gives it back, even when it fails.
  afterEach(() =>
    pageLang === null ? page.removeAttribute('lang') : page.setAttribute('lang', pageLang),
  );

  it('cancels with the keyboard after a confirmation dialog, frees the place, fires the event', async () => {
    const { db } = await setUp();
    const booking = await bookWith(db);
    const el = await openReceipt({ code: booking.code, token: booking.token });
    await statusOf(el);
    const cancel = buttonByText(el, 'Annulla la prenotazione')!;
    cancel.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    await waitUntil(() => dialog.open, 'the dialog did not open');
    expect(textOf(dialog)).to.contain(booking.code);
    // "Keep it" has the focus first: Escape closes without cancelling.
    expect(textOf(el.shadowRoot!.activeElement)).to.equal('No, tienila');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    expect(db.state.bookings.get(booking.code)!.status).to.equal('confirmed');
    await waitUntil(() => el.shadowRoot!.activeElement === cancel, 'focus did not come back');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'the dialog did not open again');
    const cancelled = oneEvent(el, 'sportello-cancelled');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const event = (await cancelled) as unknown as SportelloCancelledEvent;
    expect(event.detail).to.deep.equal({
      code: booking.code,
      officeId: 'tribunale-pistoia',
      serviceId: booking.service.id,
      replacedBy: undefined,
    });
    expect(await statusOf(el)).to.equal('Prenotazione annullata');
    await messageWith(el, /Il posto è stato liberato/);
    expect(db.state.bookings.get(booking.code)!.status).to.equal('cancelled');
    const slots = db.listSlots(booking.service.id, '2026-07-06');
    expect(slots.slots.find((s) => s.id === booking.slotId)!.free).to.equal(3);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'notice', 'focus not on the notice');
  });

  it('says when cancelling online is over, and offers no cancel button', async () => {
    const { db, setNow } = await setUp();
    const booking = await bookWith(db);
    setNow('2026-07-05T08:00:00Z');
    const el = await openReceipt({ code: booking.code, token: booking.token });
    await statusOf(el);
    expect(buttonByText(el, 'Annulla la prenotazione')).to.equal(undefined);
    expect(textOf($(el, '.actions'))).to.contain('Non è più possibile annullare');
  });

  it('adds to the calendar: a valid .ics with time, place, code and how to cancel', async () => {
    const { db } = await setUp();
    const booking = await bookWith(db);
    const el = await openReceipt({ code: booking.code, token: booking.token });
    await statusOf(el);
    const blobs: Blob[] = [];
    sinon.stub(URL, 'createObjectURL').callsFake((blob) => {
      blobs.push(blob as Blob);
      return 'blob:stub';
    });
    sinon.stub(HTMLAnchorElement.prototype, 'click');
    buttonByText(el, 'Aggiungi al calendario')!.click();
    expect(blobs).to.have.length(1);
    expect(blobs[0]!.type).to.contain('text/calendar');
    const text = await blobs[0]!.text();
    expect(text.endsWith('\r\n')).to.equal(true);
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    }
    const ics = parseIcs(text);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(text).to.contain('\r\nBEGIN:VEVENT\r\n');
    expect(text.trimEnd().endsWith('END:VEVENT\r\nEND:VCALENDAR')).to.equal(true);
    expect(ics.get('DTSTAMP')).to.match(/^\d{8}T\d{6}Z$/);
    expect(ics.get('VERSION')).to.equal('2.0');
    expect(ics.get('UID')).to.equal(`${booking.code}@sportello`);
    expect(ics.get('DTSTART')).to.equal('20260706T070000Z');
    expect(ics.get('DTEND')).to.equal('20260706T072000Z');
    expect(ics.get('LOCATION')).to.contain('Tribunale di Pistoia');
    const description = ics.get('DESCRIPTION')!;
    expect(description).to.contain(booking.code);
    expect(description).to.contain('Per annullare');
    expect(description).not.to.contain(booking.holderName);
    expect(description).not.to.contain(booking.token);
  });

  it('changes the date: the old booking stays until the new one is confirmed', async () => {
    const { db } = await setUp();
    const booking = await bookWith(db);
    const el = await openReceipt({ code: booking.code, token: booking.token });
    const picker = await openChangeOfDate(el);
    expect(picker.getAttribute('service')).to.equal(booking.service.id);
    await toReview(picker);
    expect(db.state.bookings.get(booking.code)!.status).to.equal('confirmed');
    const cancelled = oneEvent(el, 'sportello-cancelled');
    (await confirmButton(picker)).click();
    const event = (await cancelled) as unknown as SportelloCancelledEvent;
    expect(event.code).to.equal(booking.code);
    const newCode = event.replacedBy!;
    expect(newCode).to.match(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await waitUntil(() => textOf($(el, '.code')) === newCode, 'the new receipt never showed');
    expect(await statusOf(el)).to.equal('Prenotazione confermata');
    await messageWith(el, new RegExp(`La prenotazione ${booking.code} è stata annullata`));
    expect(db.state.bookings.get(booking.code)!.status).to.equal('cancelled');
    expect(db.state.bookings.get(newCode)!.status).to.equal('confirmed');
  });

  it('changes the date keeping purpose, acts, holder and e-mail; the holder is read-only', async () => {
    const { db } = await setUp();
    const body = bookingBody(SLOT, 1, { purposeId: 'copie', acts: 2 }) as BookingRequest;
    const booking = (await db.createBooking(body)) as Booking & { token: string };
    const el = await openReceipt({
      code: booking.code,
      token: booking.token,
      privacyUrl: 'https://tribunale.example/privacy',
    });
    const picker = await openChangeOfDate(el);
    await chooseDay(picker);
    await chooseSlot(picker);

    const field = (name: string) => inPicker<HTMLInputElement>(picker, `#field-${name}`)!;
    const holder = person(1);
    expect(field('purposeId').value).to.equal('copie');
    expect(field('acts').value).to.equal('2');
    expect(field('email').value).to.equal(holder.email);
    expect(field('consent').checked).to.equal(true);
    const note = "Per prenotare per un'altra persona fai una nuova prenotazione.";
    for (const name of ['givenName', 'familyName', 'fiscalCode'] as const) {
      expect(field(name).value, name).to.equal(holder[name]);
      expect(field(name).readOnly, name).to.equal(true);
      const described = field(name).getAttribute('aria-describedby')!.split(' ');
      const texts = described.map((id) => textOf(inPicker(picker, `#${id}`)));
      expect(texts.join(' '), name).to.contain(note);
    }
    expect(field('email').readOnly).to.equal(false);
    field('givenName').focus();
    await sendKeys({ type: 'Anna' });
    expect(field('givenName').value).to.equal(holder.givenName);
    field('givenName').blur();
    const privacy = inPicker<HTMLAnchorElement>(picker, '#privacy-notice a')!;
    expect(privacy.getAttribute('href')).to.equal('https://tribunale.example/privacy');
    await expect(picker).to.be.accessible();

    setField(picker, 'email', 'nuova@example.it');
    const seen = spyOnBookings();
    await submitDetails(picker);
    await waitForHeading(picker, 'Controlla e conferma');
    const review = textOf(inPicker(picker, '.summary'));
    for (const kept of [
      'Richiesta o ritiro di copie',
      `${holder.givenName} ${holder.familyName}`,
      holder.fiscalCode,
      'nuova@example.it',
    ]) {
      expect(review).to.contain(kept);
    }
    const cancelled = oneEvent(el, 'sportello-cancelled');
    (await confirmButton(picker)).click();
    const event = (await cancelled) as unknown as SportelloCancelledEvent;
    expect(seen).to.have.length(1);
    expect(seen[0]!.body).to.deep.include({ purposeId: 'copie', acts: 2, privacyConsent: true });
    expect(seen[0]!.body.person).to.deep.equal({ ...holder, email: 'nuova@example.it' });
    expect(seen[0]!.body.replaces).to.deep.equal({ code: booking.code, token: booking.token });
    expect(db.state.bookings.get(event.replacedBy!)!.person.fiscalCode).to.equal(holder.fiscalCode);
  });

  it('still replaces the booking when the language changes during a change of date', async () => {
    page.setAttribute('lang', 'it');
    const { db } = await setUp();
    const booking = await bookWith(db);
    const el = await openReceipt({ code: booking.code, token: booking.token });
    await openChangeOfDate(el);
    // The site switches to English while the citizen picks the new date: the receipt reads the
    // booking again in English and shows a new picker.
    page.setAttribute('lang', 'en');
    const picker = await until(() => {
      const shown = $(el, 'sportello-slot-picker');
      return shown && textOf(inPicker(shown, '#step-heading')) === 'Choose the day' && shown;
    }, 'no slot picker in English');
    (await tabStopDay(picker)).click();
    await waitForHeading(picker, 'Choose the time');
    const slot = await until(
      () => inPickerAll<HTMLButtonElement>(picker, 'button.slot').find((b) => !b.disabled),
      'no free time',
    );
    slot.click();
    await until(() => inPicker(picker, '#field-givenName'), 'no form');
    const seen = spyOnBookings();
    await submitDetails(picker);
    await waitForHeading(picker, 'Check and confirm');
    const cancelled = oneEvent(el, 'sportello-cancelled');
    (await confirmButton(picker)).click();
    const event = (await cancelled) as unknown as SportelloCancelledEvent;
    expect(seen[0]!.body.replaces).to.deep.equal({ code: booking.code, token: booking.token });
    expect(db.state.bookings.get(booking.code)!.status).to.equal('cancelled');
    expect(db.state.bookings.get(event.replacedBy!)!.status).to.equal('confirmed');
  });

  it('keeps the booking when the citizen leaves the change of date', async () => {
    const { db } = await setUp();
    const booking = await bookWith(db);
    const el = await openReceipt({ code: booking.code, token: booking.token });
    await openChangeOfDate(el);
    buttonByText(el, 'Lascia la prenotazione com’è')!.click();
    await waitUntil(() => !$(el, 'sportello-slot-picker'), 'the picker stayed');
    expect(db.state.bookings.get(booking.code)!.status).to.equal('confirmed');
  });

  it('a cancelled booking offers a new one, titled as such, that starts from an empty form', async () => {
    const { db } = await setUp();
    const booking = await bookWith(db);
    await db.cancelBooking(booking.code, booking.token);
    const el = await openReceipt({ code: booking.code, token: booking.token });
    expect(await statusOf(el)).to.equal('Prenotazione annullata');
    buttonByText(el, 'Prenota un nuovo appuntamento')!.click();
    await until(() => $(el, 'sportello-slot-picker'), 'no slot picker');
    expect(textOf($(el, '#change-title'))).to.equal('Prenota un nuovo appuntamento');
    expect(textOf($(el, '.change'))).not.to.contain('Scegli la nuova data');
    expect(buttonByText(el, 'Lascia la prenotazione com’è')).to.equal(undefined);
    buttonByText(el, 'Chiudi')!.click();
    await waitUntil(() => !$(el, 'sportello-slot-picker'), 'the picker stayed');
  });
});
