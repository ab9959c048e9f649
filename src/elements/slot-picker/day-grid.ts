import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AvailabilityDay } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { monthGrid } from '../../internal/dates.js';
import type { SlotPickerMessages } from './messages/index.js';

type T = LocalizeController<SlotPickerMessages>;

export interface DayGridProps {
  t: T;
  month: string;
  active: string;
  chosen: string;
  day: (iso: string) => AvailabilityDay;
  canGoBack: boolean;
  canGoForward: boolean;
  onMonth: (step: -1 | 1) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onChoose: (iso: string) => void;
}

/** What a screen reader hears for a day: "martedì 12 maggio 2026, 3 posti liberi". */
export function dayLabel(t: T, day: AvailabilityDay): string {
  const date = t.date(day.date, 'long');
  if (day.status === 'open' && day.free > 0) return `${date}, ${t.m.common.freeSeats(day.free)}`;
  const status = t.m.dayStatus[day.status === 'open' ? 'full' : day.status];
  return day.reason ? `${date}, ${status}: ${day.reason}` : `${date}, ${status}`;
}

/** A month as a grid with one tab stop; days that cannot be chosen say why. */
export function renderDayGrid(props: DayGridProps): TemplateResult {
  const { t, month, active, chosen } = props;
  const weekdays = t.weekdays('long');
  const short = t.weekdays('short');
  return html`<div class="calendar">
    <div class="calendar__header">
      <button
        type="button"
        class="button button--secondary calendar__nav"
        aria-label=${t.m.common.previousMonth}
        ?disabled=${!props.canGoBack}
        @click=${() => props.onMonth(-1)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <h4 id="month-label" class="calendar__month" aria-live="polite">${t.month(month)}</h4>
      <button
        type="button"
        class="button button--secondary calendar__nav"
        aria-label=${t.m.common.nextMonth}
        ?disabled=${!props.canGoForward}
        @click=${() => props.onMonth(1)}
      >
        <span aria-hidden="true">›</span>
      </button>
    </div>
    <p id="grid-hint" class="visually-hidden">${t.m.slotPicker.gridHint}</p>
    <table
      role="grid"
      class="calendar__grid"
      aria-labelledby="month-label"
      aria-describedby="grid-hint"
      @keydown=${props.onKeydown}
    >
      <thead>
        <tr>
          ${short.map((name, i) => html`<th scope="col" abbr=${weekdays[i]}>${name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${monthGrid(month).map(
          (week) =>
            html`<tr>
              ${week.map((iso) =>
                iso
                  ? renderDay(props, props.day(iso), iso === active, iso === chosen)
                  : html`<td></td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function renderDay(props: DayGridProps, day: AvailabilityDay, active: boolean, chosen: boolean) {
  const free = day.status === 'open' && day.free > 0;
  const number = Number(day.date.slice(8));
  return html`<td>
    <button
      type="button"
      part="day"
      class="day day--${free ? 'free' : day.status === 'open' ? 'full' : day.status}"
      data-date=${day.date}
      tabindex=${active ? 0 : -1}
      aria-label=${dayLabel(props.t, day)}
      aria-disabled=${free ? 'false' : 'true'}
      aria-pressed=${ifDefined(free ? (chosen ? 'true' : 'false') : undefined)}
      @click=${() => props.onChoose(day.date)}
    >
      <span class="day__number" aria-hidden="true">${number}</span>
      <span class="day__free" aria-hidden="true">${free ? day.free : ''}</span>
    </button>
  </td>`;
}

/** The same days as a plain list: simpler to read and to use for many people. */
export function renderDayList(
  t: T,
  free: readonly AvailabilityDay[],
  chosen: string,
  onChoose: (iso: string) => void,
): TemplateResult {
  return html`<ul class="day-list">
    ${free.map(
      (day) =>
        html`<li>
          <button
            type="button"
            part="day"
            class="button button--secondary day-list__item"
            aria-pressed=${day.date === chosen ? 'true' : 'false'}
            @click=${() => onChoose(day.date)}
          >
            <span class="day-list__date">${t.date(day.date, 'weekday')}</span>
            <span class="day-list__free">${t.m.common.freeSeats(day.free)}</span>
          </button>
        </li>`,
    )}
  </ul>`;
}
