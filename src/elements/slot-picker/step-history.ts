import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Service, Slot } from '../../api/types.js';
import type { BookingStep } from './events.js';
import type { BookingForm } from './form-state.js';

/** The key of the picker's entry in `history.state`: the step alone, never what was typed. */
const STATE_KEY = 'sportelloSlotPickerStep';

/** What the visitor has chosen and typed so far. */
export interface StepChoices {
  booked: boolean;
  steps: BookingStep[];
  office: string;
  service: Service | undefined;
  day: string;
  slot: Slot | undefined;
  /** The details typed, once the form has loaded. */
  form: BookingForm | undefined;
  formValid(): boolean;
}

export interface StepHistoryHost {
  /** Whether the page lets the widget add entries to its history (the `history` attribute). */
  enabled(): boolean;
  current(): BookingStep;
  choices(): StepChoices;
  /** Shows a step the browser's Back or Forward asks for. */
  show(step: BookingStep): void;
}

/** Whether the choices a step needs are still there (for the browser's Back and Forward). */
function canShow(step: BookingStep, choices: StepChoices): boolean {
  if (choices.booked || !choices.steps.includes(step)) return false;
  switch (step) {
    case 'service':
      return !!choices.office;
    case 'day':
      return !!choices.service;
    case 'time':
      return !!choices.day;
    case 'details':
      return !!choices.slot && !!choices.form;
    case 'review':
      return !!choices.slot && !!choices.form && choices.formValid();
    default:
      return true;
  }
}

/** Whether leaving the page now would lose what the visitor typed. */
function dirty(step: BookingStep, { booked, form }: StepChoices): boolean {
  if (!form || booked || (step !== 'details' && step !== 'review')) return false;
  const { givenName, familyName, fiscalCode, email, phone, purposeText } = form;
  return [givenName, familyName, fiscalCode, email, phone, purposeText].some((v) => v.trim());
}

/**
 * The browser's Back and the page's exit, for a widget that lives in one page. With `history`
 * on, each step is an entry of the page's history (the address does not change), so Back goes to
 * the previous step; without it, the page belongs to its own router and only the warning before
 * leaving with typed data applies.
 */
export class StepHistory implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly picker: StepHistoryHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.handleBeforeUnload);
    window.addEventListener('popstate', this.handlePopState);
    if (this.picker.enabled()) this.record('replace');
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.handleBeforeUnload);
    window.removeEventListener('popstate', this.handlePopState);
  }

  /** Records a step the visitor moved to: a new history entry, or this one once confirmed. */
  moved(step: BookingStep): void {
    const state = history.state as Record<string, unknown> | null;
    if (!this.picker.enabled() || state?.[STATE_KEY] === step) return;
    this.record(step === 'done' ? 'replace' : 'push');
  }

  private record(how: 'push' | 'replace'): void {
    const state: unknown = {
      ...(history.state as Record<string, unknown> | null),
      [STATE_KEY]: this.picker.current(),
    };
    if (how === 'push') history.pushState(state, '');
    else history.replaceState(state, '');
  }

  private readonly handlePopState = (event: PopStateEvent): void => {
    const step = (event.state as Record<string, unknown> | null)?.[STATE_KEY];
    if (!this.picker.enabled() || typeof step !== 'string') return;
    if (canShow(step as BookingStep, this.picker.choices())) this.picker.show(step as BookingStep);
  };

  private readonly handleBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!dirty(this.picker.current(), this.picker.choices())) return;
    event.preventDefault();
    // Older engines show the warning only when a value is returned.
    event.returnValue = '';
  };
}
