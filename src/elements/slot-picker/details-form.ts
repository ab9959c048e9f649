import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Booking, FieldError, Service } from '../../api/types.js';
import type * as FormStepsModule from './form-steps.js';
import {
  emptyBookingForm,
  formFromBooking,
  HOLDER_FIELDS,
  type BookingField,
  type BookingForm,
  type FieldProblems,
  type FieldWarnings,
} from './form-state.js';

/** What the form needs to check itself: the rules (loaded on demand) and the chosen counter. */
export interface DetailsFormRules {
  rules: typeof FormStepsModule;
  service: Service;
}

/**
 * What the visitor types on the details step and what is wrong with it. A field is checked when
 * the visitor leaves it, a complete codice fiscale as soon as it is typed, everything on submit;
 * a field already marked wrong is checked again at each keystroke, so the error goes as it is fixed.
 * A change of date starts from the booking it replaces, whose holder cannot change.
 */
export class DetailsForm implements ReactiveController {
  values: BookingForm = emptyBookingForm();
  problems: FieldProblems = {};
  /** What looks wrong but may be right: shown next to the field and in the review, never blocking. */
  warnings: FieldWarnings = {};
  /** Fields the visitor cannot change: the holder of the booking a change of date replaces. */
  fixed: readonly BookingField[] = [];
  /** The error summary shows after a submit that found problems. */
  showSummary = false;
  private touched = new Set<BookingField>();
  private keptFrom?: Booking;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: () => DetailsFormRules,
    private readonly replaced: () => Booking | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts again from the replaced booking when the host is given another one. */
  hostUpdate(): void {
    const booking = this.replaced();
    if (booking?.code !== this.keptFrom?.code) {
      this.keptFrom = booking;
      this.startOver();
    }
  }

  input(field: BookingField, value: string | number | boolean): void {
    if (this.fixed.includes(field)) return;
    this.values = { ...this.values, [field]: value };
    const complete = field === 'fiscalCode' && String(value).replace(/\s/g, '').length >= 16;
    if (complete) this.touched.add(field);
    if (this.touched.has(field) || this.problems[field]) this.check(field);
    if (field === 'fiscalCode' && this.touched.has(field)) this.checkWarnings();
    this.host.requestUpdate();
  }

  blur(field: BookingField): void {
    if (field === 'consent' || !String(this.values[field]).trim()) return;
    this.touched.add(field);
    this.check(field);
    this.checkWarnings();
    this.host.requestUpdate();
  }

  /** Checks every field; true when the visitor may go on (warnings do not stop them). */
  submit(): boolean {
    const { rules, service } = this.context();
    this.problems = rules.validateBookingForm(this.values, service);
    this.touched = new Set(Object.keys(this.values) as BookingField[]);
    this.checkWarnings();
    this.showSummary = Object.keys(this.problems).length > 0;
    this.host.requestUpdate();
    return !this.showSummary;
  }

  /** Puts the server's field errors on the fields; true when some of them are the form's. */
  serverErrors(errors: readonly FieldError[]): boolean {
    this.problems = this.context().rules.problemsFromServer(errors);
    this.showSummary = Object.keys(this.problems).length > 0;
    this.host.requestUpdate();
    return this.showSummary;
  }

  /** Forgets everything typed: back to an empty form, or to the booking a change of date moves. */
  reset(): void {
    this.startOver();
    this.host.requestUpdate();
  }

  private startOver(): void {
    const kept = this.keptFrom;
    this.values = kept ? formFromBooking(kept) : emptyBookingForm();
    this.fixed = kept?.holder ? HOLDER_FIELDS : [];
    this.problems = {};
    this.warnings = {};
    this.touched = new Set();
    this.showSummary = false;
  }

  private check(field: BookingField): void {
    const { rules, service } = this.context();
    const problem = rules.fieldProblem(this.values, field, service);
    const problems = { ...this.problems };
    if (problem) problems[field] = problem;
    else delete problems[field];
    this.problems = problems;
  }

  /** A code that does not match the names, once the code is typed; not for a holder kept as is. */
  private checkWarnings(): void {
    const warning =
      this.touched.has('fiscalCode') && !this.fixed.includes('fiscalCode')
        ? this.context().rules.fiscalCodeWarning(this.values)
        : undefined;
    this.warnings = warning ? { fiscalCode: warning } : {};
  }
}
