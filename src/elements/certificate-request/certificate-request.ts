import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { ApiError } from '../../api/errors.js';
import type { CertificateConfig, CertificateRequestReceipt, Office } from '../../api/types.js';
import { getCertificateConfig } from '../../api/operations/certificates.js';
import { SportelloElement } from '../../config/sportello-element.js';
import { SlowTasks } from '../../internal/slow-tasks.js';
import { safeHref } from '../../internal/urls.js';
import {
  LiveAnnouncer,
  renderFallbackHelp,
  renderMessage,
  renderTask,
  type ApiErrorOptions,
} from '../../styles/index.js';
import { SportelloCertificateRequestedEvent, type CertificateStep } from './events.js';
import { emptyForm, whatProblems, type CertificateForm, type Problems } from './form.js';
import type * as LaterStepsModule from './later-steps.js';
import type * as OfficeStepModule from './office-step.js';
import type { PlaceField } from './place-field.js';
import type { CertificateSender } from './sender.js';
import { certificateRequestMessages, type CertificateRequestMessages } from './messages/index.js';
import { styles } from './certificate-request.styles.js';
import { renderWhatStep } from './what-step.js';

type LaterSteps = typeof LaterStepsModule;

/**
 * Books a certificate of the casellario giudiziale or of the carichi pendenti at a Procura:
 * office → certificates, use and urgency with their fees explained → the person it is about →
 * how it is collected → review → the request number with the forms to print. What is typed stays
 * in memory and is dropped when the element leaves the page.
 *
 * @summary Books a criminal-record certificate (casellario giudiziale, carichi pendenti).
 * @slot - Shown until the script loads, and again under any failure: e.g. the office's phone number.
 * @fires sportello-certificate-requested - A request was accepted; detail: { number }
 * @csspart base - the widget's frame
 * @csspart heading - the heading of the current step
 * @csspart message - a status or error message
 * @csspart error-summary - the list of fields to correct
 * @csspart help - the page's own help (the content inside the tag), shown under a failure
 * @cssproperty [--sportello-certificate-request-max-width=44rem] - widest the widget grows
 * @status beta
 */
export class SportelloCertificateRequest extends SportelloElement<CertificateRequestMessages> {
  static override styles = styles;
  static override messages = certificateRequestMessages;

  /** The Procura to ask (an office id); when empty, the citizen chooses one. */
  @property() office = '';

  /** The host site's privacy notice, linked next to the consent. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  @state() private step: CertificateStep = 'what';
  @state() private chosenOffice = '';
  @state() private officeQuery = '';
  @state() private form: CertificateForm = emptyForm();
  @state() private problems: Problems = {};
  @state() private showSummary = false;
  @state() private receipt?: CertificateRequestReceipt;

  private readonly announcer = new LiveAnnouncer(this);
  private later?: LaterSteps;
  private officeStep?: typeof OfficeStepModule;
  private laterRequested = false;
  private place?: PlaceField;
  private sender?: CertificateSender;
  private focusTarget?: 'heading' | 'summary' | 'failure';

  /** The Procure to choose from: created with the office step, on pages that do not fix one. */
  private officesTask?: Task<readonly unknown[], Office[]>;
  /** The office in effect, for the review and the end: read with the later steps. */
  private officeTask?: Task<readonly unknown[], Office | undefined>;

  private readonly configTask = new Task(this, {
    task: ([api, officeId], { signal }): Promise<CertificateConfig | undefined> | undefined =>
      api && officeId
        ? getCertificateConfig(api, officeId, { signal: this.requestScope.signal(signal) })
        : undefined,
    args: () => [this.api, this.officeId] as const,
  });

  private readonly slow = new SlowTasks(this, () =>
    [this.officesTask, this.configTask, this.officeTask, this.sender?.task].filter(
      (task) => task !== undefined,
    ),
  );

  private get officeId(): string {
    return this.office || this.chosenOffice;
  }

  private get steps(): CertificateStep[] {
    return [...(this.office ? [] : ['office' as const]), 'what', 'who', 'collection', 'review'];
  }

  private get certificateConfig(): CertificateConfig | undefined {
    return this.configTask.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['pointerover', 'focusin']) this.addEventListener(type, this.loadLater);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move within the page reconnects at once; a removal drops what the citizen typed.
    queueMicrotask(() => {
      if (!this.isConnected) this.startOver();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('office') && !this.receipt) this.step = this.steps[0]!;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('step') && changed.get('step') !== undefined) {
      this.focusTarget ??= 'heading';
    }
    if (!['office', 'what'].includes(this.step)) this.loadLater();
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (target === 'summary') {
      const title = this.renderRoot.querySelector<HTMLElement>('.error-summary__title');
      // The step may still be loading (its offer read again): focus the summary when it shows.
      if (title) title.focus();
      else this.focusTarget = 'summary';
    } else if (target === 'failure') {
      this.renderRoot.querySelector<HTMLElement>('#failure')?.focus();
    } else if (target === 'heading') {
      this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
      this.announcer.announce(this.stepTitle);
    }
  }

  /** The later steps, fetched when the citizen turns to the widget or reaches them. */
  private readonly loadLater = (): void => {
    if (this.laterRequested) return;
    this.laterRequested = true;
    void import('./later-steps.js').then((later) => {
      this.addPart({ styles: later.laterStyles, messages: later.laterMessages });
      this.place = later.createPlaceField(this, {
        t: this.t,
        api: () => this.api,
        birthDate: () => later.birthDateOf(this.form),
        onChange: () => this.requestUpdate(),
        signal: (signal) => this.requestScope.signal(signal),
      });
      this.officeTask = later.createOfficeTask(this, {
        api: () => this.api,
        officeId: () => this.officeId,
        signal: (signal) => this.requestScope.signal(signal),
      });
      this.sender = new later.CertificateSender(this, {
        api: () => this.api,
        body: () => later.requestBody(this.form, this.officeId, this.place!),
        signal: (signal) => this.requestScope.signal(signal),
        onSent: (receipt) => this.handleSent(receipt),
        onRefused: (error) => this.handleRefused(error),
        onFailed: () => (this.focusTarget = 'failure'),
      });
      this.later = later;
      this.requestUpdate();
    });
  };

  protected override render(): TemplateResult {
    return html`<section class="base" part="base" aria-labelledby="title">
      <h2 id="title" class="visually-hidden">${this.t.m.certificateRequest.title}</h2>
      ${this.announcer.render()} ${this.renderProgress()} ${this.renderBack()}
      <h3 id="step-heading" class="heading" part="heading" tabindex="-1">${this.stepTitle}</h3>
      ${this.api ? this.renderStep() : this.renderNotConfigured()} ${this.slow.render(this.t)}
      ${this.failed ? renderFallbackHelp(this.t, this) : nothing}
    </section>`;
  }

  private get stepTitle(): string {
    return this.t.m.certificateRequest.steps[this.step];
  }

  private get failed(): boolean {
    if (this.step === 'office') return this.officesTask?.status === TaskStatus.ERROR;
    if (this.configTask.status === TaskStatus.ERROR) return true;
    return this.step === 'review' && this.sender?.failure !== undefined;
  }

  private renderProgress() {
    if (this.step === 'done') return nothing;
    const index = this.steps.indexOf(this.step);
    return html`<p class="progress">${this.t.m.common.stepOf(index + 1, this.steps.length)}</p>`;
  }

  private renderBack() {
    const previous = this.steps[this.steps.indexOf(this.step) - 1];
    if (!previous || this.step === 'done') return nothing;
    return html`<button
      type="button"
      class="button button--link back"
      @click=${() => this.goTo(previous)}
    >
      <span aria-hidden="true">‹</span> ${this.t.m.common.back}
    </button>`;
  }

  private renderNotConfigured() {
    return renderMessage(this.t, 'error', html`<p>${this.t.m.common.notConfigured}</p>`);
  }

  private get readFailure(): ApiErrorOptions {
    return {
      onRetry: () =>
        void (this.step === 'office' ? this.officesTask?.run() : this.configTask.run()),
      loginUrl: this.resolvedLoginUrl,
    };
  }

  private renderStep(): unknown {
    if (this.step === 'office') return this.renderOfficeStep();
    return renderTask(this.t, this.configTask, this.readFailure, (config) =>
      config ? this.renderConfigured(config) : nothing,
    );
  }

  private renderOfficeStep() {
    if (!this.officeStep || !this.officesTask) {
      void import('./office-step.js').then((module) => {
        this.addPart({ styles: [module.officeStyles], messages: module.officeMessages });
        this.officesTask ??= module.createOfficesTask(this, {
          api: () => this.api,
          signal: (signal) => this.requestScope.signal(signal),
        });
        this.officeStep = module;
        this.requestUpdate();
      });
      return html`<p class="loading" role="status">${this.t.m.common.loading}</p>`;
    }
    return renderTask(this.t, this.officesTask, this.readFailure, (offices) =>
      this.officeStep!.renderOfficeStep(this.t, offices, this.officeQuery, {
        onQuery: (query) => (this.officeQuery = query),
        onChoose: (id) => this.chooseOffice(id),
      }),
    );
  }

  private renderConfigured(config: CertificateConfig): unknown {
    if (!config.types.length) {
      return renderMessage(
        this.t,
        'info',
        html`<p>${this.t.m.certificateRequest.noCertificates}</p>`,
      );
    }
    if (this.step === 'what') {
      return renderWhatStep({
        t: this.t,
        root: this.renderRoot,
        showSummary: this.showSummary,
        config,
        form: this.form,
        problems: this.problems,
        onChange: (change) => this.change(change, whatProblems),
        onNext: () => this.next(whatProblems(this.form, config)),
      });
    }
    const later = this.later;
    if (!later || !this.place) {
      return html`<p class="loading" role="status">${this.t.m.common.loading}</p>`;
    }
    return later.renderLaterStep({
      t: this.t,
      step: this.step,
      config,
      office: this.officeTask?.value,
      form: this.form,
      problems: this.problems,
      showSummary: this.showSummary,
      place: this.place,
      receipt: this.receipt,
      privacyUrl: safeHref(this.privacyUrl),
      root: this.renderRoot,
      host: this,
      pending: this.sender?.pending ?? false,
      failure: this.sender?.renderFailure(this.t, this.resolvedLoginUrl),
      steps: this.steps,
      onChange: (change) => {
        this.change(change, (form) => later.problemsOf(this.step, form, config, this.place!));
        if ('fiscalCode' in change) void this.fillFromFiscalCode(later);
      },
      onNext: () => this.next(later.problemsOf(this.step, this.form, config, this.place!)),
      onEdit: (step) => this.goTo(step),
      onConfirm: () => this.confirm(),
      onStartOver: () => this.startOver(),
    });
  }

  /** A codice fiscale typed before the birth data fills them in, and says so. */
  private async fillFromFiscalCode(later: LaterSteps): Promise<void> {
    const fill = await later.fillFromFiscalCode(this.api, this.form, this.place!);
    if (!fill) return;
    this.form = { ...this.form, ...fill };
    this.announcer.announce(this.t.m.certificateRequest.filledFromCode);
  }

  private chooseOffice(id: string): void {
    if (id !== this.chosenOffice) this.form = { ...emptyForm(), email: this.form.email };
    this.chosenOffice = id;
    this.goTo('what');
  }

  /** Takes in what was typed; once a step was submitted, its problems follow the typing. */
  private change(
    change: Partial<CertificateForm>,
    problemsOf: (form: CertificateForm, config: CertificateConfig) => Problems,
  ): void {
    this.form = { ...this.form, ...change };
    this.sender?.forget();
    if (this.showSummary) this.problems = problemsOf(this.form, this.certificateConfig!);
  }

  private next(problems: Problems): void {
    this.problems = problems;
    this.showSummary = Object.keys(problems).length > 0;
    if (this.showSummary) {
      this.focusTarget = 'summary';
      return;
    }
    this.goTo(this.steps[this.steps.indexOf(this.step) + 1]);
  }

  private goTo(step: CertificateStep): void {
    this.focusTarget = undefined;
    this.problems = {};
    this.showSummary = false;
    this.step = step;
  }

  private confirm(): void {
    if (this.sender?.pending) return;
    const problems = this.later!.problemsOf(
      'review',
      this.form,
      this.certificateConfig!,
      this.place!,
    );
    if (Object.keys(problems).length) {
      this.problems = problems;
      this.showSummary = true;
      this.focusTarget = 'summary';
      return;
    }
    this.sender!.send();
  }

  private handleSent(receipt: CertificateRequestReceipt): void {
    this.receipt = receipt;
    this.goTo('done');
    this.dispatchEvent(new SportelloCertificateRequestedEvent(receipt.number));
  }

  private handleRefused(error: ApiError): void {
    const { step, problems } = this.later!.placeServerErrors(error.fieldErrors, this.steps);
    if (step === 'what') void this.configTask.run();
    this.goTo(step);
    this.problems = problems;
    this.showSummary = true;
    this.focusTarget = 'summary';
  }

  /** Forgets the request and everything typed, and starts again. */
  private startOver(): void {
    this.form = emptyForm();
    this.problems = {};
    this.showSummary = false;
    this.receipt = undefined;
    this.sender?.forget();
    this.chosenOffice = '';
    this.officeQuery = '';
    this.place?.reset();
    this.later?.unmarkForms(this);
    this.step = this.steps[0]!;
  }
}
