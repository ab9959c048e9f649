import { expect, waitUntil } from '@open-wc/testing';
import {
  $,
  bookWith,
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

    it('offline: says so, shows the page’s help and loads on retry', async () => {
      const { db, scenarios } = await setUp();
      const booking = await bookWith(db);
      scenarios.set('offline');
      const el = await openReceipt({ code: booking.code, token: booking.token });
      await until(() => $(el, '.message--error'), 'no error');
      expect(textOf($(el, '.message--error'))).to.contain('offline');
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
      expect(await statusOf(de)).to.equal('Vormerkung bestätigt');
      expect(textOf($(de, '.facts'))).to.contain('von 09:00 bis 09:20 Uhr');
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
