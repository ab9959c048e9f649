import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { setViewport } from '../engine.js';
import {
  $,
  bookWith,
  buttonByText,
  messageWith,
  openReceipt,
  setUp,
  statusOf,
  tearDown,
  textOf,
  until,
} from './helpers.js';

describe('<sportello-receipt>', () => {
  afterEach(tearDown);

  describe('rendering', () => {
    it('shows a confirmed booking: status, code, holder, office time, place, QR', async () => {
      const { db } = await setUp();
      const booking = await bookWith(db);
      const el = await openReceipt({ code: booking.code, token: booking.token });
      expect(await statusOf(el)).to.equal('Prenotazione confermata');
      expect(textOf($(el, '.code'))).to.equal(booking.code);
      expect(textOf($(el, '.holder'))).to.equal(booking.holderName);
      const facts = textOf($(el, '.facts'));
      expect(facts).to.contain('lunedì 6 luglio 2026');
      expect(facts).to.contain('dalle 09:00 alle 09:20');
      expect(facts).to.contain('Tribunale di Pistoia');
      expect(facts).to.contain(booking.purpose.label);
      expect(facts).to.contain('1 atto');
      for (const item of booking.service.whatToBring) expect(facts).to.contain(item);
      const qr = await until(() => $(el, 'svg.qr'), 'no QR code');
      expect(qr.getAttribute('role')).to.equal('img');
      expect(qr.getAttribute('aria-label')).to.equal('Codice QR per l’ingresso');
      expect(qr.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(500);
    });

    it('makes the QR code as wide as a 320 px phone allows, with its quiet zone', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const { db } = await setUp();
        const booking = await bookWith(db);
        const el = await openReceipt({ code: booking.code, token: booking.token });
        const qr = await until(() => $(el, 'svg.qr'), 'no QR code');
        const code = qr.getBoundingClientRect();
        const host = el.getBoundingClientRect();
        // As wide as the widget, border to border of the ticket; nothing past the screen.
        expect(code.width).to.be.at.least(0.8 * window.innerWidth);
        expect(code.width).to.be.at.least(host.width - 1);
        expect(code.left).to.be.at.least(host.left - 0.5);
        expect(code.right).to.be.at.most(host.right + 0.5);
        expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
        // Four white modules round the dark ones.
        const size = Number(qr.getAttribute('viewBox')!.split(' ')[2]);
        const runs = [
          ...qr
            .querySelector('path')!
            .getAttribute('d')!
            .matchAll(/M(\d+) (\d+)h(\d+)/g),
        ];
        const xs = runs.map(([, x]) => Number(x));
        const ys = runs.map(([, , y]) => Number(y));
        const ends = runs.map(([, x, , run]) => Number(x) + Number(run));
        expect([Math.min(...xs), Math.min(...ys)]).to.deep.equal([4, 4]);
        expect([Math.max(...ends), Math.max(...ys) + 1]).to.deep.equal([size - 4, size - 4]);
        expect(qr.querySelector('rect')!.getAttribute('fill')).to.equal('#fff');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('reads code and token from the address with from-url, and leaves the address alone', async () => {
      const { db } = await setUp();
      const booking = await bookWith(db);
      const before = location.href;
      history.replaceState(
        null,
        '',
        `${location.pathname}#code=${booking.code}&token=${booking.token}`,
      );
      try {
        const el = await openReceipt({ fromUrl: true });
        expect(await statusOf(el)).to.equal('Prenotazione confermata');
        expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.contain(
          booking.token,
        );
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('writes the town once in the address, on the receipt and in the calendar file', async () => {
      const { db } = await setUp();
      const booking = await bookWith(db);
      const el = await openReceipt({ code: booking.code, token: booking.token });
      await statusOf(el);
      const facts = textOf($(el, '.facts'));
      expect(facts).to.contain('Piazza Duomo 6, 51100 Pistoia (PT)');
      expect(facts).not.to.contain('(PT), Pistoia');

      const files: Blob[] = [];
      sinon.stub(URL, 'createObjectURL').callsFake((blob) => {
        files.push(blob as Blob);
        return 'blob:stub';
      });
      sinon.stub(HTMLAnchorElement.prototype, 'click');
      buttonByText(el, 'Aggiungi al calendario')!.click();
      const ics = (await files[0]!.text()).replace(/\r\n[ \t]/g, '');
      const location = /^LOCATION:(.*)$/m.exec(ics)![1]!.trim();
      expect(location).to.equal(
        'Tribunale di Pistoia\\, Piano primo\\, stanza 104\\, Piazza Duomo 6\\, 51100 Pistoia (PT)',
      );
    });

    it('says cancelled, checked in and past, without a QR code', async () => {
      const { db, setNow } = await setUp();
      const cancelled = await bookWith(db, 1);
      db.cancelBooking(cancelled.code, cancelled.token);
      let el = await openReceipt({ code: cancelled.code, token: cancelled.token });
      expect(await statusOf(el)).to.equal('Prenotazione annullata');
      expect(textOf($(el, '.status'))).to.contain('Annullata il mercoledì 1 luglio 2026, 10:00');
      expect($(el, '.ticket__qr')).to.equal(null);

      const visited = await bookWith(db, 2);
      setNow('2026-07-06T06:50:00Z');
      await db.recordCheckIn({ code: visited.code });
      el = await openReceipt({ code: visited.code, token: visited.token });
      expect(await statusOf(el)).to.equal('Ingresso già registrato');
      expect(textOf($(el, '.status'))).to.contain('alle 08:50');

      setNow('2026-07-07T08:00:00Z');
      const past = await bookWith(db, 3, 'tribunale-pistoia-contenzioso-civile_2026-07-08_0900');
      setNow('2026-07-09T08:00:00Z');
      el = await openReceipt({ code: past.code, token: past.token });
      expect(await statusOf(el)).to.equal('Appuntamento passato');
      expect(textOf($(el, '.actions'))).to.contain('Prenota un nuovo appuntamento');
    });

    it('explains a wrong code, a wrong token and a missing link, with a way forward', async () => {
      const { db } = await setUp();
      const booking = await bookWith(db);
      let el = await openReceipt({ code: 'ZZZZ-9999', token: booking.token });
      await messageWith(el, /Non troviamo una prenotazione/);
      el = await openReceipt({ code: booking.code, token: 'sbagliato' });
      await messageWith(el, /Il link non è valido/);
      el = await openReceipt({});
      await messageWith(el, /Apri il link che trovi nell’email/);
    });

    it('unreachable: says so, shows the page’s help and loads on retry', async () => {
      const { db, scenarios } = await setUp();
      const booking = await bookWith(db);
      scenarios.set('offline');
      const el = await openReceipt({ code: booking.code, token: booking.token });
      await until(() => $(el, '.message--error'), 'no error');
      expect(textOf($(el, '.message--error'))).to.contain('Il servizio del tribunale non risponde');
      expect($(el, 'slot')).to.exist;
      scenarios.set(null);
      const retry = [...el.shadowRoot!.querySelectorAll('button')].find(
        (b) => textOf(b) === 'Riprova',
      )!;
      retry.click();
      expect(await statusOf(el)).to.equal('Prenotazione confermata');
    });
  });

  describe('i18n', () => {
    it('speaks English and German', async () => {
      const { db } = await setUp();
      const booking = await bookWith(db);
      const en = await openReceipt({ code: booking.code, token: booking.token, lang: 'en' });
      expect(await statusOf(en)).to.equal('Booking confirmed');
      await waitUntil(
        () => /Monday,? (6 July|July 6)/.test(textOf($(en, '.facts'))),
        'no English date',
      );
      const de = await openReceipt({ code: booking.code, token: booking.token, lang: 'de' });
      expect(await statusOf(de)).to.equal('Buchung bestätigt');
      expect(textOf($(de, '.facts'))).to.contain('von 09:00 bis 09:20 Uhr');
    });

    it('shows the office data in the language the server sent', async () => {
      const { db } = await setUp();
      const booking = await bookWith(db);
      const de = await openReceipt({ code: booking.code, token: booking.token, lang: 'de' });
      await statusOf(de);
      const facts = textOf($(de, '.facts'));
      expect(facts).to.contain('Geschäftsstelle für streitige Zivilsachen');
      expect(facts).to.contain('1. Stock, Raum 104');
      expect(facts).to.contain('Einreichung von Schriftstücken');
      expect(facts).to.contain('Tribunale di Pistoia');
    });
  });

  describe('a11y', () => {
    it('passes axe in every state', async () => {
      const { db } = await setUp();
      const booking = await bookWith(db);
      const el = await openReceipt({ code: booking.code, token: booking.token });
      await until(() => $(el, 'svg.qr'), 'no QR code');
      await expect(el).to.be.accessible();
      db.cancelBooking(booking.code, booking.token);
      const cancelled = await openReceipt({ code: booking.code, token: booking.token });
      await statusOf(cancelled);
      await expect(cancelled).to.be.accessible();
      const missing = await openReceipt({ code: 'ZZZZ-9999', token: 'x' });
      await messageWith(missing, /Non troviamo/);
      await expect(missing).to.be.accessible();
    });
  });
});
