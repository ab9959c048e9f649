import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../engine.js';
import {
  $,
  activeElement,
  clickButton,
  setUp,
  tearDown,
  textOf,
  until,
  waitFor,
  waitForHeading,
} from '../slot-picker/helpers.js';
import {
  ANNA,
  check,
  chooseWhat,
  fillWho,
  fiscalCodeOf,
  NOW,
  open,
  type,
  warmPlaces,
  type Request,
} from './helpers.js';

describe('<sportello-certificate-request> for everyone', function () {
  this.timeout(30_000);
  beforeEach(async () => {
    await setUp({ at: NOW });
    await warmPlaces();
  });
  afterEach(tearDown);

  it('passes axe on every step, with errors, a mismatch and at the end', async () => {
    const el = await open();
    await until(() => $(el, 'input[name=certificates]'), 'the offer');
    await expect(el).to.be.accessible();
    await clickButton(el, 'Continua');
    await waitFor(el, '.error-summary');
    await expect(el).to.be.accessible();
    await chooseWhat(el, ['casellario-generale', 'carichi-pendenti'], 'lavoro', true);
    await expect(el).to.be.accessible();
    await clickButton(el, 'Continua');
    await fillWho(el, { ...ANNA, familyName: 'Rossi' }, fiscalCodeOf(ANNA));
    await waitFor(el, '#fiscal-mismatches [part=message]');
    await expect(el).to.be.accessible();
    type(el, '#field-familyName', ANNA.familyName);
    await clickButton(el, 'Continua');
    await waitForHeading(el, 'Come lo ritiri');
    await until(() => $(el, 'input[name=collection][value=delegate]'), 'the collection');
    check(el, 'input[name=collection][value=delegate]');
    await waitFor(el, '#field-delegateFamilyName');
    await clickButton(el, 'Continua');
    await waitFor(el, '.error-summary');
    await expect(el).to.be.accessible();
    type(el, '#field-delegateFamilyName', 'Neri');
    type(el, '#field-delegateGivenName', 'Carlo');
    const select = $<HTMLSelectElement>(el, '#field-documentType')!;
    select.value = 'carta-identita';
    select.dispatchEvent(new Event('change'));
    type(el, '#field-documentNumber', 'CA12345AB');
    type(el, '#field-email', 'anna@example.it');
    await clickButton(el, 'Continua');
    await waitForHeading(el, 'Controlla e conferma');
    await expect(el).to.be.accessible();
    check(el, '#field-consent');
    await el.updateComplete;
    await clickButton(el, 'Conferma la richiesta');
    await waitForHeading(el, 'Richiesta inviata');
    expect(textOf($(el, '.base'))).to.include('La delega firmata');
    await expect(el).to.be.accessible();
  });

  it('explains each part of a codice fiscale that does not match, in words', async () => {
    const el = await open();
    await chooseWhat(el, ['casellario-generale'], 'lavoro');
    await clickButton(el, 'Continua');
    await fillWho(el, { ...ANNA, familyName: 'Rossi', sex: 'M' }, fiscalCodeOf(ANNA));
    const said = await waitFor(el, '#fiscal-mismatches');
    expect(textOf(said)).to.include(
      'Le lettere del cognome non corrispondono: per ROSSI ci aspettiamo RSS.',
    );
    expect(textOf(said)).to.include('Il sesso non corrisponde');
    await clickButton(el, 'Continua');
    await waitFor(el, '.error-summary');
    expect(textOf($(el, '.error-summary'))).to.include(
      'Codice fiscale: Il codice fiscale non corrisponde agli altri dati.',
    );
  });

  it('fills in the birth data from a codice fiscale typed first', async () => {
    const el = await open();
    await chooseWhat(el, ['casellario-generale'], 'lavoro');
    await clickButton(el, 'Continua');
    await waitFor(el, '#field-fiscalCode');
    type(el, '#field-fiscalCode', fiscalCodeOf(ANNA));
    await until(() => $<HTMLInputElement>(el, '#field-birthDate')!.value === '12/04/1985', 'date');
    expect($<HTMLInputElement>(el, 'input[name=sex][value=F]')!.checked).to.equal(true);
    await until(
      () => $<HTMLInputElement>(el, '#field-birthPlace')!.value === 'Lucca (LU)',
      'place',
    );
    await until(
      () => textOf(el.shadowRoot!.querySelector('[aria-live]')).includes('completato'),
      'said',
    );
  });

  it('keeps everything typed when the citizen goes back', async () => {
    const el = await open();
    await chooseWhat(el, ['casellario-generale'], 'onlus', true);
    await clickButton(el, 'Continua');
    await fillWho(el);
    await clickButton(el, /Indietro/);
    await waitForHeading(el, 'Quale certificato ti serve');
    expect($<HTMLSelectElement>(el, '#field-useId')!.value).to.equal('onlus');
    expect($<HTMLInputElement>(el, '#field-urgent')!.checked).to.equal(true);
    await clickButton(el, 'Continua');
    await waitFor(el, '#field-familyName');
    expect($<HTMLInputElement>(el, '#field-familyName')!.value).to.equal(ANNA.familyName);
    expect($<HTMLInputElement>(el, '#field-birthPlace')!.value).to.equal('Lucca (LU)');
  });

  it('can be filled in with the keyboard alone on its first screen', async () => {
    const el = await fixture<Request>(
      html`<sportello-certificate-request
        api-base="/api"
        office="procura-lucca"
      ></sportello-certificate-request>`,
    );
    const first = await until(() => $<HTMLInputElement>(el, 'input[name=certificates]'), 'offer');
    first.focus();
    await sendKeys({ press: 'Space' });
    await until(() => first.checked, 'checked with Space');
    await until(() => textOf($(el, '.fees__total')).includes('Totale da pagare'), 'the fees');
    // Tab reaches the use, then the button; Enter sends the step and the summary takes the focus.
    const reached: string[] = [];
    for (let i = 0; i < 12 && activeElement(el)?.getAttribute('type') !== 'submit'; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(activeElement(el)?.id ?? '');
    }
    expect(reached).to.include('field-useId');
    await sendKeys({ press: 'Enter' });
    await until(() => activeElement(el)?.classList.contains('error-summary__title'), 'summary');
    expect(textOf($(el, '.error-summary'))).to.include('Per quale uso ti serve');
  });
});
