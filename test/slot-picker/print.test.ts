import { expect, fixtureSync, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itWhere } from '../engine.js';
import { slotPickerTemplate } from '../../stories/slot-picker.template.js';
import type { Db } from '../../mocks/index.js';
import {
  $,
  confirmButton,
  OFFICE,
  SERVICE,
  setUp,
  tearDown,
  toReview,
  until,
  waitForHeading,
  type Picker,
} from './helpers.js';

interface PrintedPdf {
  pages: number;
  text: string;
}

const printPdf = () => executeServerCommand<PrintedPdf, undefined>('print-pdf');

/** A court page around the widget: what must not be printed with the receipt. */
const page = (widget: unknown) =>
  html`<div class="site">
    <header><p>Intestazione del sito del tribunale</p></header>
    <main style="padding: 3rem; background: #eee">
      <h1>Prenota un appuntamento</h1>
      <p>Testo della pagina che non va stampato.</p>
      <div style="border: 1px solid; padding: 2rem">${widget}</div>
    </main>
    <footer>Piè di pagina del sito</footer>
  </div>`;

/** A host element that lays the picker out in a card of its own shadow root. */
class CourtCard extends HTMLElement {
  connectedCallback(): void {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const card = document.createElement('article');
    card.style.cssText = 'padding: 2rem; border: 2px solid; min-height: 50rem';
    card.innerHTML = '<h2>Servizi della cancelleria</h2><p>Testo della scheda.</p>';
    card.append(document.createElement('slot'));
    root.append(card);
  }
}
customElements.define('court-card', CourtCard);

async function bookAndWait(el: Picker, db: Db) {
  await toReview(el, '09:20');
  (await confirmButton(el)).click();
  await waitForHeading(el, 'Prenotazione confermata');
  const receipt = await until(() => $(el, 'sportello-receipt'), 'no receipt');
  await until(() => receipt.shadowRoot?.querySelector('svg.qr'), 'no QR code on the receipt');
  return [...db.state.bookings.values()][0]!.code;
}

function expectReceiptAlone({ pages, text }: PrintedPdf, code: string) {
  expect(pages, 'pages printed').to.equal(1);
  const printed = text.replace(/\s+/g, ' ');
  expect(printed).to.contain(code);
  expect(printed).to.contain('Tribunale di Pistoia');
  for (const other of [
    'Intestazione del sito',
    'Testo della pagina',
    'Piè di pagina',
    'Testo della scheda',
    'Passo',
    'Stampa la ricevuta',
  ]) {
    expect(printed, other).not.to.contain(other);
  }
}

describe('<sportello-slot-picker> printing the confirmation', () => {
  let db: Db;
  beforeEach(async () => ({ db } = await setUp()));
  afterEach(tearDown);

  itWhere('print', 'prints the receipt alone on one page, from a page layout', async () => {
    const site = fixtureSync<HTMLElement>(
      page(slotPickerTemplate({ office: OFFICE, service: SERVICE })),
    );
    const el = site.querySelector<Picker>('sportello-slot-picker')!;
    const code = await bookAndWait(el, db);
    expectReceiptAlone(await printPdf(), code);
  });

  itWhere(
    'print',
    'prints the receipt alone when the picker sits in another shadow root',
    async () => {
      const site = fixtureSync<HTMLElement>(
        page(
          html`<court-card
            >${slotPickerTemplate({ office: OFFICE, service: SERVICE })}</court-card
          >`,
        ),
      );
      const card = site.querySelector('court-card')!;
      const picker = card.querySelector<Picker>('sportello-slot-picker')!;
      // The picker moves into the card's shadow root, as a host component would render it.
      card.shadowRoot!.querySelector('article')!.append(picker);
      const code = await bookAndWait(picker, db);
      expectReceiptAlone(await printPdf(), code);
    },
  );

  itWhere(
    'print',
    'prints the whole page again once the visitor starts a new booking',
    async () => {
      const site = fixtureSync<HTMLElement>(
        page(slotPickerTemplate({ office: OFFICE, service: SERVICE })),
      );
      const el = site.querySelector<Picker>('sportello-slot-picker')!;
      await bookAndWait(el, db);
      $(el, 'sportello-receipt')!.remove();
      const { text } = await printPdf();
      expect(text).to.contain('Testo della pagina');
      expect(document.documentElement.hasAttribute('data-sportello-print')).to.equal(false);
      expect(el.hasAttribute('data-sportello-print-path')).to.equal(false);
    },
  );
});
