import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/sportello-certificate-request.js';
import type { SportelloCertificateRequest } from '../../src/elements/certificate-request/certificate-request.js';
import { fiscalCodeOf } from '../../mocks/internal/fiscal-code.js';
import {
  $,
  $$,
  activeElement,
  clickButton,
  heading,
  setUp,
  tearDown,
  textOf,
  until,
  waitForHeading,
} from '../slot-picker/helpers.js';

const NOW = '2026-07-01T08:00:00Z';
const ANNA = {
  familyName: 'Bartolini',
  givenName: 'Anna',
  sex: 'F',
  birthDate: '1985-04-12',
  birthPlaceCode: 'E715',
} as const;

type Request = SportelloCertificateRequest;

function open(office = 'procura-lucca'): Promise<Request> {
  return fixture<Request>(
    html`<sportello-certificate-request
      api-base="/api"
      office=${office}
    ></sportello-certificate-request>`,
  );
}

function type(el: Element, selector: string, value: string): void {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function check(el: Element, selector: string): void {
  const input = $<HTMLInputElement>(el, selector)!;
  input.click();
}

function choose(el: Element, selector: string, value: string): void {
  const select = $<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

async function chooseWhat(el: Request, types: string[], use: string, urgent = false) {
  await until(() => $(el, 'input[name=certificates]'), 'the certificate types');
  for (const id of types) check(el, `input[name=certificates][value="${id}"]`);
  choose(el, '#field-useId', use);
  if (urgent) check(el, '#field-urgent');
  await el.updateComplete;
}

async function fillWho(el: Request, person = ANNA, fiscalCode = fiscalCodeOf(person)) {
  await waitForHeading(el, 'Per chi è il certificato');
  await until(() => $(el, '#field-familyName'), 'the person form');
  type(el, '#field-familyName', person.familyName);
  type(el, '#field-givenName', person.givenName);
  check(el, `input[name=sex][value="${person.sex}"]`);
  const [year, month, day] = person.birthDate.split('-');
  type(el, '#field-birthDate', `${day}/${month}/${year}`);
  type(el, '#field-birthPlace', 'Lucca');
  const option = await until(
    () => $$(el, '[role=option]').find((o) => textOf(o).startsWith('Lucca')),
    'Lucca in the list',
    6000,
  );
  option.click();
  type(el, '#field-fiscalCode', fiscalCode);
  await el.updateComplete;
}

describe('<sportello-certificate-request>', function () {
  this.timeout(20_000);
  beforeEach(() => setUp({ at: NOW }));
  afterEach(tearDown);

  it('explains the fees as the choices change', async () => {
    const el = await open();
    await waitForHeading(el, 'Quale certificato ti serve');
    await chooseWhat(el, ['casellario-generale'], 'lavoro');
    expect(textOf($(el, '.fees__total'))).to.equal(
      'Totale da pagare: 19,92 € (1 marca da bollo da 16,00 € + diritti 3,92 €)',
    );
    expect(textOf($(el, '.fees'))).to.include('La marca da bollo si compra in tabaccheria');
    expect(textOf($(el, '.fees'))).to.include('I diritti si pagano con pagoPA');
    check(el, 'input[name=certificates][value="carichi-pendenti"]');
    check(el, '#field-urgent');
    await el.updateComplete;
    expect(textOf($(el, '.fees__total'))).to.equal(
      'Totale da pagare: 47,68 € (2 marche da bollo da 16,00 € + diritti 7,84 € + urgenza 7,84 €)',
    );
    choose(el, '#field-useId', 'onlus');
    await el.updateComplete;
    expect(textOf($(el, '.fees__lines'))).to.include(
      'Esente dalla marca da bollo (DPR 642/1972, allegato B, art. 27-bis)',
    );
    expect(textOf($(el, '.fees__total'))).to.equal(
      'Totale da pagare: 15,68 € (diritti 7,84 € + urgenza 7,84 €)',
    );
    choose(el, '#field-useId', 'adozione');
    await el.updateComplete;
    expect(textOf($(el, '.fees__total'))).to.equal('Non c’è niente da pagare.');
    expect(textOf($(el, '.fees'))).not.to.include('marca da bollo si compra');
  });

  it('does not go on without a certificate and a use, and says why', async () => {
    const el = await open();
    await waitForHeading(el, 'Quale certificato ti serve');
    await until(() => $(el, 'input[name=certificates]'), 'the types');
    await clickButton(el, 'Continua');
    await until(() => $(el, '.field__error'), 'the errors');
    expect(heading(el)).to.equal('Quale certificato ti serve');
    expect(textOf($(el, '#field-certificates-error'))).to.equal('Scegli almeno un certificato.');
    expect(textOf($(el, '#field-useId-error'))).to.equal('Questo campo è obbligatorio.');
  });

  it('books a certificate from the choice to the request number', async () => {
    const el = await open();
    await waitForHeading(el, 'Quale certificato ti serve');
    await chooseWhat(el, ['casellario-generale'], 'lavoro');
    await clickButton(el, 'Continua');
    await fillWho(el);
    expect($(el, '#fiscal-mismatches [part=message]')).to.equal(null);
    await clickButton(el, 'Continua');
    await waitForHeading(el, 'Come lo ritiri');
    await until(() => $(el, '#field-email'), 'the collection form');
    type(el, '#field-email', 'anna@example.it');
    await clickButton(el, 'Continua');
    await waitForHeading(el, 'Controlla e conferma');
    const review = textOf($(el, 'dl.summary'));
    expect(review).to.include('Certificato generale del casellario giudiziale');
    expect(review).to.include('Anna Bartolini');
    expect(review).to.include('12/04/1985, Lucca');
    check(el, '#field-consent');
    await el.updateComplete;
    const requested = oneEvent(el, 'sportello-certificate-requested');
    await clickButton(el, 'Conferma la richiesta');
    const event = await requested;
    expect(Object.keys(event.detail)).to.deep.equal(['number']);
    expect(event.detail.number).to.match(/^LU-2026-\d{6}$/);
    await waitForHeading(el, 'Richiesta inviata');
    expect(textOf($(el, '.done__number'))).to.equal(
      `Numero della richiesta: ${event.detail.number}`,
    );
    const done = textOf(el.shadowRoot!.querySelector('.base'));
    expect(done).to.include('Pronto dal lunedì 6 luglio 2026.');
    expect(done).to.include('Una marca da bollo da 16,00 €.');
    expect(done).to.include('Codice avviso');
    expect(activeElement(el)?.id).to.equal('step-heading');
  });
});
