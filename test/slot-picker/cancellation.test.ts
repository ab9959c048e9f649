import { expect } from '@open-wc/testing';
import {
  $,
  buttonByText,
  confirmButton,
  OFFICE,
  openPicker,
  SERVICE,
  setUp,
  tearDown,
  textOf,
  toReview,
  until,
  waitForHeading,
} from './helpers.js';

const FIXED = { office: OFFICE, service: SERVICE };

/** The reference counter closes online cancellation 24 hours before the appointment. */
async function reviewTomorrowAt(now: string, time: string) {
  await setUp({ at: now });
  const el = await openPicker(FIXED);
  await toReview(el, time);
  return el;
}

async function confirmAndOpenReceipt(el: Element) {
  (await confirmButton(el)).click();
  await waitForHeading(el, 'Prenotazione confermata');
  const receipt = await until(() => $(el, 'sportello-receipt'), 'no receipt');
  await until(() => receipt.shadowRoot?.querySelector('.actions'), 'the receipt has no actions');
  return receipt;
}

describe('<sportello-slot-picker> cancellation deadline', () => {
  afterEach(tearDown);

  it('says on the review until when the booking can be cancelled, and offers it after', async () => {
    // 10 March, 09:00 in Rome: a booking of 11 March, 11:00 can be cancelled until 10 March, 11:00.
    const el = await reviewTomorrowAt('2026-03-10T08:00:00Z', '11:00');
    expect($(el, '#cancel-closed')).to.equal(null);
    expect(textOf($(el, '.summary + .hint'))).to.equal(
      'Potrai annullare o cambiare data online fino a martedì 10 marzo 2026, 11:00.',
    );
    const receipt = await confirmAndOpenReceipt(el);
    expect(textOf(el.shadowRoot!.querySelector('.hint'))).to.contain('link per annullare');
    expect(buttonByText(receipt, 'Annulla la prenotazione')).to.exist;
  });

  it('warns before confirming a booking that can no longer be cancelled, and does not offer it', async () => {
    // 10 March, 09:29 in Rome: tomorrow 09:00 is less than 24 hours away.
    const el = await reviewTomorrowAt('2026-03-10T08:29:00Z', '09:00');
    const warning = $(el, '#cancel-closed')!;
    expect(warning).to.exist;
    expect(textOf(warning)).to.contain('Questa prenotazione non si potrà annullare online');
    expect(textOf(warning)).to.contain('martedì 10 marzo 2026, 09:00');
    // The warning comes before the button that confirms, in reading order.
    const button = await confirmButton(el);
    expect(warning.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
      0,
    );

    const receipt = await confirmAndOpenReceipt(el);
    const done = textOf(el.shadowRoot!.querySelector('.hint'));
    expect(done).to.equal('Ti abbiamo mandato una email con il riepilogo.');
    expect(textOf(el.shadowRoot!.querySelector('section'))).not.to.contain('Operazione riuscita');
    expect(buttonByText(receipt, 'Annulla la prenotazione')).to.equal(undefined);
    expect(buttonByText(receipt, 'Cambia data')).to.equal(undefined);
    expect(textOf(receipt.shadowRoot!.querySelector('.actions'))).to.contain(
      'Non è più possibile annullare o cambiare data online',
    );
  });
});
