import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampIso } from './dates.js';
import { addDaysIso, addMonthsToDateIso, endOfWeekIso, startOfWeekIso } from './calendar.js';

export interface CalendarKeysOptions {
  /** The day that holds the grid's single tab stop. */
  getActive(): string;
  /** Moves the tab stop; the host re-renders, then the controller focuses the new day. */
  setActive(isoDate: string): void;
  /** The first and last day the visitor may move to. */
  getBounds(): { min: string; max: string };
  /** Enter or Space on the active day. */
  select(isoDate: string): void;
}

/**
 * Keyboard of a month grid, after the WAI-ARIA date-picker dialog pattern: arrows move by day and
 * week, Home/End to the week's ends, PageUp/PageDown by month, with Shift by year. Cells carry
 * `data-date` and the host renders `tabindex="0"` only on the active one.
 */
export class CalendarKeysController implements ReactiveController {
  private focusPending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CalendarKeysOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    const active = this.options.getActive();
    this.host.shadowRoot
      ?.querySelector<HTMLElement>(`[data-date="${CSS.escape(active)}"]`)
      ?.focus();
  }

  /** Call from the grid's keydown listener. */
  handleKeydown = (event: KeyboardEvent): void => {
    const active = this.options.getActive();
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.options.select(active);
      return;
    }
    const target = this.target(active, event);
    if (target === undefined) return;
    event.preventDefault();
    const { min, max } = this.options.getBounds();
    this.moveTo(clampIso(target, min, max));
  };

  /** Focuses a given day, e.g. the first free one when the grid opens. */
  moveTo(isoDate: string): void {
    this.focusPending = true;
    this.options.setActive(isoDate);
    this.host.requestUpdate();
  }

  private target(active: string, event: KeyboardEvent): string | undefined {
    switch (event.key) {
      case 'ArrowLeft':
        return addDaysIso(active, -1);
      case 'ArrowRight':
        return addDaysIso(active, 1);
      case 'ArrowUp':
        return addDaysIso(active, -7);
      case 'ArrowDown':
        return addDaysIso(active, 7);
      case 'Home':
        return startOfWeekIso(active);
      case 'End':
        return endOfWeekIso(active);
      case 'PageUp':
        return addMonthsToDateIso(active, event.shiftKey ? -12 : -1);
      case 'PageDown':
        return addMonthsToDateIso(active, event.shiftKey ? 12 : 1);
      default:
        return undefined;
    }
  }
}
