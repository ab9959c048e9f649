import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isApiError, type ApiError } from '../../api/errors.js';
import type { CertificateRequestStatus } from '../../api/types.js';
import { getCertificateRequestStatus } from '../../api/operations/certificates.js';
import { SportelloElement } from '../../config/sportello-element.js';
import { isoDateInOffice, todayInOffice } from '../../internal/dates.js';
import { renderApiError, renderMessage, type MessageKind } from '../../styles/index.js';
import { certificateStatusMessages, type CertificateStatusMessages } from './messages/index.js';
import { styles } from './certificate-status.styles.js';

type Field = 'number' | 'birthDate';
type Problem = keyof CertificateStatusMessages['certificateStatus']['problems'];
type Problems = Partial<Record<Field, Problem>>;

const NUMBER = /^[A-Z]{2}-\d{4}-\d{6}$/;

/** "12/04/1985" or "1985-04-12" → "1985-04-12"; undefined when it is no real date. */
function parseDate(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const italian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]].map(Number)
    : italian
      ? [italian[3], italian[2], italian[1]].map(Number)
      : [];
  if (!year || !month || !day) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined;
  return date.getUTCDate() === day ? date.toISOString().slice(0, 10) : undefined;
}

const STATE_KINDS: Record<CertificateRequestStatus['status'], MessageKind> = {
  received: 'info',
  'in-preparation': 'info',
  ready: 'success',
  collected: 'info',
  cancelled: 'warning',
};

/**
 * Tells a citizen where a certificate request stands, by its number and the date of birth of the
 * person it is about. The date of birth goes in the request's body, never in an address; what is
 * typed and the answer stay in memory and are dropped when the element leaves the page.
 *
 * @summary Shows the status of a certificate request by its number and the holder's date of birth.
 * @csspart base - the widget's frame
 * @csspart heading - the widget's heading
 * @csspart message - the status, or a message about a failure
 * @cssproperty [--sportello-certificate-status-max-width=36rem] - widest the widget grows
 * @status beta
 */
export class SportelloCertificateStatus extends SportelloElement<CertificateStatusMessages> {
  static override styles = styles;
  static override messages = certificateStatusMessages;

  /** The request number to fill in, e.g. from the confirmation page; the citizen can change it. */
  @property() number = '';

  @state() private numberText = '';
  @state() private birthDateText = '';
  @state() private problems: Problems = {};
  @state() private pending = false;
  @state() private result?: CertificateRequestStatus;
  @state() private failure?: ApiError;

  private controller?: AbortController;
  private focusFirstProblem = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move within the page reconnects at once; a removal drops what was typed and answered.
    queueMicrotask(() => {
      if (!this.isConnected) this.forget();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('number')) this.numberText = this.number.trim().toUpperCase();
  }

  protected override updated(): void {
    if (!this.focusFirstProblem) return;
    this.focusFirstProblem = false;
    const first = (['number', 'birthDate'] as const).find((field) => this.problems[field]);
    if (first) this.renderRoot.querySelector<HTMLElement>(`#field-${first}`)?.focus();
  }

  protected override render(): TemplateResult {
    const m = this.t.m.certificateStatus;
    return html`<section class="base" part="base" aria-labelledby="heading">
      <h2 id="heading" class="heading" part="heading">${m.title}</h2>
      ${
        this.api
          ? html`<p class="intro">${m.intro}</p>
              ${this.renderForm()}
              <div class="answer" role="status">${this.renderAnswer()}</div>
              <div role="alert">${this.renderRefusal()}</div>
              ${this.renderFailure()}`
          : renderMessage(this.t, 'error', html`<p>${this.t.m.common.notConfigured}</p>`)
      }
    </section>`;
  }

  private renderForm(): TemplateResult {
    const m = this.t.m.certificateStatus;
    return html`<form novalidate @submit=${this.submit}>
      ${this.renderField('number', m.number, m.numberHint, this.numberText, (input) => {
        const caret = input.selectionStart;
        input.value = input.value.toUpperCase();
        if (caret !== null) input.setSelectionRange(caret, caret);
        this.numberText = input.value;
      })}
      ${this.renderField('birthDate', m.birthDate, m.birthDateHint, this.birthDateText, (input) => {
        this.birthDateText = input.value;
      })}
      <button
        type="submit"
        class="button button--primary"
        aria-disabled=${this.pending ? 'true' : 'false'}
      >
        ${this.pending ? m.checking : m.check}
      </button>
    </form>`;
  }

  private renderField(
    field: Field,
    label: string,
    hint: string,
    value: string,
    onInput: (input: HTMLInputElement) => void,
  ): TemplateResult {
    const problem = this.problems[field];
    const id = `field-${field}`;
    return html`<div class="field ${problem ? 'field--error' : ''}">
      <label class="field__label" for=${id}>${label}</label>
      <p id="${id}-hint" class="field__hint">${hint}</p>
      ${
        problem
          ? html`<p id="${id}-error" class="field__error">
              ${this.t.m.certificateStatus.problems[problem]}
            </p>`
          : nothing
      }
      <input
        id=${id}
        class="input ${field === 'number' ? 'input--code' : ''}"
        type="text"
        inputmode=${field === 'birthDate' ? 'numeric' : nothing}
        autocomplete=${field === 'birthDate' ? 'bday' : 'off'}
        spellcheck="false"
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${id}-hint ${id}-error` : `${id}-hint`}
        .value=${value}
        @input=${(event: Event) => {
          onInput(event.target as HTMLInputElement);
          if (this.problems[field]) this.problems = this.check();
        }}
      />
    </div>`;
  }

  private renderAnswer(): unknown {
    const result = this.result;
    if (!result) return nothing;
    const m = this.t.m.certificateStatus;
    const readyFrom = this.t.date(result.readyFrom, 'long');
    const explain = m.explain[result.status];
    return renderMessage(
      this.t,
      STATE_KINDS[result.status],
      html`<p>${typeof explain === 'function' ? explain(readyFrom) : explain}</p>
        <p>${m.certificates(result.certificates.length)}</p>
        <p class="answer__meta">
          ${m.numberLine(result.number)}.
          ${m.updated(this.t.date(isoDateInOffice(result.updatedAt), 'long'))}
        </p>`,
      m.states[result.status],
    );
  }

  /** The answers that are about the data typed: not found, too many wrong tries. */
  private renderRefusal(): unknown {
    const error = this.failure;
    if (!error) return nothing;
    const m = this.t.m.certificateStatus;
    if (error.kind === 'not-found')
      return renderMessage(this.t, 'error', html`<p>${m.notFound}</p>`);
    if (error.status !== 429) return nothing;
    const seconds = error.retryAfterSeconds;
    const text = seconds ? m.tooManyMinutes(Math.ceil(seconds / 60)) : m.tooMany;
    return renderMessage(this.t, 'warning', html`<p>${text}</p>`);
  }

  private renderFailure(): unknown {
    const error = this.failure;
    if (!error || error.kind === 'not-found' || error.status === 429) return nothing;
    return renderApiError(this.t, error.kind, {
      onRetry: () => void this.send(),
      loginUrl: this.resolvedLoginUrl,
    });
  }

  private check(): Problems {
    const problems: Problems = {};
    if (!this.numberText.trim()) problems.number = 'required';
    else if (!NUMBER.test(this.numberText.trim())) problems.number = 'number-format';
    const birthDate = parseDate(this.birthDateText);
    if (!this.birthDateText.trim()) problems.birthDate = 'required';
    else if (!birthDate) problems.birthDate = 'date-format';
    else if (birthDate > todayInOffice()) problems.birthDate = 'date-future';
    return problems;
  }

  private readonly submit = (event: Event): void => {
    event.preventDefault();
    if (this.pending) return;
    this.problems = this.check();
    if (Object.keys(this.problems).length) {
      this.focusFirstProblem = true;
      return;
    }
    void this.send();
  };

  /** One request at a time: a new one starts only when the last has answered. */
  private async send(): Promise<void> {
    const api = this.api;
    const birthDate = parseDate(this.birthDateText);
    if (!api || !birthDate || this.pending) return;
    this.pending = true;
    this.result = undefined;
    this.failure = undefined;
    const controller = new AbortController();
    this.controller = controller;
    try {
      const result = await getCertificateRequestStatus(api, this.numberText.trim(), birthDate, {
        signal: this.requestScope.signal(controller.signal),
      });
      if (this.controller === controller) this.result = result;
    } catch (error) {
      if (this.controller !== controller || controller.signal.aborted) return;
      this.failure = isApiError(error) ? error : undefined;
      if (!this.failure) throw error;
    } finally {
      if (this.controller === controller) {
        this.pending = false;
        this.controller = undefined;
      }
    }
  }

  /** Drops what was typed, the answer and any request still waiting. */
  private forget(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.pending = false;
    this.numberText = this.number.trim().toUpperCase();
    this.birthDateText = '';
    this.problems = {};
    this.result = undefined;
    this.failure = undefined;
  }
}
