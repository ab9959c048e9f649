import { expect, oneEvent } from '@open-wc/testing';
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
import { check, choose, chooseWhat, fillWho, NOW, open, type, warmPlaces } from './helpers.js';

describe('<sportello-certificate-request>', function () {
  this.timeout(20_000);
  beforeEach(async () => {
    await setUp({ at: NOW });
    await warmPlaces();
  });
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

  it('lets the citizen choose the Procura first when the page does not fix it', async () => {
    const el = await open('');
    await waitForHeading(el, "Scegli l'ufficio");
    await until(() => $(el, '.office-card'), 'the offices');
    type(el, '#office-search', 'lucca');
    const card = await until(
      () => $$(el, '.office-card').find((b) => textOf(b).startsWith('Procura')),
      'a Procura in the list',
    );
    expect($$(el, '.office-card').every((b) => textOf(b).includes('Lucca'))).to.equal(true);
    card.click();
    await waitForHeading(el, 'Quale certificato ti serve');
    expect(textOf($(el, '.progress'))).to.equal('Passo 2 di 5');
    await until(() => $(el, 'input[name=certificates]'), 'the offer of the chosen office');
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
    expect(done).to.include('Via Galli Tassi 61');
    expect(done).to.include('Ufficio del casellario, piano terra');
    expect(done).to.include('lunedì–venerdì, 09:00–12:00');
    expect(activeElement(el)?.id).to.equal('step-heading');
  });
});
