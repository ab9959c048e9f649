import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/sportello-certificate-status.js';
import type { SportelloCertificateStatus } from '../../src/elements/certificate-status/certificate-status.js';
import { fiscalCodeOf } from '../../mocks/internal/fiscal-code.js';
import { createClock, post, useMockApi, worker } from '../mocks/setup.js';
import { $, activeElement, textOf, until } from '../slot-picker/helpers.js';

const SUBJECT = {
  familyName: 'Bartolini',
  givenName: 'Anna',
  sex: 'F',
  birthDate: '1985-04-12',
  birthPlaceCode: 'G713',
} as const;
const NOT_FOUND =
  'Non troviamo una richiesta con questo numero e questa data di nascita: controlla i dati.';

async function book(): Promise<string> {
  const { status, body } = await post('/certificate-requests', {
    officeId: 'procura-lucca',
    certificates: ['casellario-generale', 'carichi-pendenti'],
    useId: 'lavoro',
    urgent: false,
    subject: { ...SUBJECT, fiscalCode: fiscalCodeOf(SUBJECT) },
    email: 'anna@example.it',
    collection: 'counter',
    privacyConsent: true,
  });
  expect(status).to.equal(201);
  return body.number;
}

function open(number = ''): Promise<SportelloCertificateStatus> {
  return fixture<SportelloCertificateStatus>(
    html`<sportello-certificate-status
      api-base="/api"
      number=${number}
    ></sportello-certificate-status>`,
  );
}

function type(el: Element, selector: string, value: string): void {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Sends the form and waits for the answer. */
async function checkStatus(el: SportelloCertificateStatus): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
  await until(() => textOf($(el, 'button[type=submit]')) === 'Controlla', 'the answer');
  await el.updateComplete;
}

const answer = (el: Element) => textOf($(el, '.answer'));
const alert = (el: Element) => textOf($(el, '[role=alert]'));

describe('<sportello-certificate-status>', function () {
  this.timeout(20_000);
  let clock: ReturnType<typeof createClock>;

  beforeEach(async () => {
    clock = createClock('2026-07-01T08:00:00Z');
    await useMockApi({ now: clock.now, prebooked: false });
  });

  it('follows a request from received to ready, by its number and date of birth', async () => {
    const number = await book();
    const el = await open(number);
    expect($<HTMLInputElement>(el, '#field-number')!.value).to.equal(number);
    type(el, '#field-birthDate', '12/04/1985');
    await checkStatus(el);
    expect(answer(el)).to.include("Richiesta ricevuta: l'ufficio la prenderà in carico.");
    expect(answer(el)).to.include('2 certificati richiesti.');
    expect(answer(el)).to.include('Ultimo aggiornamento: mercoledì 1 luglio 2026.');
    expect($(el, '.answer .message--info')).not.to.equal(null);
    await expect(el).to.be.accessible();

    clock.advance(2 * 60 * 60 * 1000);
    await checkStatus(el);
    expect(answer(el)).to.include('In preparazione');

    clock.set('2026-07-06T07:00:00Z');
    type(el, '#field-birthDate', '1985-04-12');
    await checkStatus(el);
    expect(answer(el)).to.include('Pronto: puoi ritirarlo dal lunedì 6 luglio 2026.');
    expect($(el, '.answer .message--success')).not.to.equal(null);
  });

  it('says the same for a wrong date of birth and for an unknown number', async () => {
    const number = await book();
    const el = await open();
    type(el, '#field-number', number.toLowerCase());
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#field-number')!.value).to.equal(number);
    type(el, '#field-birthDate', '13/04/1985');
    await checkStatus(el);
    expect(alert(el)).to.include(NOT_FOUND);
    const wrongDate = alert(el);
    type(el, '#field-number', 'LU-2026-999999');
    type(el, '#field-birthDate', '12/04/1985');
    await checkStatus(el);
    expect(alert(el)).to.equal(wrongDate);
    expect(alert(el)).to.include(NOT_FOUND);
    expect(answer(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('asks to try again later after five wrong dates of birth', async () => {
    const number = await book();
    const el = await open(number);
    for (let day = 1; day <= 5; day++) {
      type(el, '#field-birthDate', `0${day}/01/1985`);
      await checkStatus(el);
      expect(alert(el)).to.include(NOT_FOUND);
    }
    type(el, '#field-birthDate', '12/04/1985');
    await checkStatus(el);
    expect(alert(el)).to.include('Troppi tentativi con dati sbagliati. Riprova tra 15 minuti.');
    expect(answer(el)).to.equal('');
  });

  it('checks the fields before asking, and focuses the first to correct', async () => {
    const el = await open();
    const seen: string[] = [];
    worker.events.on('request:start', ({ request }) => void seen.push(request.url));
    await checkStatus(el);
    expect(textOf($(el, '#field-number-error'))).to.equal('Questo campo è obbligatorio.');
    expect(textOf($(el, '#field-birthDate-error'))).to.equal('Questo campo è obbligatorio.');
    const number = $(el, '#field-number')!;
    expect(number.getAttribute('aria-invalid')).to.equal('true');
    expect(number.getAttribute('aria-describedby')).to.equal(
      'field-number-hint field-number-error',
    );
    expect(activeElement(el)?.id).to.equal('field-number');
    await expect(el).to.be.accessible();

    type(el, '#field-number', 'LU-2026-12');
    type(el, '#field-birthDate', '01/01/2099');
    await checkStatus(el);
    expect(textOf($(el, '#field-number-error'))).to.include('per esempio LU-2026-000123');
    expect(textOf($(el, '#field-birthDate-error'))).to.equal(
      'La data di nascita non può essere nel futuro.',
    );
    type(el, '#field-number', 'LU-2026-000123');
    type(el, '#field-birthDate', '31/02/1985');
    await checkStatus(el);
    expect($(el, '#field-number-error')).to.equal(null);
    expect(textOf($(el, '#field-birthDate-error'))).to.equal(
      'Scrivi una data vera, come 12/04/1985.',
    );
    expect(activeElement(el)?.id).to.equal('field-birthDate');
    worker.events.removeAllListeners();
    expect(seen.filter((url) => url.includes('/certificate-requests'))).to.deep.equal([]);
  });

  it('sends the date of birth in the body, never in the address', async () => {
    const number = await book();
    const seen: Promise<{ url: string; method: string; body: string }>[] = [];
    worker.events.on('request:start', ({ request }) => {
      const copy = request.clone();
      seen.push(copy.text().then((body) => ({ url: request.url, method: request.method, body })));
    });
    const el = await open(number);
    type(el, '#field-birthDate', '12/04/1985');
    await checkStatus(el);
    worker.events.removeAllListeners();
    const requests = (await Promise.all(seen)).filter((r) => r.url.includes('/status'));
    expect(requests).to.have.length(1);
    expect(requests[0]!.method).to.equal('POST');
    expect(JSON.parse(requests[0]!.body)).to.deep.equal({ birthDate: '1985-04-12' });
    expect(requests[0]!.url).not.to.include('1985');
    expect(new URL(requests[0]!.url).search).to.equal('');
    expect(location.href).not.to.include('1985');
  });
});
