import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AvailabilityDay } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { monthGrid } from '../../internal/calendar.js';
import type { SlotPickerMessages } from './messages/index.js';

/** An arrow drawn, not written: a glyph would be visible text that the button's name lacks. */
function chevron(path: string) {
  return html`<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="20" height="20">
    <path d=${path} fill="none" stroke="currentColor" stroke-width="2" />
  </svg>`;
}

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
  /** The focused or hovered day, whose state the line under the grid spells out. */
  described: AvailabilityDay | undefined;
  /** A day was focused or hovered; `undefined` when Escape dismissed the line. */
  onDescribe: (iso: string | undefined) => void;
}

/**
 * Why a day that cannot be chosen cannot: "chiuso", "festivo: San Jacopo (patrono)", "completo".
 */
function unavailableReason(t: T, day: AvailabilityDay): string {
  const status = t.m.dayStatus[day.status === 'open' ? 'full' : day.status];
  return day.reason ? `${status}: ${day.reason}` : status;
}

/** "27 posti liberi", or why the day cannot be chosen. */
function dayState(t: T, day: AvailabilityDay): string {
  return day.status === 'open' && day.free > 0
    ? t.m.common.freeSeats(day.free)
    : unavailableReason(t, day);
}

/**
 * The cell's text: the visible day number and free places, with the rest of what a screen reader
 * says ("11, mercoledì 11 marzo 2026, 27 posti liberi") in hidden text between them, so that the
 * accessible name contains what is seen (WCAG 2.5.3).
 */
function renderDayContent(t: T, day: AvailabilityDay, free: boolean) {
  const date = html`<span class="visually-hidden">, ${t.date(day.date, 'long')}, </span>`;
  const number = html`<span class="day__number">${Number(day.date.slice(8))}</span>`;
  if (!free) {
    return html`${number}${date}<span class="visually-hidden">${unavailableReason(t, day)}</span>`;
  }
  const count = t.number(day.free);
  const sentence = t.m.common.freeSeats(day.free);
  const at = sentence.indexOf(count);
  return html`${number}${date}<span class="day__free"
      ><span class="visually-hidden">${sentence.slice(0, at)}</span>${count}<span
        class="visually-hidden"
        >${sentence.slice(at + count.length)}</span
      ></span
    >`;
}

/**
 * The state of the focused or hovered day, in words, under the grid: what the cell's accessible
 * name already says, so it is hidden from screen readers (heard once, not twice). It replaces no
 * other content and stays until another day is focused or hovered, or Escape dismisses it.
 */
function renderDayInfo(t: T, day: AvailabilityDay | undefined) {
  return html`<p class="calendar__info ${day ? '' : 'calendar__info--hint'}" aria-hidden="true">
    ${
      day
        ? html`<strong>${t.date(day.date, 'long')}</strong> – ${dayState(t, day)}`
        : t.m.slotPicker.dayInfoHint
    }
  </p>`;
}

function renderLegend(t: T) {
  return html`<ul class="calendar__legend">
    <li>${t.m.slotPicker.legendFree}</li>
    <li>${t.m.slotPicker.legendClosed}</li>
  </ul>`;
}

/** The day a focus or hover event is about, if it is about a day. */
function dayOf(event: Event): string | undefined {
  return (event.target as Element).closest<HTMLElement>('[data-date]')?.dataset.date;
}

/** A month as a grid with one tab stop; days that cannot be chosen say why. */
export function renderDayGrid(props: DayGridProps): TemplateResult {
  const { t, month, active, chosen } = props;
  const weekdays = t.weekdays('long');
  const short = t.weekdays('short');
  const describe = (event: Event) => {
    const date = dayOf(event);
    if (date) props.onDescribe(date);
  };
  // Focus does not bubble: caught on its way down to the day.
  const describeFocused = { handleEvent: describe, capture: true };
  const handleKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && props.described) {
      event.preventDefault();
      event.stopPropagation();
      props.onDescribe(undefined);
      return;
    }
    props.onKeydown(event);
  };
  return html`<div class="calendar">
    <div class="calendar__header">
      <button
        type="button"
        class="button button--secondary calendar__nav"
        aria-label=${t.m.common.previousMonth}
        ?disabled=${!props.canGoBack}
        @click=${() => props.onMonth(-1)}
      >
        ${chevron('M10 3 5 8l5 5')}
      </button>
      <h4 id="month-label" class="calendar__month" aria-live="polite">${t.month(month)}</h4>
      <button
        type="button"
        class="button button--secondary calendar__nav"
        aria-label=${t.m.common.nextMonth}
        ?disabled=${!props.canGoForward}
        @click=${() => props.onMonth(1)}
      >
        ${chevron('m6 3 5 5-5 5')}
      </button>
    </div>
    <p id="grid-hint" class="visually-hidden">${t.m.slotPicker.gridHint}</p>
    <table
      role="grid"
      class="calendar__grid"
      aria-labelledby="month-label"
      aria-describedby="grid-hint"
      @keydown=${handleKeydown}
      @focus=${describeFocused}
      @mouseover=${describe}
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
    ${renderDayInfo(t, props.described)} ${renderLegend(t)}
  </div>`;
}

function renderDay(props: DayGridProps, day: AvailabilityDay, active: boolean, chosen: boolean) {
  const free = day.status === 'open' && day.free > 0;
  return html`<td>
    <button
      type="button"
      part="day"
      class="day day--${free ? 'free' : day.status === 'open' ? 'full' : day.status}"
      data-date=${day.date}
      tabindex=${active ? 0 : -1}
      aria-disabled=${free ? 'false' : 'true'}
      aria-pressed=${ifDefined(free ? (chosen ? 'true' : 'false') : undefined)}
      @click=${() => props.onChoose(day.date)}
    >
      ${renderDayContent(props.t, day, free)}
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
