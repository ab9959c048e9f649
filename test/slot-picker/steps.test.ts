import { expect } from '@open-wc/testing';
import type { SportelloStepEvent } from '../../src/elements/slot-picker/events.js';
import {
  $,
  $$,
  chooseDay,
  chooseSlot,
  clickButton,
  confirmButton,
  fillDetails,
  heading,
  OFFICE,
  openPicker,
  SERVICE,
  settled,
  setUp,
  submitDetails,
  tearDown,
  textOf,
  until,
  VALID,
  waitFor,
  waitForHeading,
} from './helpers.js';

function officeTitles(el: Element) {
  return $$(el, '.choice-card__title').map(textOf);
}

async function search(el: Element, query: string) {
  const input = await waitFor<HTMLInputElement>(el, '#office-search');
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settled(el);
}

describe('<sportello-slot-picker>', () => {
  beforeEach(() => setUp());
  afterEach(tearDown);

  describe('rendering: office and counter', () => {
    it('groups the offices by kind', async () => {
      const el = await openPicker();
      await waitForHeading(el, "Scegli l'ufficio");
      await until(() => officeTitles(el).length > 10, 'offices never listed');
      expect($$(el, '.group-heading').map(textOf)).to.deep.equal([
        'Tribunali',
        'Procure della Repubblica',
        'Uffici NEP (ufficiali giudiziari)',
        'Giudici di Pace',
      ]);
      expect(textOf($(el, '.progress'))).to.equal('Passo 1 di 6');
    });

    it('searches by name and by town, ignoring accents and case', async () => {
      const el = await openPicker();
      await until(() => officeTitles(el).length > 10, 'offices never listed');
      await search(el, 'SIÈNA');
      const inSiena = officeTitles(el);
      expect(inSiena.length).to.be.greaterThan(1);
      expect(inSiena.every((name) => name.includes('Siena'))).to.equal(true);
      await search(el, 'giudice di pace di pràto');
      expect(officeTitles(el)).to.deep.equal(['Giudice di Pace di Prato']);
      expect($$(el, '.group-heading').map(textOf)).to.deep.equal(['Giudici di Pace']);
      await search(el, 'Bolzano');
      expect(officeTitles(el)).to.deep.equal([]);
      expect(textOf($(el, '.message'))).to.contain('Nessun ufficio corrisponde alla ricerca.');
    });

    it('lists the counters with description, what to bring and acts, then the days', async () => {
      const el = await openPicker();
      await until(() => officeTitles(el).length, 'offices never listed');
      await search(el, 'Tribunale di Pistoia');
      await clickButton(el, /^Tribunale di Pistoia /, '.choice-card');
      await waitForHeading(el, 'Scegli lo sportello');
      const card = await until(
        () => $$(el, '.choice-list > li').find((li) => textOf(li).includes('contenzioso civile')),
        'counter never listed',
      );
      expect(textOf(card)).to.contain('Deposito di atti non telematici');
      expect(textOf(card)).to.contain('Cosa portare');
      expect(textOf(card)).to.contain('Fino a 2 atti per prenotazione');
      const button = card.querySelector('button')!;
      expect(button.getAttribute('aria-describedby')).to.equal(`service-${SERVICE}`);
      button.click();
      await waitForHeading(el, 'Scegli il giorno');
      expect(textOf($(el, '.progress'))).to.equal('Passo 3 di 6');
    });

    it('skips the office step when the office is fixed', async () => {
      const el = await openPicker({ office: OFFICE });
      await waitForHeading(el, 'Scegli lo sportello');
      await until(() => $$(el, '.choice-card').length > 3, 'counters never listed');
      expect(textOf($(el, '.progress'))).to.equal('Passo 1 di 5');
    });

    it('skips the office and counter steps when the counter is fixed', async () => {
      const el = await openPicker({ service: SERVICE });
      await waitForHeading(el, 'Scegli il giorno');
      await waitFor(el, 'table[role=grid]');
      expect(textOf($(el, '.progress'))).to.equal('Passo 1 di 4');
    });
  });

  describe('rendering: the whole flow', () => {
    it('goes through every step, moving focus to each heading and firing sportello-step', async () => {
      const { hash, search: query } = location;
      const el = await openPicker({ service: SERVICE });
      const steps: string[] = [];
      el.addEventListener('sportello-step', (e: SportelloStepEvent) => steps.push(e.detail.step));
      const day = await chooseDay(el);
      expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
      await waitFor(el, 'button.slot');
      expect(textOf($(el, '.hint'))).to.contain("Gli orari sono quelli dell'ufficio");
      await chooseSlot(el, '09:20');
      expect(heading(el)).to.equal('Motivo e dati personali');
      await fillDetails(el);
      await submitDetails(el);
      await waitForHeading(el, 'Controlla e conferma');
      const summary = textOf($(el, '.summary'));
      expect(summary).to.contain('Cancelleria contenzioso civile');
      expect(summary).to.contain('09:20–09:40');
      expect(summary).to.contain('Deposito di atti');
      expect(summary).to.contain(`${VALID.givenName} ${VALID.familyName}`);
      expect(summary).to.contain(VALID.fiscalCode);
      expect(summary).to.contain(VALID.email);
      expect(summary).to.contain(VALID.phone);
      (await confirmButton(el)).click();
      await waitForHeading(el, 'Prenotazione confermata');
      expect($(el, 'sportello-receipt')!.getAttribute('code')).to.match(/\S{4,}/);
      expect(steps).to.deep.equal(['time', 'details', 'review', 'done']);
      expect(day).to.equal('2026-03-11');
      expect(location.hash).to.equal(hash);
      expect(location.search).to.equal(query);
    });

    it('keeps every choice going back and forth', async () => {
      const el = await openPicker({ office: OFFICE });
      await clickButton(el, 'Cancelleria contenzioso civile', '.choice-card');
      await chooseDay(el, '2026-03-12');
      await chooseSlot(el, '09:40');
      await fillDetails(el, { purposeId: 'altro', purposeText: 'Ritiro fascicolo di parte' });
      await clickButton(el, /Indietro$/);
      await waitForHeading(el, "Scegli l'orario");
      const pressed = await until(() => $(el, 'button.slot[aria-pressed="true"]'), 'no slot');
      expect(textOf(pressed)).to.contain('09:40');
      await clickButton(el, 'Cambia giorno');
      await waitForHeading(el, 'Scegli il giorno');
      const chosen = await waitFor(el, 'button[data-date][aria-pressed="true"]');
      expect(chosen.dataset.date).to.equal('2026-03-12');
      chosen.click();
      await chooseSlot(el, '09:40');
      expect($<HTMLInputElement>(el, '#field-givenName')!.value).to.equal(VALID.givenName);
      expect($<HTMLTextAreaElement>(el, '#field-purposeText')!.value).to.equal(
        'Ritiro fascicolo di parte',
      );
      expect($<HTMLSelectElement>(el, '#field-purposeId')!.value).to.equal('altro');
    });

    it('"Modifica" on the review goes back to a step and keeps what was typed', async () => {
      const el = await openPicker({ office: OFFICE });
      await clickButton(el, 'Cancelleria contenzioso civile', '.choice-card');
      await chooseDay(el);
      await chooseSlot(el);
      await fillDetails(el, { acts: '2' });
      await submitDetails(el);
      await waitForHeading(el, 'Controlla e conferma');
      const edits = $$(el, '.summary__action button').map(textOf);
      expect(edits).to.include('Modifica persona');
      expect(edits).to.include('Modifica sportello');
      expect(edits).not.to.include('Modifica ufficio'); // fixed by the page
      await clickButton(el, 'Modifica persona');
      await waitForHeading(el, 'Motivo e dati personali');
      expect($<HTMLInputElement>(el, '#field-fiscalCode')!.value).to.equal(VALID.fiscalCode);
      expect($<HTMLInputElement>(el, '#field-acts')!.value).to.equal('2');
      expect($<HTMLInputElement>(el, '#field-consent')!.checked).to.equal(true);
      await submitDetails(el);
      await waitForHeading(el, 'Controlla e conferma');
      await clickButton(el, 'Modifica sportello');
      await waitForHeading(el, 'Scegli lo sportello');
    });

    it('starts a new booking from the confirmation, with nothing of the last one kept', async () => {
      const el = await openPicker({ service: SERVICE });
      await chooseDay(el);
      await chooseSlot(el);
      await fillDetails(el);
      await submitDetails(el);
      (await confirmButton(el)).click();
      await waitForHeading(el, 'Prenotazione confermata');
      await clickButton(el, 'Nuova prenotazione');
      await waitForHeading(el, 'Scegli il giorno');
      // The day grid must render again (it needs a month to show), with no day chosen.
      await waitFor(el, 'table[role=grid] button[data-date][tabindex="0"]');
      expect($$(el, 'button[data-date][aria-pressed="true"]')).to.have.length(0);
      await chooseDay(el);
      await chooseSlot(el);
      expect($<HTMLInputElement>(el, '#field-givenName')!.value).to.equal('');
    });
  });
});
