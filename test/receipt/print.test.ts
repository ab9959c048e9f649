import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { engineHas, itWhere, setViewport } from '../engine.js';
import { receiptTemplate } from '../../stories/receipt.template.js';
import type { Receipt } from './helpers.js';
import { $, bookWith, setUp, statusOf, tearDown, until } from './helpers.js';

/** CSS pixels per millimetre. */
const MM = 96 / 25.4;

async function pageWithReceipt(code: string, token: string, printSize: 'a4' | 'a6' = 'a4') {
  // fixtureSync: a plain <div> root makes fixture() wait for an animation frame, which a page
  // running in the background of a parallel test run does not get.
  const page = fixtureSync<HTMLElement>(
    html`<div class="site">
      <header id="site-header">
        <p>Tribunale di Pistoia</p>
        <nav><a href="/">Home</a></nav>
      </header>
      <main>
        <h1 id="page-title">La mia prenotazione</h1>
        <p id="page-text">Testo della pagina</p>
        <section id="wrapper">${receiptTemplate({ code, token, printSize })}</section>
      </main>
      <footer id="site-footer">Piè di pagina</footer>
    </div>`,
  );
  const el = page.querySelector<Receipt>('sportello-receipt')!;
  await statusOf(el);
  await until(() => $(el, 'svg.qr'), 'no QR code');
  return { page, el };
}

const display = (node: Element) => getComputedStyle(node).display;

describe('<sportello-receipt> print', () => {
  afterEach(async () => {
    if (engineHas('print')) await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
    tearDown();
  });

  itWhere(
    'print',
    'prints the receipt alone on one A4 page, without buttons, the QR code large',
    async () => {
      const { db } = await setUp();
      const booking = await bookWith(db);
      const { page, el } = await pageWithReceipt(booking.code, booking.token);
      expect(document.documentElement.hasAttribute('data-sportello-print')).to.equal(true);
      expect(display(page.querySelector('#site-header')!)).not.to.equal('none');

      // The printable width of an A4 sheet with 12 mm margins.
      await setViewport({ width: Math.round(186 * MM), height: Math.round(273 * MM) });
      await emulateMedia({ media: 'print' });
      for (const id of ['#site-header', '#page-title', '#page-text', '#site-footer']) {
        expect(display(page.querySelector(id)!), id).to.equal('none');
      }
      expect(display(page.querySelector('#wrapper')!)).not.to.equal('none');
      expect(display(el)).not.to.equal('none');
      for (const button of el.shadowRoot!.querySelectorAll('button')) {
        expect(display(button)).to.equal('none');
      }
      expect(display($(el, '.actions')!)).to.equal('none');
      const qr = $(el, 'svg.qr')!.getBoundingClientRect();
      expect(qr.width).to.be.greaterThan(70 * MM);
      expect(getComputedStyle($(el, '.code')!).color).to.equal('rgb(0, 0, 0)');
      expect(el.getBoundingClientRect().height).to.be.at.most(273 * MM);
      expect(el.getBoundingClientRect().top).to.be.at.most(1);
    },
  );

  itWhere(
    'print',
    'prints a real PDF of one page holding the receipt and nothing else',
    async () => {
      const { db } = await setUp();
      const booking = await bookWith(db);
      await pageWithReceipt(booking.code, booking.token);
      const { pages, text } = await executeServerCommand<
        { pages: number; text: string },
        undefined
      >('print-pdf');
      expect(pages).to.equal(1);
      const printed = text.replace(/\s+/g, ' ');
      expect(printed).to.contain(booking.code);
      for (const other of ['Tribunale di Pistoia La mia', 'Testo della pagina', 'Piè di pagina']) {
        expect(printed).not.to.contain(other);
      }
    },
  );

  itWhere('print', 'prints a quarter-sheet (A6) receipt with print-size="a6"', async () => {
    const { db } = await setUp();
    const booking = await bookWith(db);
    const { el } = await pageWithReceipt(booking.code, booking.token, 'a6');
    await setViewport({ width: Math.round(186 * MM), height: Math.round(273 * MM) });
    await emulateMedia({ media: 'print' });
    const box = el.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(Math.round(105 * MM));
    expect(box.height).to.be.at.most(148 * MM);
    expect($(el, 'svg.qr')!.getBoundingClientRect().width).to.be.greaterThan(35 * MM);
  });

  it('gives the page back when the receipt goes', async () => {
    const { db } = await setUp();
    const booking = await bookWith(db);
    const { el } = await pageWithReceipt(booking.code, booking.token);
    el.remove();
    expect(document.documentElement.hasAttribute('data-sportello-print')).to.equal(false);
  });
});
