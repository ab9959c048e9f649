import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { Task } from '@lit/task';
import type { ApiClient } from '../../api/client.js';
import type { Availability, AvailabilityDay, Service } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { CalendarKeysController } from '../../internal/calendar-keys.js';
import { addDaysIso, addMonthsIso, isoMonthOf, todayInOffice } from '../../internal/dates.js';
import { renderMessage, renderTask } from '../../styles/index.js';
import { renderDayGrid, renderDayList } from './day-grid.js';
import type { SlotPickerMessages } from './messages/index.js';

export interface DayPickerSource {
  api(): ApiClient | undefined;
  service(): Service | undefined;
  /** Ties a request to the element's lifetime. */
  signal(signal: AbortSignal): AbortSignal;
  onFetched: () => void;
}

type View = 'grid' | 'list';

/**
 * The day step: loads the availability of the whole booking window at once, shows it as a month
 * grid (WAI-ARIA date picker) or as a list of free days, and remembers the chosen day.
 */
export class DayPicker implements ReactiveController {
  /** The day the visitor chose, 'YYYY-MM-DD'. */
  chosen = '';
  private month = '';
  private active = '';
  private view: View = 'grid';

  private readonly task: Task<
    readonly [ApiClient | undefined, Service | undefined],
    Availability | undefined
  >;
  private readonly keys: CalendarKeysController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    source: DayPickerSource,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: async ([api, service], { signal }) => {
        if (!api || !service) return undefined;
        const from = todayInOffice();
        const to = addDaysIso(from, service.bookingWindowDays + 1);
        const availability = await api.getAvailability(service.id, from, to, {
          signal: source.signal(signal),
        });
        source.onFetched();
        this.placeFocus(availability);
        return availability;
      },
      args: () => [source.api(), source.service()] as const,
    });
    this.keys = new CalendarKeysController(host, {
      getActive: () => this.active,
      setActive: (iso) => {
        this.active = iso;
        this.month = isoMonthOf(iso);
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
    if (this.task.value) this.placeFocus(this.task.value);
  }

  render(t: LocalizeController<SlotPickerMessages>, onChosen: () => void): unknown {
    this.onChosen = onChosen;
    return renderTask(
      t,
      this.task,
      () => void this.refresh(),
      (availability) => (availability ? this.renderDays(t, availability) : ''),
    );
  }

  private onChosen = (): void => {};

  private renderDays(
    t: LocalizeController<SlotPickerMessages>,
    availability: Availability,
  ): TemplateResult {
    const m = t.m.slotPicker;
    const byDate = new Map(availability.days.map((day) => [day.date, day]));
    const free = availability.days.filter((day) => day.status === 'open' && day.free > 0);
    const { first, last } = availability.window;
    if (!free.length) {
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
      ${
        this.view === 'grid'
          ? renderDayGrid({
              t,
              month: this.month,
              active: this.active,
              chosen: this.chosen,
              day: (iso) => byDate.get(iso) ?? outside(iso),
              canGoBack: this.month > isoMonthOf(first),
              canGoForward: this.month < isoMonthOf(last),
              onMonth: (step) => this.showMonth(step, availability),
              onKeydown: this.keys.handleKeydown,
              onChoose: (iso) => this.choose(iso),
            })
          : renderDayList(t, free, this.chosen, (iso) => this.choose(iso))
      }`;
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
    this.host.requestUpdate();
  }

  private choose(iso: string): void {
    const day = this.task.value?.days.find((d) => d.date === iso);
    if (!day || !isFree(day)) return;
    this.chosen = iso;
    this.active = iso;
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
