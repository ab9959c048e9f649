import { expect } from '@open-wc/testing';
import { sendKeys } from '../engine.js';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import {
  $,
  $$,
  activeElement,
  API,
  chooseDay,
  chooseSlot,
  fillDetails,
  OFFICE,
  openPicker,
  person,
  SERVICE,
  setField,
  settled,
  setUp,
  submitDetails,
  tearDown,
  textOf,
  until,
  VALID,
  waitFor,
  waitForHeading,
  worker,
} from './helpers.js';

const FIXED = { office: OFFICE, service: SERVICE };

function inlineError(el: Element, field: string): string {
  return textOf($(el, `#field-${field}-error`));
}

function invalid(el: Element, field: string): string | null {
  return $(el, `#field-${field}`)!.getAttribute('aria-invalid');
}

describe('<sportello-slot-picker>', () => {
  beforeEach(() => setUp());
  afterEach(tearDown);

  describe('rendering: time step', () => {
    it('shows times in office time, places left, and full slots disabled', async () => {
      worker.use(
        http.get(`${API}/services/:serviceId/slots`, () =>
          HttpResponse.json({
            serviceId: SERVICE,
            date: '2026-03-12',
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
                start: '2026-03-12T09:00:00Z',
                end: '2026-03-12T09:20:00Z',
                capacity: 5,
                free: 0,
              },
              {
                id: 'c',
                start: '2026-03-12T10:00:00Z',
                end: '2026-03-12T10:20:00Z',
                capacity: 5,
                free: 1,
              },
            ],
          }),
        ),
      );
      const el = await openPicker(FIXED);
      await chooseDay(el, '2026-03-12');
      await until(() => $$(el, 'button.slot').length === 3, 'slots never shown');
      const slots = $$<HTMLButtonElement>(el, 'button.slot');
      expect(slots.map(textOf)).to.deep.equal([
        '09:30 3 posti su 5',
        '10:00 completo',
        '11:00 1 posto su 5',
      ]);
      expect(slots.map((s) => s.disabled)).to.deep.equal([false, true, false]);
      expect(slots.every((s) => s.getAttribute('part') === 'slot')).to.equal(true);
    });
  });

  describe('rendering: details', () => {
    let el: HTMLElement;
    beforeEach(async () => {
      el = await openPicker({ ...FIXED, privacyUrl: 'https://tribunale.example/privacy' });
      await chooseDay(el);
      await chooseSlot(el);
    });

    it('labels every field inside the shadow root', async () => {
      for (const name of [
        'purposeId',
        'acts',
        'givenName',
        'familyName',
        'fiscalCode',
        'email',
        'phone',
      ]) {
        const label = $(el, `label[for="field-${name}"]`);
        expect(textOf(label), name).not.to.equal('');
      }
      expect(textOf($(el, '#field-consent')!.closest('label'))).to.contain('acconsento');
      expect($<HTMLAnchorElement>(el, 'a[target=_blank]')!.href).to.equal(
        'https://tribunale.example/privacy',
      );
      expect($(el, '#field-purposeText')).to.equal(null);
      setField(el, 'purposeId', 'altro');
      await waitFor(el, '#field-purposeText');
    });

    it('explains a wrong codice fiscale as it is typed', async () => {
      setField(el, 'fiscalCode', 'RSSMRA80A01G713');
      await settled(el);
      expect(invalid(el, 'fiscalCode')).to.equal('false'); // not yet 16 characters
      const wrongCheck =
        VALID.fiscalCode.slice(0, 15) + (VALID.fiscalCode.endsWith('A') ? 'B' : 'A');
      setField(el, 'fiscalCode', wrongCheck);
      await settled(el);
      expect(invalid(el, 'fiscalCode')).to.equal('true');
      expect(inlineError(el, 'fiscalCode')).to.contain('L’ultimo carattere non corrisponde');
      expect($(el, '#field-fiscalCode')!.getAttribute('aria-describedby')).to.contain(
        'field-fiscalCode-error',
      );
      setField(el, 'fiscalCode', '1234567890ABCDEF');
      await settled(el);
      expect(inlineError(el, 'fiscalCode')).to.contain('non ha la forma giusta');
      setField(el, 'fiscalCode', VALID.fiscalCode.toLowerCase());
      await settled(el);
      expect(invalid(el, 'fiscalCode')).to.equal('false');
      expect($(el, '#field-fiscalCode-error')).to.equal(null);
    });

    it('checks an email when the field is left', async () => {
      const email = $<HTMLInputElement>(el, '#field-email')!;
      email.focus();
      await sendKeys({ type: 'mario@' });
      expect(invalid(el, 'email')).to.equal('false');
      await sendKeys({ press: 'Tab' });
      await until(() => invalid(el, 'email') === 'true', 'email never marked invalid');
      expect(inlineError(el, 'email')).to.contain('nome@esempio.it');
    });

    it('lists the errors in a summary that takes focus and links to each field', async () => {
      setField(el, 'givenName', 'Mario');
      await submitDetails(el);
      const title = await waitFor(el, '.error-summary__title');
      expect(activeElement(el)).to.equal(title);
      const links = $$<HTMLAnchorElement>(el, '.error-summary a');
      expect(links.map(textOf)).to.deep.equal([
        'Motivo della visita: questo campo è obbligatorio.',
        'Cognome: questo campo è obbligatorio.',
        'Codice fiscale: questo campo è obbligatorio.',
        'Email: questo campo è obbligatorio.',
        'Per prenotare serve il consenso al trattamento dei dati.',
      ]);
      for (const field of ['purposeId', 'familyName', 'fiscalCode', 'email', 'consent']) {
        expect(invalid(el, field), field).to.equal('true');
      }
      expect(invalid(el, 'givenName')).to.equal('false');
      expect(inlineError(el, 'familyName')).to.equal('Questo campo è obbligatorio.');
      links[2]!.click();
      expect(activeElement(el)?.id).to.equal('field-fiscalCode');
      links[4]!.click();
      expect(activeElement(el)?.id).to.equal('field-consent');
      await fillDetails(el);
      await submitDetails(el);
      await waitForHeading(el, 'Controlla e conferma');
    });

    it('warns, without blocking, when the codice fiscale does not match the names', async () => {
      // A real code, of someone else: Luca Rossi's, for Giulia Rossi.
      const otherCode = person(2).fiscalCode;
      await fillDetails(el, { fiscalCode: otherCode });
      const sentence =
        'Il codice fiscale non sembra corrispondere a nome e cognome: controlla, oppure continua se è corretto.';
      const warning = $(el, '#field-fiscalCode-warning')!;
      expect(warning.getAttribute('role')).to.equal('status');
      expect(textOf(warning)).to.contain(sentence);
      expect(invalid(el, 'fiscalCode')).to.equal('false');
      expect($(el, '#field-fiscalCode')!.getAttribute('aria-describedby')).to.contain(
        'field-fiscalCode-warning',
      );
      await expect(el).to.be.accessible();
      await submitDetails(el);
      await waitForHeading(el, 'Controlla e conferma');
      expect($(el, '.error-summary')).to.equal(null);
      expect(textOf($(el, '.summary'))).to.contain(sentence);
    });

    it('drops the warning once the names match the code', async () => {
      const warning = () => textOf($(el, '#field-fiscalCode-warning'));
      await fillDetails(el, { givenName: 'Luca', fiscalCode: person(2).fiscalCode });
      expect(warning()).to.equal('');
      expect($(el, '#field-fiscalCode')!.getAttribute('aria-describedby')).not.to.contain(
        'warning',
      );
      setField(el, 'givenName', 'Mario');
      $(el, '#field-givenName')!.dispatchEvent(new Event('blur'));
      await until(() => warning().includes('non sembra corrispondere'), 'no warning');
      setField(el, 'givenName', 'luca');
      $(el, '#field-givenName')!.dispatchEvent(new Event('blur'));
      await until(() => warning() === '', 'the warning stayed');
      await submitDetails(el);
      await waitForHeading(el, 'Controlla e conferma');
      expect(textOf($(el, '.summary'))).not.to.contain('non sembra corrispondere');
    });

    it('links the consent to the privacy notice', async () => {
      const consent = $(el, '#field-consent')!;
      const notice = $(el, '#privacy-notice')!;
      expect(consent.getAttribute('aria-describedby')).to.contain('privacy-notice');
      expect(notice.querySelector('a')!.getAttribute('href')).to.equal(
        'https://tribunale.example/privacy',
      );
      expect(textOf(consent.closest('label'))).to.contain('Ho letto l’informativa sulla privacy');
    });

    it('says how long a name may be', async () => {
      await fillDetails(el, { familyName: 'A'.repeat(81) });
      await submitDetails(el);
      await waitFor(el, '.error-summary');
      expect(invalid(el, 'familyName')).to.equal('true');
      expect(inlineError(el, 'familyName')).to.contain('Scrivi al massimo 80 caratteri');
    });

    it('rejects more acts than the counter allows', async () => {
      await fillDetails(el, { acts: '3' });
      await submitDetails(el);
      await waitFor(el, '.error-summary');
      expect(invalid(el, 'acts')).to.equal('true');
      expect(inlineError(el, 'acts')).to.contain('numero di atti');
    });
  });

  describe('rendering: privacy link', () => {
    // Runs first: the warning is given once per page.
    it('without privacy-url, warns the webmaster once and claims no notice was read', async () => {
      const warn = sinon.stub(console, 'warn');
      for (const round of [1, 2]) {
        const el = await openPicker({ ...FIXED, privacyUrl: '' });
        await chooseDay(el);
        await chooseSlot(el);
        const label = textOf($(el, '#field-consent')!.closest('label'));
        expect(label, `round ${round}`).to.equal(
          'Acconsento al trattamento dei miei dati per la prenotazione.',
        );
        expect(label).not.to.match(/letto|informativa/i);
        expect($(el, '#privacy-notice')).to.equal(null);
        expect($(el, '#field-consent')!.hasAttribute('aria-describedby')).to.equal(false);
        el.remove();
      }
      const warnings = warn
        .getCalls()
        .filter((call) => String(call.args[0]).includes('privacy-url'));
      expect(warnings).to.have.length(1);
    });

    it('drops a privacy-url that is not http(s)', async () => {
      const el = await openPicker({ ...FIXED, privacyUrl: 'javascript:alert(1)' });
      await chooseDay(el);
      await chooseSlot(el);
      expect($(el, 'a[target=_blank]')).to.equal(null);
      expect(
        [...el.shadowRoot!.querySelectorAll('a')].some((a) => a.href.startsWith('javascript')),
      ).to.equal(false);
    });
  });
});
