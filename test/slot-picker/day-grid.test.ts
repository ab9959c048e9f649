import { aTimeout, expect } from '@open-wc/testing';
import { http } from 'msw';
import { sendKeys } from '../engine.js';
import type { Db } from '../../mocks/index.js';
import {
  $,
  $$,
  API,
  activeElement,
  clickButton,
  heading,
  openPicker,
  patchAvailability,
  OFFICE,
  SERVICE,
  worker,
  settled,
  setUp,
  tabStopDay,
  tearDown,
  textOf,
  until,
  waitFor,
  waitForHeading,
  dayName,
} from './helpers.js';

/** The date of the focused day, after the element has moved focus there. */
async function focusedAfter(el: Element, key: string): Promise<string> {
  const [modifier, press] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: press! });
  if (modifier) await sendKeys({ up: modifier });
  await settled(el);
  const focused = activeElement(el) as HTMLElement | null;
  expect($$(el, 'button[data-date][tabindex="0"]')).to.have.length(1);
  expect(focused?.getAttribute('tabindex')).to.equal('0');
  return focused?.dataset.date ?? '';
}

function label(el: Element, date: string): string {
  // The visible day number comes first, then the full date and the state.
  return dayName(el, date).replace(/^\d+, /, '');
}

describe('<sportello-slot-picker>', () => {
  let db: Db;
  beforeEach(async () => ({ db } = await setUp()));
  afterEach(tearDown);

  describe('rendering: day grid', () => {
    it('says why a day cannot be chosen, and how many places the free ones have', async () => {
      patchAvailability(db, { '2026-03-13': { status: 'full', free: 0 } });
      const el = await openPicker({ office: OFFICE, service: SERVICE });
      await tabStopDay(el);
      expect(textOf($(el, '.calendar__month'))).to.equal('marzo 2026');
      expect(label(el, '2026-03-11')).to.equal('mercoledì 11 marzo 2026, 27 posti liberi');
      expect(label(el, '2026-03-12')).to.equal('giovedì 12 marzo 2026, 39 posti liberi');
      expect(label(el, '2026-03-13')).to.equal('venerdì 13 marzo 2026, completo');
      expect(label(el, '2026-03-14')).to.equal('sabato 14 marzo 2026, chiuso');
      expect(label(el, '2026-03-10')).to.equal('martedì 10 marzo 2026, non prenotabile');
      for (const date of ['2026-03-10', '2026-03-13', '2026-03-14']) {
        expect($(el, `button[data-date="${date}"]`)!.getAttribute('aria-disabled')).to.equal(
          'true',
        );
      }
      expect($(el, 'button[data-date="2026-03-11"]')!.getAttribute('aria-disabled')).to.equal(
        'false',
      );
      expect(textOf($(el, '.hint'))).to.contain(
        'dal mercoledì 11 marzo 2026 al giovedì 9 aprile 2026',
      );
      // A day that cannot be chosen does nothing when clicked.
      $<HTMLButtonElement>(el, 'button[data-date="2026-03-13"]')!.click();
      await settled(el);
      expect(heading(el)).to.equal('Scegli il giorno');
    });

    it('names the holiday in the accessible name of a closed day', async () => {
      const el = await openPicker({ office: OFFICE, service: SERVICE });
      await tabStopDay(el);
      $<HTMLButtonElement>(el, 'button[aria-label="Mese successivo"]')!.click();
      await until(() => textOf($(el, '.calendar__month')) === 'aprile 2026', 'not in April');
      expect(label(el, '2026-04-06')).to.equal("lunedì 6 aprile 2026, festivo: Lunedì dell'Angelo");
      expect(label(el, '2026-04-05')).to.equal('domenica 5 aprile 2026, festivo: Pasqua');
      expect(label(el, '2026-04-10')).to.equal('venerdì 10 aprile 2026, non prenotabile');
      expect($<HTMLButtonElement>(el, 'button[aria-label="Mese successivo"]')!.disabled).to.equal(
        true,
      );
    });

    it('puts the tab stop on the first day with a free place', async () => {
      patchAvailability(db, {
        '2026-03-11': { status: 'full', free: 0 },
        '2026-03-12': { status: 'full', free: 0 },
      });
      const el = await openPicker({ office: OFFICE, service: SERVICE });
      expect((await tabStopDay(el)).dataset.date).to.equal('2026-03-13');
    });

    it('shows the free days as a list too', async () => {
      patchAvailability(db, { '2026-03-12': { status: 'full', free: 0 } });
      const el = await openPicker({ office: OFFICE, service: SERVICE });
      await tabStopDay(el);
      await clickButton(el, 'Elenco');
      const items = await until(() => $$(el, '.day-list button').map(textOf), 'no list');
      const free = db
        .getAvailability(SERVICE, '2026-03-10', '2026-04-10')
        .days.filter((d) => d.status === 'open' && d.free > 0 && d.date !== '2026-03-12');
      expect(items).to.have.length(free.length);
      expect(items[0]).to.equal('mercoledì 11 marzo 27 posti liberi');
      expect(items[1]).to.match(/^venerdì 13 marzo/);
      expect(items.some((item) => item.includes('6 aprile'))).to.equal(false);
      expect(buttonPressed(el, 'Elenco')).to.equal('true');
      $$<HTMLButtonElement>(el, '.day-list button')[1]!.click();
      await waitForHeading(el, "Scegli l'orario");
      expect(textOf(await waitFor(el, '.hint'))).to.contain('venerdì 13 marzo 2026');
    });

    it('shows a legend of the numbers and of the struck-through days', async () => {
      const el = await openPicker({ office: OFFICE, service: SERVICE });
      await tabStopDay(el);
      const legend = $(el, '.calendar__legend')!;
      expect(isShown(legend)).to.equal(true);
      expect(textOf(legend)).to.contain('N = posti liberi');
      expect(textOf(legend)).to.contain('barrato = non prenotabile');
    });

    it('shows why a hovered day is closed, until another day is hovered or Escape', async () => {
      const el = await openPicker({ office: OFFICE, service: SERVICE });
      await tabStopDay(el);
      const info = $(el, '.calendar__info')!;
      expect(textOf(info)).to.equal('Passa sopra un giorno barrato o toccalo per sapere perché.');
      hover($(el, 'button[data-date="2026-03-14"]')!);
      await settled(el);
      expect(textOf(info)).to.equal('sabato 14 marzo 2026 – chiuso');
      expect(isShown(info)).to.equal(true);
      // Hoverable: the pointer can move onto the line, and it stays.
      hover(info);
      await settled(el);
      expect(textOf(info)).to.equal('sabato 14 marzo 2026 – chiuso');
      hover($(el, 'button[data-date="2026-03-13"]')!);
      await settled(el);
      expect(textOf(info)).to.equal('venerdì 13 marzo 2026 – 27 posti liberi');
      $<HTMLButtonElement>(el, 'button[data-date="2026-03-14"]')!.focus();
      await settled(el);
      expect(textOf(info)).to.equal('sabato 14 marzo 2026 – chiuso');
      await sendKeys({ press: 'Escape' });
      await settled(el);
      expect(textOf(info)).to.equal('Passa sopra un giorno barrato o toccalo per sapere perché.');
      expect(activeElement(el)).to.equal($(el, 'button[data-date="2026-03-14"]'));
    });

    it('shows the holiday of a closed day tapped on a phone, which focuses nothing', async () => {
      const el = await openPicker({ office: OFFICE, service: SERVICE });
      await tabStopDay(el);
      $<HTMLButtonElement>(el, 'button[aria-label="Mese successivo"]')!.click();
      await until(() => textOf($(el, '.calendar__month')) === 'aprile 2026', 'not in April');
      $<HTMLButtonElement>(el, 'button[data-date="2026-04-06"]')!.click();
      await settled(el);
      expect(textOf($(el, '.calendar__info'))).to.equal(
        "lunedì 6 aprile 2026 – festivo: Lunedì dell'Angelo",
      );
      expect(heading(el)).to.equal('Scegli il giorno');
    });

    it('says so when no day has a free place', async () => {
      const full = Object.fromEntries(
        db
          .getAvailability(SERVICE, '2026-03-10', '2026-04-10')
          .days.map((d) => [
            d.date,
            d.status === 'open' ? { status: 'full' as const, free: 0 } : {},
          ]),
      );
      patchAvailability(db, full);
      const el = await openPicker({ office: OFFICE, service: SERVICE });
      const message = await waitFor(el, '.message');
      expect(textOf(message)).to.contain('Non ci sono giorni liberi nel periodo prenotabile');
    });
  });

  describe('requests', () => {
    it('asks for a fixed counter’s days without waiting for the counter', async () => {
      let availabilityAsked!: () => void;
      const asked = new Promise<void>((resolve) => (availabilityAsked = resolve));
      // Handlers that return nothing hand the request on to the reference server.
      worker.use(
        http.get(`${API}/services/:serviceId/availability`, () => availabilityAsked()),
        // The counter answers only once its days were asked for: a wait would never end.
        http.get(`${API}/services/:serviceId`, async () => {
          await asked;
        }),
      );
      const el = await openPicker({ office: OFFICE, service: SERVICE });
      await tabStopDay(el);
      expect(textOf($(el, '.hint'))).to.equal(
        'Si può prenotare dal mercoledì 11 marzo 2026 al giovedì 9 aprile 2026.',
      );
    });

    it('loads the counter and its availability once when only the counter is fixed', async () => {
      const seen: string[] = [];
      worker.events.on('request:start', ({ request }) => {
        const url = new URL(request.url);
        if (url.pathname.startsWith('/api/')) seen.push(url.pathname);
      });
      const el = await openPicker({ service: SERVICE });
      await tabStopDay(el);
      await aTimeout(300);
      worker.events.removeAllListeners('request:start');
      // No office list (the office step is skipped), one counter, one availability.
      const count = (path: string) => seen.filter((p) => p === path).length;
      expect({
        offices: count('/api/offices'),
        counter: count(`/api/services/${SERVICE}`),
        availability: count(`/api/services/${SERVICE}/availability`),
      }).to.deep.equal({ offices: 0, counter: 1, availability: 1 });
    });
  });

  describe('keyboard: day grid', () => {
    it('has one tab stop and moves with arrows, Home/End and Page keys inside the window', async () => {
      const el = await openPicker({ office: OFFICE, service: SERVICE });
      const first = await tabStopDay(el);
      first.focus();
      expect(await focusedAfter(el, 'ArrowRight')).to.equal('2026-03-12');
      expect(await focusedAfter(el, 'ArrowDown')).to.equal('2026-03-19');
      expect(await focusedAfter(el, 'ArrowLeft')).to.equal('2026-03-18');
      expect(await focusedAfter(el, 'ArrowUp')).to.equal('2026-03-11');
      expect(await focusedAfter(el, 'ArrowLeft')).to.equal('2026-03-11'); // window starts here
      expect(await focusedAfter(el, 'ArrowDown')).to.equal('2026-03-18');
      expect(await focusedAfter(el, 'Home')).to.equal('2026-03-16');
      expect(await focusedAfter(el, 'End')).to.equal('2026-03-22');
      expect(await focusedAfter(el, 'PageDown')).to.equal('2026-04-09'); // clamped to the last day
      expect(textOf($(el, '.calendar__month'))).to.equal('aprile 2026');
      expect(await focusedAfter(el, 'PageUp')).to.equal('2026-03-11'); // 9 March is too early
      expect(textOf($(el, '.calendar__month'))).to.equal('marzo 2026');
      expect(await focusedAfter(el, 'Shift+PageDown')).to.equal('2026-04-09');
      expect(await focusedAfter(el, 'Shift+PageUp')).to.equal('2026-03-11');
      expect(await focusedAfter(el, 'ArrowRight')).to.equal('2026-03-12');
      await sendKeys({ press: 'Enter' });
      await waitForHeading(el, "Scegli l'orario");
      expect(textOf(await waitFor(el, '.hint'))).to.contain('giovedì 12 marzo 2026');
    });

    it('shows the reason of the day focused with the keyboard, and says it only once', async () => {
      const el = await openPicker({ office: OFFICE, service: SERVICE });
      (await tabStopDay(el)).focus();
      await settled(el);
      const info = $(el, '.calendar__info')!;
      expect(textOf(info)).to.equal('mercoledì 11 marzo 2026 – 27 posti liberi');
      expect(await focusedAfter(el, 'End')).to.equal('2026-03-15');
      expect(textOf(info)).to.equal('domenica 15 marzo 2026 – chiuso');
      expect(isShown(info)).to.equal(true);
      expect(await focusedAfter(el, 'PageDown')).to.equal('2026-04-09');
      expect(await focusedAfter(el, 'ArrowUp')).to.equal('2026-04-02');
      expect(await focusedAfter(el, 'Home')).to.equal('2026-03-30');
      expect(await focusedAfter(el, 'ArrowDown')).to.equal('2026-04-06');
      expect(textOf(info)).to.equal("lunedì 6 aprile 2026 – festivo: Lunedì dell'Angelo");
      // The day's name already says it: the visible line is not read a second time.
      expect(label(el, '2026-04-06')).to.equal("lunedì 6 aprile 2026, festivo: Lunedì dell'Angelo");
      expect(info.getAttribute('aria-hidden')).to.equal('true');
      expect(info.closest('[aria-live], [role=status]')).to.equal(null);
    });

    it('does not choose a closed day with Enter or Space', async () => {
      const el = await openPicker({ office: OFFICE, service: SERVICE });
      (await tabStopDay(el)).focus();
      expect(await focusedAfter(el, 'End')).to.equal('2026-03-15');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      await settled(el);
      expect(heading(el)).to.equal('Scegli il giorno');
    });
  });
});

/** Rendered and not clipped away as visually-hidden text is. */
function isShown(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return node.checkVisibility() && box.width > 10 && box.height > 10;
}

function hover(node: Element): void {
  node.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
}

function buttonPressed(el: Element, text: string) {
  return $$(el, '.view-switch button')
    .find((b) => textOf(b) === text)
    ?.getAttribute('aria-pressed');
}
