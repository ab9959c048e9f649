import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../engine.js';
import { http, HttpResponse } from 'msw';
import {
  $,
  count,
  enter,
  OFFICE,
  ON_TIME,
  openDesk,
  SERVICE,
  setUp,
  SLOT,
  spyOnCheckIns,
  storedQueue,
  tearDown,
  textOf,
  worker,
} from './helpers.js';

function toBase64Url(text: string) {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string) {
  return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
}

/** The pass with its appointment moved to 11:00 and the signature left as it was. */
function altered(qrText: string) {
  const [payload, signature, keyId] = qrText.split('.');
  const claims = JSON.parse(fromBase64Url(payload!));
  const moved = toBase64Url(JSON.stringify({ ...claims, t: '2026-07-06T11:00:00+02:00' }));
  return `${moved}.${signature}.${keyId}`;
}

describe('<sportello-check-in>', () => {
  afterEach(tearDown);

  describe('verdicts', () => {
    it('lets in a valid pass, records it and shows the name to match with an ID', async () => {
      const { db, booking, qrText } = await setUp();
      const el = await openDesk();
      expect(await enter(el, qrText)).to.equal('valid');
      const verdict = $(el, '#verdict')!;
      expect(textOf(verdict)).to.contain('Valida: può entrare');
      expect(textOf(verdict)).to.contain(booking.holderName);
      expect(verdict.className).to.contain('verdict--go');
      expect(db.state.bookings.get(booking.code)!.status).to.equal('checked-in');
      expect(await enter(el, qrText)).to.equal('already-checked-in');
      expect(textOf($(el, '#verdict'))).to.contain('Già entrato');
    });

    it('accepts a typed code in any case, with or without the dash', async () => {
      const { booking } = await setUp();
      const el = await openDesk();
      expect(await enter(el, booking.code.replace('-', ' ').toLowerCase())).to.equal('valid');
    });

    it('says too early, too late and another day from the office clock', async () => {
      const { booking } = await setUp('2026-07-06T06:00:00Z'); // 08:00 in Rome
      const el = await openDesk();
      expect(await enter(el, booking.code)).to.equal('too-early');
      expect(textOf($(el, '#verdict'))).to.contain('L’appuntamento è alle 09:00');
      tearDown();
      const later = await setUp('2026-07-06T07:40:00Z'); // 09:40
      const el2 = await openDesk();
      expect(await enter(el2, later.booking.code)).to.equal('too-late');
      tearDown();
      const before = await setUp('2026-07-03T07:00:00Z');
      const el3 = await openDesk();
      expect(await enter(el3, before.booking.code)).to.equal('other-day');
      expect(textOf($(el3, '#verdict'))).to.contain('lunedì 6 luglio 2026');
    });

    it('says cancelled and not found', async () => {
      const { db, booking } = await setUp('2026-07-01T09:00:00Z');
      db.cancelBooking(booking.code, (booking as { token?: string }).token ?? null);
      const el = await openDesk();
      expect(await enter(el, booking.code)).to.equal('cancelled');
      expect(await enter(el, 'ZZZZ-9999')).to.equal('not-found');
      expect($(el, '#verdict')!.className).to.contain('verdict--stop');
    });

    it('rejects an altered or forged QR locally, without asking the server', async () => {
      const { booking, qrText } = await setUp();
      const el = await openDesk();
      const keys = spyOnCheckIns();
      expect(await enter(el, altered(qrText))).to.equal('forged');
      const [, signature, keyId] = qrText.split('.');
      expect(textOf($(el, '#verdict'))).to.contain('Non autentica');
      const otherSignature =
        signature!.slice(0, -4) + (signature!.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      expect(await enter(el, `${booking.checkIn.payload}.${otherSignature}.${keyId}`)).to.equal(
        'forged',
      );
      expect(keys).to.have.length(0);
    });

    it('explains an entry that is neither a code nor a QR', async () => {
      await setUp();
      const el = await openDesk();
      const input = $<HTMLInputElement>(el, '#entry')!;
      input.value = 'ciao';
      $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf($(el, '#entry-error'))).to.contain('ABCD-1234');
    });

    it('takes the last verdict away when a new entry is not a code, and says so', async () => {
      const { booking, qrText } = await setUp();
      const el = await openDesk();
      expect(await enter(el, qrText)).to.equal('valid');
      const input = $<HTMLInputElement>(el, '#entry')!;
      input.focus();
      await sendKeys({ type: 'ciao' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(count(el, '#verdict')).to.equal(0);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf($(el, '#entry-error'))).to.contain('ABCD-1234');
      expect(el.shadowRoot!.activeElement?.id).to.equal('entry');
      await waitUntil(
        () => textOf($(el, '[role=status]')).startsWith('Questo non è un codice'),
        'the error was never announced',
      );
      await expect(el).to.be.accessible();
      expect(await enter(el, booking.code)).to.equal('already-checked-in');
      expect(count(el, '#entry-error')).to.equal(0);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    });

    it('asks to log in when the desk has no session', async () => {
      const { booking } = await setUp();
      const el = await openDesk({ loginUrl: '/login' }, { loggedIn: false });
      $<HTMLInputElement>(el, '#entry')!.value = booking.code;
      $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
      await waitUntil(() => $(el, 'a[href="/login"]'), 'no login link');
    });
  });

  describe('offline', () => {
    it('decides from the verified pass, queues the check-in and sends it once', async () => {
      const { db, booking, qrText, scenarios } = await setUp();
      const el = await openDesk();
      scenarios.set('offline');
      expect(await enter(el, qrText)).to.equal('valid');
      expect(textOf($(el, '#verdict'))).to.contain('senza rete');
      expect(await enter(el, qrText)).to.equal('already-checked-in');
      expect(textOf($(el, '[part=queue]'))).to.contain('1 ingresso in attesa di invio');
      const stored = localStorage.getItem(`sportello-check-in-queue:${OFFICE}`)!;
      expect(stored).to.contain(booking.checkIn.payload);
      expect(stored).not.to.contain(booking.holderName.split(' ')[1]!);
      expect(db.state.bookings.get(booking.code)!.status).to.equal('confirmed');

      scenarios.set(null);
      const keys = spyOnCheckIns();
      const flushes = [el.flush(), el.flush()];
      window.dispatchEvent(new Event('online'));
      await Promise.all(flushes);
      await waitUntil(() => !$(el, '[part=queue]'), 'the queue never emptied');
      expect(keys).to.have.length(1);
      expect(db.state.bookings.get(booking.code)!.status).to.equal('checked-in');
      expect(localStorage.getItem(`sportello-check-in-queue:${OFFICE}`)).to.equal(null);
    });

    it('queues only who may enter, and shows what the server says of each on return', async () => {
      const { db, booking, qrText, scenarios, others } = await setUp(ON_TIME, [
        { slot: SLOT, cancelled: true },
        { slot: `${SERVICE}_2026-07-06_1100` },
        { slot: `${SERVICE}_2026-07-07_0900` },
        { slot: 'tribunale-prato-contenzioso-civile_2026-07-06_0900' },
      ]);
      const [cancelled, later, tomorrow, otherOffice] = others;
      const el = await openDesk();
      scenarios.set('offline');
      expect(await enter(el, tomorrow!.qrText)).to.equal('other-day');
      expect(textOf($(el, '#verdict')))
        .to.contain('Un altro giorno')
        .and.not.contain('sarà registrato');
      expect(await enter(el, tomorrow!.qrText)).to.equal('other-day');
      expect(await enter(el, later!.qrText)).to.equal('too-early');
      expect(await enter(el, otherOffice!.qrText)).to.equal('forged');
      expect(await enter(el, altered(qrText))).to.equal('forged');
      expect(count(el, '[part=queue]')).to.equal(0);
      expect(await enter(el, qrText)).to.equal('valid');
      expect(await enter(el, cancelled!.qrText)).to.equal('valid');
      expect(await enter(el, 'zzzz 9999')).to.equal('unverified');
      expect(await enter(el, qrText)).to.equal('already-checked-in');
      expect(textOf($(el, '[part=queue]'))).to.contain('3 ingressi in attesa di invio');

      const stored = storedQueue();
      const scannedAt = new Date(ON_TIME).toISOString();
      expect(stored.map((entry) => Object.keys(entry).sort())).to.deep.equal([
        ['body', 'key'],
        ['body', 'key'],
        ['body', 'key'],
      ]);
      expect(stored.map((entry) => entry.body)).to.deep.equal([
        { pass: booking.checkIn, scannedAt },
        { pass: cancelled!.booking.checkIn, scannedAt },
        { code: 'ZZZZ-9999', scannedAt },
      ]);
      expect(new Set(stored.map((entry) => entry.key)).size).to.equal(3);

      scenarios.set(null);
      const keys = spyOnCheckIns();
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => !$(el, '[part=queue]'), 'the queue never emptied');
      expect(keys).to.deep.equal(stored.map((entry) => entry.key));
      expect(db.state.bookings.get(booking.code)!.status).to.equal('checked-in');
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=sent] li')];
      expect(items.map((item) => item.dataset.verdict)).to.deep.equal([
        'valid',
        'cancelled',
        'not-found',
      ]);
      expect(textOf(items[0]))
        .to.contain(booking.code)
        .and.contain('08:45')
        .and.contain('Registrato');
      expect(textOf(items[0])).not.to.contain('Richiama');
      expect(textOf(items[1]))
        .to.contain(cancelled!.booking.code)
        .and.contain('Annullata')
        .and.contain('Richiama')
        .and.contain(cancelled!.booking.holderName);
      expect(textOf(items[2]))
        .to.contain('ZZZZ-9999')
        .and.contain('Non trovata')
        .and.contain('Richiama');
      expect(textOf($(el, '[part=sent] h3'))).to.contain('senza rete');
      await waitUntil(
        () => textOf($(el, '[role=status]')) === '3 ingressi inviati: 2 persone da richiamare',
        'the outcome was never announced',
      );
      await expect(el).to.be.accessible();

      $<HTMLButtonElement>(el, '[part=sent] button')!.click();
      await el.updateComplete;
      expect(count(el, '[part=sent]')).to.equal(0);
      expect(el.shadowRoot!.activeElement?.id).to.equal('entry');
    });

    it('keeps the queue across a reload of the page', async () => {
      const { db, booking, qrText, scenarios } = await setUp();
      const el = await openDesk();
      scenarios.set('offline');
      await enter(el, qrText);
      el.remove();
      scenarios.set(null);
      await openDesk();
      await waitUntil(
        () => db.state.bookings.get(booking.code)!.status === 'checked-in',
        'the kept check-in was never sent',
      );
    });

    it('queues a typed code as "to be checked"', async () => {
      const { booking, scenarios } = await setUp();
      const el = await openDesk();
      scenarios.set('offline');
      expect(await enter(el, booking.code)).to.equal('unverified');
      expect(textOf($(el, '#verdict'))).to.contain('Da verificare');
      expect(textOf($(el, '[part=queue]'))).to.contain('1 ingresso');
    });

    it('verifies with the key kept from an earlier visit', async () => {
      const { qrText } = await setUp();
      (await openDesk()).remove();
      worker.use(
        http.get('/api/offices/:id/check-in-key', () => HttpResponse.error()),
        http.post('/api/check-ins', () => HttpResponse.error()),
      );
      const el = await openDesk();
      expect(await enter(el, qrText)).to.equal('valid');
    });
  });

  describe('keyboard', () => {
    it('works with the keyboard alone: type, Enter, and the field is ready again', async () => {
      const { booking } = await setUp();
      const el = await openDesk();
      $<HTMLInputElement>(el, '#entry')!.focus();
      const answered = new Promise((resolve) =>
        el.addEventListener('sportello-checked-in', resolve, { once: true }),
      );
      await sendKeys({ type: booking.code });
      await sendKeys({ press: 'Enter' });
      await answered;
      await el.updateComplete;
      expect($(el, '#verdict')!.dataset.verdict).to.equal('valid');
      expect(el.shadowRoot!.activeElement?.id).to.equal('entry');
    });
  });

  describe('i18n', () => {
    it('answers in English and German', async () => {
      const { booking } = await setUp();
      const en = await openDesk({ lang: 'en' });
      await waitUntil(() => textOf($(en, 'label')) === 'Booking code or QR code', 'no English');
      expect(await enter(en, 'ZZZZ-9999')).to.equal('not-found');
      expect(textOf($(en, '#verdict'))).to.contain('Not found');
      const de = await openDesk({ lang: 'de' });
      await waitUntil(() => textOf($(de, 'label')) === 'Buchungscode oder QR-Code', 'no German');
      expect(await enter(de, booking.code)).to.equal('valid');
      expect(textOf($(de, '#verdict'))).to.contain('Gültig');
    });
  });

  describe('a11y', () => {
    it('passes axe idle, with each tone of answer and with the queue', async () => {
      const { booking, qrText, scenarios } = await setUp();
      const el = await openDesk();
      await expect(el).to.be.accessible();
      await enter(el, qrText);
      await expect(el).to.be.accessible();
      await enter(el, 'ZZZZ-9999');
      await expect(el).to.be.accessible();
      scenarios.set('offline');
      await enter(el, booking.code);
      await expect(el).to.be.accessible();
    });
  });
});
