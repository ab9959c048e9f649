import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { newIdempotencyKey } from '../../api/client.js';
import { isApiError, type ApiError } from '../../api/errors.js';
import type { Booking, Office, Service, Slot } from '../../api/types.js';
import {
  createBooking,
  getOffice,
  getService,
  listOffices,
  listServices,
  listSlots,
} from '../../api/operations/booking.js';
import { SportelloElement } from '../../config/sportello-element.js';
import { SlowTasks } from '../../internal/slow-tasks.js';
import { safeHref } from '../../internal/urls.js';
import {
  LiveAnnouncer,
  renderApiError,
  renderFallbackHelp,
  renderMessage,
  renderTask,
  type ApiErrorOptions,
} from '../../styles/index.js';
import type { DetailsForm } from './details-form.js';
import type { Notice } from './review-step.js';
import { DayPicker } from './day-picker.js';
import { renderServiceStep } from './service-step.js';
import type * as FormStepsModule from './form-steps.js';
import type * as OfficeStepModule from './office-step.js';
import { SportelloBookedEvent, SportelloStepEvent, type BookingStep } from './events.js';
import type { StepHistory } from './step-history.js';
import { slotPickerMessages, type SlotPickerMessages } from './messages/index.js';
import { styles } from './slot-picker.styles.js';

/** Data older than this is fetched again when the page comes back into view. */
const STALE_AFTER_MS = 3 * 60 * 1000;

type FormSteps = typeof FormStepsModule;
type OfficeStep = typeof OfficeStepModule;

/**
 * Books an appointment at a court counter: office → counter → day → time → purpose and personal
 * data → review → confirmation. Personal data stays in memory and is dropped when the element
 * leaves the page.
 *
 * @summary Books an appointment at a registry counter (cancelleria, UNEP, Giudice di Pace).
 * @slot - Shown until the script loads, and again under any failure: e.g. the office's phone number.
 * @fires sportello-booked - A booking was confirmed; detail: { code, officeId, serviceId, start }
 * @fires sportello-step - The visitor moved to another step; detail: { step }
 * @csspart base - the widget's frame
 * @csspart heading - the heading of the current step
 * @csspart day - a day of the calendar
 * @csspart slot - a time slot
 * @csspart message - a status or error message
 * @csspart error-summary - the list of fields to correct
 * @csspart receipt - the `<sportello-receipt>` shown once the booking is confirmed
 * @csspart help - the page's own help (the content inside the tag), shown under a failure
 * @cssproperty [--sportello-slot-picker-accent=var(--sportello-color-primary)] - selected day and slot
 * @cssproperty [--sportello-slot-picker-max-width=60rem] - widest the widget grows; days and times side by side from 40rem
 * @status beta
 */
export class SportelloSlotPicker extends SportelloElement<SlotPickerMessages> {
  static override styles = styles;
  static override messages = slotPickerMessages;

  /** Office to book at (an office id); when empty, the visitor chooses one. */
  @property() office = '';

  /** Counter to book (a service id); when empty, the visitor chooses one. */
  @property() service = '';

  /**
   * Lets the browser's Back and Forward move between the steps: each step becomes an entry of the
   * page's history (the address stays the same; nothing typed is stored). Leave it off on pages
   * whose own router owns the history.
   */
  @property({ type: Boolean }) history = false;

  /** The host site's privacy notice, linked next to the consent. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  /**
   * The booking a change of date replaces, as its holder reads it: the form starts from its
   * purpose, acts, holder and e-mail, and the holder's name and codice fiscale cannot change.
   */
  @property({ attribute: false }) replacedBooking?: Booking;

  @state() private step: BookingStep = 'day';
  @state() private officeQuery = '';
  @state() private chosenOffice = '';
  @state() private chosenService = '';
  @state() private chosenSlot?: Slot;
  @state() private notice?: Notice;
  @state() private booking?: Booking;

  private readonly announcer = new LiveAnnouncer(this);
  /** What the visitor types: created with the form steps, which carry its code. */
  private details?: DetailsForm;
  private readonly days = new DayPicker(this, {
    api: () => this.api,
    serviceId: () => this.serviceId,
    service: () => this.serviceData,
    signal: (signal) => this.requestScope.signal(signal),
    onFetched: () => (this.fetchedAt = Date.now()),
    loginUrl: () => this.resolvedLoginUrl,
  });
  /** Back, Forward and leaving the page: loaded with `history`, or once there is a form to lose. */
  private stepHistory?: StepHistory;
  private submissionKey?: string;
  private focusTarget?: 'heading' | 'notice' | 'failure' | 'summary';
  private fetchedAt = 0;
  private officeStep?: OfficeStep;
  /** The times, form and review steps, fetched while the visitor picks a day. */
  private formSteps?: FormSteps;
  private formStepsRequested = false;

  private readonly officesTask = new Task(this, {
    task: ([api, fixed], { signal }): Promise<Office[]> | Office[] =>
      api && !fixed ? listOffices(api, {}, { signal: this.requestScope.signal(signal) }) : [],
    args: () => [this.api, this.office || this.service] as const,
  });

  private readonly servicesTask = new Task(this, {
    task: async ([api, officeId, serviceId], { signal }): Promise<Service[]> => {
      if (!api) return [];
      const options = { signal: this.requestScope.signal(signal) };
      if (serviceId) return [await getService(api, serviceId, options)];
      return officeId ? listServices(api, officeId, options) : [];
    },
    // With a fixed counter its office comes from the counter itself, not from this task's result.
    args: () =>
      [this.api, this.service ? '' : this.office || this.chosenOffice, this.service] as const,
  });

  private readonly officeTask = new Task(this, {
    task: ([api, officeId], { signal }): Promise<Office | undefined> | undefined =>
      api && officeId
        ? getOffice(api, officeId, { signal: this.requestScope.signal(signal) })
        : undefined,
    args: () => [this.api, this.officeId] as const,
  });

  private readonly slotsTask = new Task(this, {
    task: async ([api, serviceId, date], { signal }) => {
      if (!api || !serviceId || !date) return undefined;
      const result = await listSlots(api, serviceId, date, {
        signal: this.requestScope.signal(signal),
      });
      this.fetchedAt = Date.now();
      return result;
    },
    args: () => [this.api, this.serviceId, this.days.chosen] as const,
  });

  private readonly bookTask = new Task(this, {
    autoRun: false,
    task: async ([api, body, key], { signal }) =>
      createBooking(api!, body, { idempotencyKey: key, signal: this.requestScope.signal(signal) }),
    args: () =>
      [
        this.api,
        this.formSteps!.bookingRequest(
          this.details!.values,
          this.serviceData!,
          this.chosenSlot!.id,
        ),
        this.submissionKey!,
      ] as const,
    onComplete: (booking) => this.handleBooked(booking),
    onError: (error) => this.handleBookingError(error),
  });

  private readonly slow = new SlowTasks(this, () => [
    this.officesTask,
    this.servicesTask,
    this.officeTask,
    this.days.read,
    this.slotsTask,
    this.bookTask,
  ]);

  /**
   * The booking confirmed last, token included, until the visitor starts a new one. A page (or the
   * receipt, when a date is changed) reads it from the `sportello-booked` event's target; the
   * event itself carries identifiers only.
   */
  get confirmedBooking(): Booking | undefined {
    return this.booking;
  }

  /** The office in effect: the attribute's, or the one the visitor chose. */
  private get officeId(): string {
    return this.office || this.serviceData?.officeId || this.chosenOffice;
  }

  private get serviceId(): string {
    return this.service || this.chosenService;
  }

  private get serviceData(): Service | undefined {
    return this.servicesTask.value?.find((s) => s.id === this.serviceId);
  }

  private get steps(): BookingStep[] {
    const steps: BookingStep[] = [];
    if (!this.office && !this.service) steps.push('office');
    if (!this.service) steps.push('service');
    return [...steps, 'day', 'time', 'details', 'review'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.handleVisibility);
    window.addEventListener('focus', this.handleVisibility);
    for (const type of ['pointerover', 'focusin']) this.addEventListener(type, this.loadFormSteps);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.handleVisibility);
    window.removeEventListener('focus', this.handleVisibility);
    // A move within the page reconnects at once; a removal drops what the visitor typed.
    queueMicrotask(() => {
      if (!this.isConnected) this.reset();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('office') || changed.has('service')) {
      if (!this.booking) this.step = this.steps[0]!;
    }
  }

  /**
   * Fetched when the visitor turns to the picker (a pointer over it, focus in it) or reaches a step
   * that needs them: fetched on load, they would compete with the first screens of the page's
   * other widgets.
   */
  private readonly loadFormSteps = (): void => {
    if (this.formStepsRequested) return;
    this.formStepsRequested = true;
    void import('./form-steps.js').then((steps) => {
      this.addPart({ styles: steps.laterStyles, messages: steps.laterMessages });
      this.details = new steps.DetailsForm(
        this,
        () => ({ rules: steps, service: this.serviceData! }),
        () => this.replacedBooking,
      );
      this.formSteps = steps;
      this.requestUpdate();
    });
  };

  private loadStepHistory(): void {
    void import('./step-history.js').then(({ StepHistory }) => {
      this.stepHistory ??= new StepHistory(this, {
        enabled: () => this.history,
        current: () => this.step,
        choices: () => ({
          booked: !!this.booking,
          steps: this.steps,
          office: this.officeId,
          service: this.serviceData,
          day: this.days.chosen,
          slot: this.chosenSlot,
          form: this.details?.values,
          formValid: () =>
            !!this.formSteps &&
            Object.keys(this.formSteps.validateBookingForm(this.details!.values, this.serviceData!))
              .length === 0,
        }),
        show: (step) => this.goTo(step),
      });
    });
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('step') && changed.get('step') !== undefined) {
      this.dispatchEvent(new SportelloStepEvent(this.step));
      this.stepHistory?.moved(this.step);
      this.focusTarget ??= 'heading';
    }
    if (!this.stepHistory && (this.history || this.step === 'details')) this.loadStepHistory();
    if (!['office', 'service', 'day'].includes(this.step)) this.loadFormSteps();
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (target === 'summary') this.formSteps?.focusErrorSummary(this.renderRoot);
    else if (target === 'notice' || target === 'failure') {
      this.renderRoot.querySelector<HTMLElement>(`#${target}`)?.focus();
    } else if (target === 'heading') {
      this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
      this.announcer.announce(this.stepTitle);
    }
  }

  protected override render(): TemplateResult {
    return html`<section class="base" part="base" aria-labelledby="title">
      <h2 id="title" class="visually-hidden">${this.t.m.slotPicker.title}</h2>
      ${this.announcer.render()} ${this.renderProgress()} ${this.renderBack()}
      <h3 id="step-heading" class="heading" part="heading" tabindex="-1">${this.stepTitle}</h3>
      ${this.renderNotice()} ${this.api ? this.renderStep() : this.renderNotConfigured()}
      ${this.slow.render(this.t)} ${this.failed ? renderFallbackHelp(this.t, this) : nothing}
    </section>`;
  }

  private get stepTitle(): string {
    return this.t.m.slotPicker.steps[this.step];
  }

  private renderProgress() {
    if (this.step === 'done') return nothing;
    const index = this.steps.indexOf(this.step);
    return html`<p class="progress">${this.t.m.common.stepOf(index + 1, this.steps.length)}</p>`;
  }

  /** Whether the current step shows a failed request (not a rule of the booking, like a quota). */
  private get failed(): boolean {
    if (!this.serviceData && this.servicesTask.status === TaskStatus.ERROR) return true;
    const read = {
      office: this.officesTask,
      service: this.servicesTask,
      day: this.days.read,
      time: this.slotsTask,
    }[this.step as string];
    if (read) return read.status === TaskStatus.ERROR;
    return this.step === 'review' && this.reviewFailure !== undefined;
  }

  /** The failed confirmation shown on the review, when it is no notice of its own. */
  private get reviewFailure(): ApiError | undefined {
    const error = this.bookTask.status === TaskStatus.ERROR ? this.bookTask.error : undefined;
    return isApiError(error) && !this.notice ? error : undefined;
  }

  /** "Indietro" to the previous step, on every step after the first, keeping every choice. */
  private renderBack() {
    const previous = this.steps[this.steps.indexOf(this.step) - 1];
    if (!previous) return nothing;
    return html`<button
      type="button"
      class="button button--link back"
      @click=${() => this.goTo(previous)}
    >
      <span class="back__arrow" aria-hidden="true">‹</span>${this.t.m.common.back}
    </button>`;
  }

  private renderNotConfigured() {
    return renderMessage(this.t, 'error', html`<p>${this.t.m.common.notConfigured}</p>`);
  }

  private renderNotice() {
    if (!this.notice || !this.formSteps) return nothing;
    return this.formSteps.renderNotice(this.t, this.notice, this.serviceData?.quota);
  }

  private renderStep(): unknown {
    switch (this.step) {
      case 'office':
        if (!this.officeStep) {
          void import('./office-step.js').then((module) => {
            this.addPart({ styles: module.officeStyles, messages: module.officeMessages });
            this.officeStep = module;
            this.requestUpdate();
          });
          return this.renderLoading();
        }
        return this.officeStep.renderOfficeStep(
          this.t,
          this.officesTask,
          this.officeQuery,
          (query) => (this.officeQuery = query),
          this.readFailure,
          (id) => {
            if (id !== this.chosenOffice) this.chosenService = '';
            this.chosenOffice = id;
            this.goTo('service');
          },
        );
      case 'service':
        return renderServiceStep(this.t, this.servicesTask, this.readFailure, (id) => {
          if (id !== this.chosenService) this.days.reset();
          this.chosenService = id;
          this.goTo('day');
        });
      case 'day':
        // A fixed counter is read first: its failure is the day step's.
        if (!this.serviceData)
          return renderTask(this.t, this.servicesTask, this.readFailure, () => nothing);
        return this.days.render(this.t, () => this.goTo('time'));
      case 'time':
        if (!this.formSteps) return this.renderLoading();
        return this.days.render(
          this.t,
          () => this.goTo('time'),
          this.formSteps.renderTimeStep(this.t, this.slotsTask, this.days.chosen, this.chosenSlot, {
            onChoose: (slot) => this.handleSlotChosen(slot),
            onChangeDay: () => this.goTo('day'),
            failure: this.readFailure,
          }),
        );
      case 'details':
      case 'review':
      case 'done':
        return this.formSteps ? this.renderFormStep(this.formSteps) : this.renderLoading();
    }
  }

  private renderLoading() {
    return html`<p class="loading" role="status">${this.t.m.common.loading}</p>`;
  }

  private renderFormStep(steps: FormSteps): unknown {
    if (this.step === 'details') {
      return steps.renderDetailsStep({
        t: this.t,
        service: this.serviceData!,
        form: this.details!.values,
        problems: this.details!.problems,
        warnings: this.details!.warnings,
        fixed: this.details!.fixed,
        showSummary: this.details!.showSummary,
        privacyUrl: safeHref(this.privacyUrl),
        root: this.renderRoot,
        onInput: (field, value) => {
          this.details!.input(field, value);
          this.submissionKey = undefined;
        },
        onBlur: (field) => this.details!.blur(field),
        onSubmit: () => this.handleDetailsSubmit(),
      });
    }
    if (this.step === 'done') {
      const settings = {
        apiBase: this.apiBase,
        credentials: this.credentials,
        loginUrl: this.loginUrl,
        getToken: this.getToken,
        privacyUrl: this.privacyUrl,
      };
      return steps.renderDoneStep(this.t, this.booking!, settings, () => this.reset());
    }
    return this.renderReview(steps);
  }

  private renderReview(steps: FormSteps) {
    const error = this.reviewFailure;
    const failure = error
      ? html`<div id="failure" tabindex="-1">
          ${renderApiError(this.t, error.kind, {
            onRetry: () => this.handleConfirm(),
            loginUrl: this.resolvedLoginUrl,
          })}
        </div>`
      : nothing;
    return steps.renderReviewStep({
      t: this.t,
      office: this.officeTask.value,
      service: this.serviceData!,
      slot: this.chosenSlot!,
      form: this.details!.values,
      warnings: this.details!.warnings,
      steps: this.steps,
      pending: this.bookTask.status === TaskStatus.PENDING,
      failure,
      onChange: (step) => this.goTo(step),
      onConfirm: () => this.handleConfirm(),
    });
  }

  private goTo(step: BookingStep): void {
    if (step !== this.step) this.notice = step === 'review' ? this.notice : undefined;
    this.step = step;
  }

  private handleSlotChosen(slot: Slot): void {
    if (slot.id !== this.chosenSlot?.id) this.submissionKey = undefined;
    this.chosenSlot = slot;
    this.goTo('details');
  }

  private handleDetailsSubmit(): void {
    if (!this.details!.submit()) {
      this.focusTarget = 'summary';
      return;
    }
    this.goTo('review');
    // Places may have gone while the visitor typed: check again before they confirm.
    void this.slotsTask.run();
  }

  private handleConfirm(): void {
    // One submission at a time, whatever the number of clicks.
    if (this.bookTask.status === TaskStatus.PENDING) return;
    this.submissionKey ??= newIdempotencyKey();
    this.notice = undefined;
    void this.bookTask.run();
  }

  private handleBooked(booking: Booking): void {
    void import('../../define/sportello-receipt.js');
    this.booking = booking;
    this.submissionKey = undefined;
    this.goTo('done');
    this.dispatchEvent(
      new SportelloBookedEvent(booking.code, booking.office.id, booking.service.id, booking.start),
    );
  }

  private handleBookingError(error: unknown): void {
    const kind = (error as ApiError).kind;
    if (kind === 'conflict') {
      this.showNotice('conflict', 'time');
      this.chosenSlot = undefined;
      void this.slotsTask.run();
      void this.days.refresh();
    } else if (kind === 'quota') {
      this.showNotice('quota', 'review');
    } else if ((error as ApiError).code === 'outside-window') {
      this.showNotice('outside-window', 'day');
      void this.days.refresh();
    } else if (kind === 'validation' && this.namesFormFields(error as ApiError)) {
      // Field by field on the form; a refusal that names no field stays on the review.
      this.details!.serverErrors((error as ApiError).fieldErrors);
      this.focusTarget = 'summary';
      this.step = 'details';
    } else {
      this.focusTarget = 'failure';
    }
  }

  private namesFormFields(error: ApiError): boolean {
    return Object.keys(this.formSteps!.problemsFromServer(error.fieldErrors)).length > 0;
  }

  private showNotice(notice: Notice, step: BookingStep): void {
    this.submissionKey = undefined;
    this.step = step;
    this.notice = notice;
    this.focusTarget = 'notice';
  }

  /** What a failed read offers: a retry, and the login page on 401. */
  private get readFailure(): ApiErrorOptions {
    return { onRetry: this.handleRetry, loginUrl: this.resolvedLoginUrl };
  }

  private readonly handleRetry = (): void => {
    if (this.step === 'office') void this.officesTask.run();
    else if (this.step === 'service' || !this.serviceData) void this.servicesTask.run();
    else if (this.step === 'day') void this.days.refresh();
    else void this.slotsTask.run();
  };

  private readonly handleVisibility = (): void => {
    if (document.visibilityState !== 'visible' || Date.now() - this.fetchedAt < STALE_AFTER_MS)
      return;
    if (this.step === 'day') void this.days.refresh();
    if (this.step === 'time' || this.step === 'review') void this.slotsTask.run();
  };

  /** Forgets the booking and everything typed, and starts again. */
  private reset(): void {
    this.details?.reset();
    this.notice = undefined;
    this.booking = undefined;
    this.chosenSlot = undefined;
    this.officeQuery = '';
    this.chosenOffice = '';
    this.chosenService = '';
    this.submissionKey = undefined;
    this.days.reset();
    this.step = this.steps[0]!;
  }
}
