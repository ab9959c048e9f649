import { expect, fixtureSync, html } from '@open-wc/testing';
import { describeWhere, setViewport } from '../engine.js';
import { slotPickerTemplate } from '../../stories/slot-picker.template.js';
import {
  $,
  $$,
  chooseDay,
  clickButton,
  OFFICE,
  SERVICE,
  settled,
  setUp,
  tabStopDay,
  tearDown,
  textOf,
  until,
  waitFor,
  waitForHeading,
  type Picker,
} from './helpers.js';

const FIXED = { office: OFFICE, service: SERVICE };

/** A picker in a host page's card of the given width. */
async function pickerIn(width: string): Promise<Picker> {
  // fixtureSync: fixture() on a plain <div> waits for an animation frame that a page in the
  // background of a parallel run does not get.
  const card = fixtureSync<HTMLElement>(html`<div class="card">${slotPickerTemplate(FIXED)}</div>`);
  card.style.width = width;
  const el = card.querySelector<Picker>('sportello-slot-picker')!;
  await tabStopDay(el);
  return el;
}

function box(node: Element | null): DOMRect {
  if (!node) throw new Error('nothing to measure');
  return node.getBoundingClientRect();
}

/** Nothing inside the widget reaches past its right edge, nor past the page's. */
function expectNoOverflow(el: Element): void {
  expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  const right = box(el).right + 0.5;
  const past = [...el.shadowRoot!.querySelectorAll('*')].filter(
    (node) => node.getClientRects().length && box(node).right > right,
  );
  expect(past.map((node) => node.className || node.tagName)).to.deep.equal([]);
}

/** Groups boxes into rows by their top edge. */
function rows(boxes: DOMRect[]): DOMRect[][] {
  const byTop = new Map<number, DOMRect[]>();
  for (const b of boxes) {
    const top = Math.round(b.top);
    byTop.set(top, [...(byTop.get(top) ?? []), b]);
  }
  return [...byTop.values()];
}

/** A tidy grid: in each row the items are as tall as each other, the columns are shared. */
function expectGrid(boxes: DOMRect[], minColumns: number): void {
  const grid = rows(boxes);
  const columns = grid[0]!.map((b) => Math.round(b.left));
  expect(columns.length).to.be.at.least(minColumns);
  for (const row of grid) {
    expect(new Set(row.map((b) => Math.round(b.height))).size, 'heights in a row').to.equal(1);
    expect(row.map((b) => Math.round(b.left))).to.deep.equal(columns.slice(0, row.length));
  }
}

describe('<sportello-slot-picker>', () => {
  beforeEach(() => setUp());
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    tearDown();
  });

  describe('layout: wide', () => {
    beforeEach(() => setViewport({ width: 1280, height: 900 }));

    it('fills a wide card up to a readable measure, the month and the times side by side', async () => {
      const el = await pickerIn('1100px');
      expect(box(el).width).to.equal(960); // 60rem
      await chooseDay(el, '2026-03-12');
      await waitFor(el, 'button.slot');
      const grid = box($(el, 'table[role=grid]'));
      const times = box($(el, '.slot-list'));
      expect(grid.width).to.be.greaterThan(250);
      expect(grid.right).to.be.at.most(times.left);
      expect(grid.top).to.be.below(times.bottom);
      expect(times.top).to.be.below(grid.bottom);
      expect($(el, 'button[data-date="2026-03-12"]')!.getAttribute('aria-pressed')).to.equal(
        'true',
      );
    });

    it('changes the day in place, beside the times', async () => {
      const el = await pickerIn('1100px');
      await chooseDay(el, '2026-03-12');
      await waitFor(el, 'button.slot');
      $<HTMLButtonElement>(el, 'button[data-date="2026-03-13"]')!.click();
      await until(
        () => textOf($(el, '.day-time__times .hint')).includes('venerdì 13 marzo 2026'),
        'the times of the new day never came',
      );
      await waitFor(el, 'button.slot');
      expect($(el, '#step-heading')!.textContent).to.contain("Scegli l'orario");
      expect($(el, 'button[data-date="2026-03-13"]')!.getAttribute('aria-pressed')).to.equal(
        'true',
      );
    });

    it('follows its own width, not the page’s: one step at a time in a narrow sidebar', async () => {
      const el = await pickerIn('20rem');
      await chooseDay(el, '2026-03-12');
      await waitFor(el, 'button.slot');
      expect($(el, 'table[role=grid]')!.checkVisibility()).to.equal(false);
      expect(box($(el, '.slot-list')).width).to.be.greaterThan(250);
      expectNoOverflow(el);
    });
  });

  describeWhere('phone-width', 'layout: 320 px', () => {
    beforeEach(() => setViewport({ width: 320, height: 800 }));

    it('lays the month, the list of days and the times out in tidy rows, without overflow', async () => {
      const el = await pickerIn('auto');
      expectNoOverflow(el);

      await clickButton(el, 'Elenco');
      await waitFor(el, '.day-list');
      await settled(el);
      expectNoOverflow(el);
      const dates = $$(el, '.day-list__date').map(box);
      const places = $$(el, '.day-list__free').map(box);
      expect(new Set(dates.map((b) => Math.round(b.left))).size, 'dates aligned').to.equal(1);
      expect(new Set(places.map((b) => Math.round(b.left))).size, 'places aligned').to.equal(1);
      expectGrid($$(el, '.day-list__item').map(box), 1);

      $$<HTMLButtonElement>(el, '.day-list__item')[0]!.click();
      await waitForHeading(el, "Scegli l'orario");
      await waitFor(el, 'button.slot');
      expectNoOverflow(el);
      expectGrid($$(el, 'button.slot').map(box), 2);
    });
  });
});
