import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { Task } from '@lit/task';
import type { ApiClient } from '../../api/client.js';
import { getAvailability } from '../../api/operations/booking.js';
import type { Availability, AvailabilityDay, Service } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { CalendarKeysController } from '../../internal/calendar-keys.js';
import { isoMonthOf, todayInOffice } from '../../internal/dates.js';
import { addDaysIso, addMonthsIso } from '../../internal/calendar.js';
import { renderMessage, renderTask } from '../../styles/index.js';
import { renderDayGrid, renderDayList } from './day-grid.js';
import type { SlotPickerMessages } from './messages/index.js';

export interface DayPickerSource {
  api(): ApiClient | undefined;
  /** The counter fixed by an attribute or chosen, known before its data may be. */
  serviceId(): string;
  service(): Service | undefined;
  /** Ties a request to the element's lifetime. */
  signal(signal: AbortSignal): AbortSignal;
  onFetched: () => void;
  /** Linked when the backend answers 401. */
  loginUrl(): string;
}

type View = 'grid' | 'list';
type T = LocalizeController<SlotPickerMessages>;

/** The contract's longest availability range, in days after `from`. */
const MAX_RANGE_DAYS = 62;

/**
 * The day step: loads the availability of the whole booking window at once, shows it as a month
 * grid (WAI-ARIA date picker) or as a list of free days, and remembers the chosen day. When the
 * widget is wide enough, the time step keeps the days beside the times, to change day in place.
 */
export class DayPicker implements ReactiveController {
  /** The day the visitor chose, 'YYYY-MM-DD'. */
  chosen = '';
  private month = '';
  private active = '';
  /** The day whose state the line under the grid shows: the last one focused or hovered. */
  private described = '';
  private view: View = 'grid';

  private readonly task: Task<readonly [ApiClient | undefined, string], Availability | undefined>;
  private readonly keys: CalendarKeysController;

  /** The availability read, for the host's notice of slow or failed requests. */
  get read() {
    return this.task;
  }

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: DayPickerSource,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      // A fixed counter's days are asked for at once, beside the counter itself: until its
      // booking window is known, the longest range the contract allows (the server marks the
      // days past the window, and the grid stops at the window it reports).
      task: async ([api, serviceId], { signal }) => {
        if (!api || !serviceId) return undefined;
        const from = todayInOffice();
        const windowDays = source.service()?.bookingWindowDays;
        const to = addDaysIso(from, windowDays === undefined ? MAX_RANGE_DAYS : windowDays + 1);
        const availability = await getAvailability(api, serviceId, from, to, {
          signal: source.signal(signal),
        });
        source.onFetched();
        this.placeFocus(availability);
        return availability;
      },
      args: () => [source.api(), source.serviceId()] as const,
    });
    this.keys = new CalendarKeysController(host, {
      getActive: () => this.active,
      setActive: (iso) => {
        this.active = iso;
        this.month = isoMonthOf(iso);
        // Described now, in this update, rather than by the focus event that follows it.
        this.described = iso;
      },
      getBounds: () => {
        const window = this.task.value?.window;
        return { min: window?.first ?? this.active, max: window?.last ?? this.active };
      },
      select: (iso) => this.choose(iso),
    });
  }

  hostConnected(): void {}

  /** Fetches the availability again, e.g. after a conflict or when the data is old. */
  refresh(): Promise<void> {
    return this.task.run();
  }

  /** Forgets the chosen day, for a new service or a new booking. */
  reset(): void {
    this.chosen = '';
    this.described = '';
    if (this.task.value) this.placeFocus(this.task.value);
  }

  /**
   * The day step; given the time step's content, the time step, with the days beside the times
   * where there is room (a container query in the styles hides them where there is not).
   */
  render(t: T, onChosen: () => void, times?: unknown): unknown {
    this.onChosen = onChosen;
    if (times !== undefined) return this.renderBeside(t, times);
    return renderTask(
      t,
      this.task,
      { onRetry: () => void this.refresh(), loginUrl: this.source.loginUrl() },
      (availability) => (availability ? this.renderDays(t, availability) : ''),
    );
  }

  private onChosen = (): void => {};

  private renderBeside(t: T, times: unknown): TemplateResult {
    const availability = this.task.value;
    const days = availability?.days.some(isFree)
      ? html`<div class="day-time__days">${this.renderCalendar(t, availability)}</div>`
      : nothing;
    return html`<div class="day-time day-time--time">
      ${days}
      <div class="day-time__times">${times}</div>
    </div>`;
  }

  private renderDays(t: T, availability: Availability): TemplateResult {
    const m = t.m.slotPicker;
    const { first, last } = availability.window;
    if (!availability.days.some(isFree)) {
      return renderMessage(t, 'info', html`<p>${m.noFreeDays}</p>`);
    }
    return html`<p class="hint">${m.windowHint(t.date(first, 'long'), t.date(last, 'long'))}</p>
      <div class="view-switch" role="group" aria-label=${m.viewAs}>
        ${(['grid', 'list'] as const).map(
          (view) =>
            html`<button
              type="button"
              class="button button--secondary"
              aria-pressed=${this.view === view ? 'true' : 'false'}
              @click=${() => this.setView(view)}
            >
              ${view === 'grid' ? m.calendar : m.list}
            </button>`,
        )}
      </div>
      <div class="day-time day-time--day">
        <div class="day-time__days">${this.renderCalendar(t, availability)}</div>
        <div class="day-time__times">
          <p class="day-time__placeholder">${m.timesPlaceholder}</p>
        </div>
      </div>`;
  }

  /** The days in the view the visitor chose: the month grid or the list of free days. */
  private renderCalendar(t: T, availability: Availability): TemplateResult {
    const byDate = new Map(availability.days.map((day) => [day.date, day]));
    const day = (iso: string) => byDate.get(iso) ?? outside(iso);
    const { first, last } = availability.window;
    if (this.view === 'list') {
      const free = availability.days.filter(isFree);
      return renderDayList(t, free, this.chosen, (iso) => this.choose(iso));
    }
    return renderDayGrid({
      t,
      month: this.month,
      active: this.active,
      chosen: this.chosen,
      day,
      canGoBack: this.month > isoMonthOf(first),
      canGoForward: this.month < isoMonthOf(last),
      onMonth: (step) => this.showMonth(step, availability),
      onKeydown: this.keys.handleKeydown,
      onChoose: (iso) => this.choose(iso),
      described: this.described ? day(this.described) : undefined,
      onDescribe: (iso) => this.describe(iso),
    });
  }

  private describe(iso: string | undefined): void {
    if ((iso ?? '') === this.described) return;
    this.described = iso ?? '';
    this.host.requestUpdate();
  }

  private setView(view: View): void {
    this.view = view;
    this.host.requestUpdate();
  }

  private showMonth(step: number, availability: Availability): void {
    this.month = addMonthsIso(this.month, step);
    const inMonth = availability.days.filter((day) => isoMonthOf(day.date) === this.month);
    const target = inMonth.find(isFree) ?? inMonth[0];
    if (target) this.active = target.date;
    this.described = '';
    this.host.requestUpdate();
  }

  private choose(iso: string): void {
    const day = this.task.value?.days.find((d) => d.date === iso);
    // A tap on a closed day focuses nothing on some phones: it shows why the day is closed.
    if (!day || !isFree(day)) return this.describe(iso);
    this.chosen = iso;
    this.active = iso;
    // In the time step, the new day's times load in place.
    this.host.requestUpdate();
    this.onChosen();
  }

  /** Puts the tab stop on the chosen day if still free, else on the first free day. */
  private placeFocus(availability: Availability): void {
    const still = availability.days.find((d) => d.date === this.chosen && isFree(d));
    const first = availability.days.find(isFree);
    this.active = still?.date ?? first?.date ?? availability.window.first;
    if (!still) this.chosen = '';
    this.month = isoMonthOf(this.active);
  }
}

function isFree(day: AvailabilityDay): boolean {
  return day.status === 'open' && day.free > 0;
}

function outside(date: string): AvailabilityDay {
  return { date, status: 'outside-window', capacity: 0, free: 0 };
}
