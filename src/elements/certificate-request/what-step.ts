import { html, nothing } from 'lit';
import type { CertificateConfig } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { focusField, renderErrorSummary } from '../../styles/index.js';
import { computeFees, formatEuros, type Fees } from './fees.js';
import type { CertificateForm, Problems } from './form.js';
import type { CertificateRequestMessages } from './messages/it.js';

type T = LocalizeController<CertificateRequestMessages>;

export interface WhatStepProps {
  t: T;
  root: ParentNode;
  showSummary: boolean;
  config: CertificateConfig;
  form: CertificateForm;
  problems: Problems;
  onChange: (change: Partial<CertificateForm>) => void;
  onNext: () => void;
}

function renderError(t: T, id: string, problem: string | undefined) {
  if (!problem) return nothing;
  const problems = t.m.certificateRequest.whatProblems as Record<string, string>;
  return html`<p id="${id}-error" class="field__error">${problems[problem] ?? problem}</p>`;
}

/** The fee lines, the exemption with its legal basis, the total and how each part is paid. */
export function renderFees(t: T, config: CertificateConfig, fees: Fees): unknown {
  const m = t.m.certificateRequest;
  const euros = (amount: number) => formatEuros(amount, t.locale);
  if (!fees.certificates) return html`<p class="fees__empty">${m.feesNone}</p>`;
  const n = fees.certificates;
  const exempt =
    fees.exemptions.length === 2
      ? m.exemptBoth
      : fees.exemptions.includes('stamp-duty')
        ? m.exemptStamp
        : fees.exemptions.includes('rights')
          ? m.exemptRights
          : '';
  const parts = [
    fees.stamps ? m.stampPart(fees.stamps, euros(fees.stamp)) : '',
    fees.rights ? m.rightsPart(euros(n * fees.rights)) : '',
    fees.urgency ? m.urgencyPart(euros(n * fees.urgency)) : '',
  ].filter(Boolean);
  return html`<ul class="fees__lines">
      ${
        fees.stamps
          ? html`<li>
              ${m.stampLine(fees.stamps, euros(fees.stamp), euros(fees.stamps * fees.stamp))}
            </li>`
          : nothing
      }
      ${
        fees.rights
          ? html`<li>${m.rightsLine(n, euros(fees.rights), euros(n * fees.rights))}</li>`
          : nothing
      }
      ${
        fees.urgency
          ? html`<li>${m.urgencyLine(n, euros(fees.urgency), euros(n * fees.urgency))}</li>`
          : nothing
      }
      ${
        exempt ? html`<li>${exempt}${fees.legalBasis ? ` (${fees.legalBasis})` : ''}</li>` : nothing
      }
    </ul>
    <p class="fees__total">
      ${
        fees.total
          ? html`<strong>${m.total(euros(fees.total))}</strong> ${m.totalParts(parts)}`
          : html`<strong>${m.nothingToPay}</strong>`
      }
    </p>
    ${fees.stamps ? html`<p class="fees__note">${m.stampToBring}</p>` : nothing}
    ${
      fees.rightsTotal
        ? html`<p class="fees__note">
            ${config.rightsPaidWith === 'pagopa' ? m.rightsPagoPa : m.rightsCounter}
          </p>`
        : nothing
    }`;
}

/** The total alone, said when it changes (the lines are read on their own). */
function totalSentence(t: T, fees: Fees): string {
  const m = t.m.certificateRequest;
  if (!fees.certificates) return '';
  return fees.total ? m.total(formatEuros(fees.total, t.locale)) : m.nothingToPay;
}

export function renderWhatStep(props: WhatStepProps): unknown {
  const { t, config, form, problems, onChange } = props;
  const m = t.m.certificateRequest;
  const fees = computeFees(config, form);
  const toggle = (id: string, on: boolean) =>
    onChange({
      certificates: on
        ? [...form.certificates, id]
        : form.certificates.filter((each) => each !== id),
    });
  const problemsText = m.whatProblems as Record<string, string>;
  const labels: Record<string, string> = { certificates: m.types, useId: m.use, urgent: m.urgent };
  const summary = props.showSummary
    ? renderErrorSummary(
        t,
        Object.entries(problems).map(([field, problem]) => ({
          id: `field-${field}`,
          message: `${labels[field]}: ${problemsText[problem] ?? problem}`,
        })),
        (id) => focusField(props.root, id),
      )
    : nothing;
  return html`<form
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      props.onNext();
    }}
  >
    ${summary}
    <fieldset
      class="fieldset ${problems.certificates ? 'field--error' : ''}"
      aria-describedby="field-certificates-hint ${problems.certificates ? 'field-certificates-error' : ''}"
    >
      <legend class="fieldset__legend">${m.types}</legend>
      <p id="field-certificates-hint" class="field__hint">${m.typesHint}</p>
      ${renderError(t, 'field-certificates', problems.certificates)}
      <div class="choices" id="field-certificates" tabindex="-1">
        ${config.types.map(
          (type) =>
            html`<label class="choice choice--described">
              <input
                type="checkbox"
                name="certificates"
                .value=${type.id}
                .checked=${form.certificates.includes(type.id)}
                aria-describedby="type-${type.id}"
                @change=${(event: Event) =>
                  toggle(type.id, (event.target as HTMLInputElement).checked)}
              />
              <span>
                <span class="choice__label">${type.label}</span>
                <span id="type-${type.id}" class="field__hint">${type.description}</span>
              </span>
            </label>`,
        )}
      </div>
    </fieldset>
    <div class="field ${problems.useId ? 'field--error' : ''}">
      <label class="field__label" for="field-useId">${m.use}</label>
      <p id="field-useId-hint" class="field__hint">${m.useHint}</p>
      ${renderError(t, 'field-useId', problems.useId)}
      <select
        id="field-useId"
        class="select"
        required
        aria-invalid=${problems.useId ? 'true' : 'false'}
        aria-describedby="field-useId-hint ${problems.useId ? 'field-useId-error' : ''}"
        @change=${(event: Event) => onChange({ useId: (event.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${!form.useId}>${m.choose}</option>
        ${config.uses.map(
          (use) =>
            html`<option value=${use.id} ?selected=${use.id === form.useId}>${use.label}</option>`,
        )}
      </select>
    </div>
    ${
      config.urgentAvailable
        ? html`<div class="field">
            <label class="choice">
              <input
                id="field-urgent"
                type="checkbox"
                .checked=${form.urgent}
                aria-describedby="field-urgent-hint"
                @change=${(event: Event) =>
                  onChange({ urgent: (event.target as HTMLInputElement).checked })}
              />
              <span>${m.urgent}</span>
            </label>
            <p id="field-urgent-hint" class="field__hint">
              ${m.urgentHint(formatEuros(Number(config.fees.urgency.amount) * 100, t.locale))}
              ${m.normalHint(config.normalDays ?? 3)}
            </p>
          </div>`
        : nothing
    }
    <section class="fees" aria-labelledby="fees-title">
      <h4 id="fees-title" class="fees__title">${m.feesTitle}</h4>
      ${renderFees(t, config, fees)}
      <p class="visually-hidden" role="status">${totalSentence(t, fees)}</p>
    </section>
    <div class="button-row">
      <button type="submit" class="button">${m.next}</button>
    </div>
  </form>`;
}
