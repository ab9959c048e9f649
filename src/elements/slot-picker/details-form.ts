import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldError, Service } from '../../api/types.js';
import type * as FormStepsModule from './form-steps.js';
import {
  emptyBookingForm,
  type BookingField,
  type BookingForm,
  type FieldProblems,
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
 */
export class DetailsForm implements ReactiveController {
  values: BookingForm = emptyBookingForm();
  problems: FieldProblems = {};
  /** The error summary shows after a submit that found problems. */
  showSummary = false;
  private touched = new Set<BookingField>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: () => DetailsFormRules,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  input(field: BookingField, value: string | number | boolean): void {
    this.values = { ...this.values, [field]: value };
    const complete = field === 'fiscalCode' && String(value).replace(/\s/g, '').length >= 16;
    if (complete) this.touched.add(field);
    if (this.touched.has(field) || this.problems[field]) this.check(field);
    this.host.requestUpdate();
  }

  blur(field: BookingField): void {
    if (field === 'consent' || !String(this.values[field]).trim()) return;
    this.touched.add(field);
    this.check(field);
    this.host.requestUpdate();
  }

  /** Checks every field; true when the visitor may go on. */
  submit(): boolean {
    const { rules, service } = this.context();
    this.problems = rules.validateBookingForm(this.values, service);
    this.touched = new Set(Object.keys(this.values) as BookingField[]);
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

  /** Forgets everything typed. */
  reset(): void {
    this.values = emptyBookingForm();
    this.problems = {};
    this.touched = new Set();
    this.showSummary = false;
    this.host.requestUpdate();
  }

  private check(field: BookingField): void {
    const { rules, service } = this.context();
    const problem = rules.fieldProblem(this.values, field, service);
    const problems = { ...this.problems };
    if (problem) problems[field] = problem;
    else delete problems[field];
    this.problems = problems;
  }
}
