import { html, nothing, type TemplateResult } from 'lit';
import type { CertificateConfig, CertificateRequestReceipt, Office } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { fiscalCodeProblem, normalizeFiscalCode } from '../../internal/fiscal-code.js';
import { focusField, renderErrorSummary, renderMessage } from '../../styles/index.js';
import type { CertificateStep } from './events.js';
import { computeFees } from './fees.js';
import type { CertificateForm, FormField, Problems } from './form.js';
import { parseBirthDate } from './person-form.js';
import type { CertificateRequestMessages } from './messages/it.js';
import type { PlaceField } from './place-field.js';
import { renderFees } from './what-step.js';
import { fiscalMismatches } from './fiscal-check.js';
import { renderDone } from './done-view.js';

type T = LocalizeController<CertificateRequestMessages>;

export interface LaterStepProps {
  t: T;
  step: CertificateStep;
  config: CertificateConfig;
  office?: Office;
  form: CertificateForm;
  problems: Problems;
  showSummary: boolean;
  place: PlaceField;
  receipt?: CertificateRequestReceipt;
  privacyUrl: string;
  root: ParentNode;
  host: HTMLElement;
  pending: boolean;
  failure: unknown;
  steps: readonly CertificateStep[];
  onChange: (change: Partial<CertificateForm>) => void;
  onNext: () => void;
  onEdit: (step: CertificateStep) => void;
  onConfirm: () => void;
  onStartOver: () => void;
}

const id = (field: FormField) => `field-${field}`;

function problemText(t: T, problem: string | undefined): string {
  if (!problem) return '';
  const m = t.m.certificateRequest;
  const all = {
    ...m.whatProblems,
    ...m.problems,
    'not-valid-at-date': m.place.notValidAtDate,
  } as Record<string, string>;
  return all[problem] ?? t.m.certificateRequest.problems.invalid;
}

function summary(props: LaterStepProps, labels: Partial<Record<FormField, string>>): unknown {
  const { t, problems } = props;
  if (!props.showSummary) return nothing;
  const items = (Object.keys(problems) as FormField[]).map((field) => ({
    id: id(field),
    message: `${labels[field] ?? ''}: ${problemText(t, problems[field])}`,
  }));
  return items.length
    ? renderErrorSummary(t, items, (target) => focusField(props.root, target))
    : nothing;
}

interface TextOptions {
  type?: 'text' | 'email';
  autocomplete?: 'family-name' | 'given-name' | 'bday' | 'email';
  hint?: string;
  inputmode?: 'numeric' | 'email';
  code?: boolean;
  extra?: unknown;
}

function textField(
  props: LaterStepProps,
  field: keyof CertificateForm,
  label: string,
  options: TextOptions = {},
): TemplateResult {
  const problem = props.problems[field];
  const fieldId = id(field);
  const describedBy = [options.hint ? `${fieldId}-hint` : '', problem ? `${fieldId}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field ${problem ? 'field--error' : ''}">
    <label class="field__label" for=${fieldId}>${label}</label>
    ${options.hint ? html`<p id="${fieldId}-hint" class="field__hint">${options.hint}</p>` : nothing}
    ${
      problem
        ? html`<p id="${fieldId}-error" class="field__error">${problemText(props.t, problem)}</p>`
        : nothing
    }
    <input
      id=${fieldId}
      class="input ${options.code ? 'input--code' : ''}"
      type=${options.type ?? 'text'}
      inputmode=${options.inputmode ?? nothing}
      autocomplete=${options.autocomplete ?? 'off'}
      spellcheck="false"
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      .value=${String(props.form[field])}
      @input=${(event: Event) =>
        props.onChange({ [field]: (event.target as HTMLInputElement).value })}
    />
    ${options.extra ?? nothing}
  </div>`;
}

function radios<V extends string>(
  props: LaterStepProps,
  field: keyof CertificateForm,
  legend: string,
  options: ReadonlyArray<[V, string]>,
): TemplateResult {
  const problem = props.problems[field];
  return html`<fieldset
    class="fieldset ${problem ? 'field--error' : ''}"
    aria-describedby=${problem ? `${id(field)}-error` : nothing}
  >
    <legend class="fieldset__legend">${legend}</legend>
    ${
      problem
        ? html`<p id="${id(field)}-error" class="field__error">${problemText(props.t, problem)}</p>`
        : nothing
    }
    <div class="choices" id=${id(field)} tabindex="-1">
      ${options.map(
        ([value, label]) =>
          html`<label class="choice">
            <input
              type="radio"
              name=${field}
              .value=${value as string}
              .checked=${props.form[field] === value}
              @change=${() => props.onChange({ [field]: value })}
            />
            <span>${label}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

function continueButton(props: LaterStepProps) {
  return html`<div class="button-row">
    <button type="submit" class="button">${props.t.m.certificateRequest.next}</button>
  </div>`;
}

function stepForm(props: LaterStepProps, content: unknown) {
  return html`<form
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      props.onNext();
    }}
  >
    ${content}
  </form>`;
}

function renderMismatches(props: LaterStepProps): unknown {
  const { t, form, place } = props;
  const m = t.m.certificateRequest.mismatch;
  // A whole code that cannot be right is said at once; a plausible one is compared part by part.
  const code = normalizeFiscalCode(form.fiscalCode);
  const invalid = code.length === 16 ? fiscalCodeProblem(code) : undefined;
  if (invalid) {
    return html`<div id="fiscal-mismatches" role="status">
      ${renderMessage(t, 'warning', html`<p>${problemText(t, `fiscal-${invalid}`)}</p>`)}
    </div>`;
  }
  const found = code ? fiscalMismatches(form, place) : [];
  const sentences = found.map((mismatch) => {
    switch (mismatch.part) {
      case 'familyName':
        return m.familyName(form.familyName.trim().toUpperCase(), mismatch.expected);
      case 'givenName':
        return m.givenName(form.givenName.trim().toUpperCase(), mismatch.expected);
      case 'birthDate':
        return m.birthDate(mismatch.expected, mismatch.found);
      case 'sex':
        return m.sex;
      case 'birthPlaceCode':
        return m.birthPlaceCode(mismatch.expected, mismatch.found);
    }
  });
  return html`<div id="fiscal-mismatches" role="status">
    ${
      sentences.length
        ? renderMessage(
            t,
            'warning',
            html`<ul class="mismatches">
              ${sentences.map((sentence) => html`<li>${sentence}</li>`)}
            </ul>`,
          )
        : nothing
    }
  </div>`;
}

function renderWho(props: LaterStepProps): unknown {
  const { t, place } = props;
  const m = t.m.certificateRequest;
  const labels = {
    familyName: m.familyName,
    givenName: m.givenName,
    sex: m.sex,
    birthDate: m.birthDate,
    birthPlace: m.place.label,
    fiscalCode: m.fiscalCode,
  };
  return stepForm(
    props,
    html`${summary(props, labels)}
      <p class="hint">${m.whoHint}</p>
      ${textField(props, 'familyName', m.familyName, { autocomplete: 'family-name' })}
      ${textField(props, 'givenName', m.givenName, { autocomplete: 'given-name' })}
      ${radios(props, 'sex', m.sex, [
        ['F', m.sexes.F],
        ['M', m.sexes.M],
      ])}
      ${textField(props, 'birthDate', m.birthDate, {
        hint: m.birthDateHint,
        inputmode: 'numeric',
        autocomplete: 'bday',
      })}
      ${place.render(problemText(t, props.problems.birthPlace) || undefined)}
      ${textField(props, 'fiscalCode', m.fiscalCode, {
        hint: m.fiscalCodeHint,
        code: true,
        extra: renderMismatches(props),
      })}
      ${continueButton(props)}`,
  );
}

function renderCollection(props: LaterStepProps): unknown {
  const { t, config, form } = props;
  const m = t.m.certificateRequest;
  const labels = {
    collection: m.collectionHint,
    delegateFamilyName: m.delegateFamilyName,
    delegateGivenName: m.delegateGivenName,
    documentType: m.documentType,
    documentNumber: m.documentNumber,
    pec: m.pec,
    email: m.email,
  };
  const documentProblem = props.problems.documentType;
  return stepForm(
    props,
    html`${summary(props, labels)}
    ${radios(
      props,
      'collection',
      m.collectionHint,
      config.collection.map((kind) => [kind, m.collectionKinds[kind]] as const),
    )}
    ${
      form.collection === 'delegate'
        ? html`<fieldset class="fieldset">
            <legend class="fieldset__legend">${m.delegate}</legend>
            ${textField(props, 'delegateFamilyName', m.delegateFamilyName)}
            ${textField(props, 'delegateGivenName', m.delegateGivenName)}
            <div class="field ${documentProblem ? 'field--error' : ''}">
              <label class="field__label" for=${id('documentType')}>${m.documentType}</label>
              ${
                documentProblem
                  ? html`<p id="field-documentType-error" class="field__error">
                      ${problemText(t, documentProblem)}
                    </p>`
                  : nothing
              }
              <select
                id=${id('documentType')}
                class="select"
                aria-invalid=${documentProblem ? 'true' : 'false'}
                aria-describedby=${documentProblem ? 'field-documentType-error' : nothing}
                @change=${(event: Event) =>
                  props.onChange({
                    documentType: (event.target as HTMLSelectElement)
                      .value as CertificateForm['documentType'],
                  })}
              >
                <option value="" ?selected=${!form.documentType}>${m.choose}</option>
                ${(['carta-identita', 'passaporto', 'patente'] as const).map(
                  (type) =>
                    html`<option value=${type} ?selected=${form.documentType === type}>
                      ${m.documentTypes[type]}
                    </option>`,
                )}
              </select>
            </div>
            ${textField(props, 'documentNumber', m.documentNumber, { code: true })}
          </fieldset>`
        : nothing
    }
    ${
      form.collection === 'pec'
        ? textField(props, 'pec', m.pec, { type: 'email', hint: m.pecHint, inputmode: 'email' })
        : nothing
    }
    ${textField(props, 'email', m.email, {
      type: 'email',
      autocomplete: 'email',
      hint: m.emailHint,
      inputmode: 'email',
    })}
    ${continueButton(props)}`,
  );
}

function row(props: LaterStepProps, label: string, value: unknown, step?: CertificateStep) {
  const m = props.t.m.certificateRequest;
  return html`<div class="summary__row">
    <dt>${label}</dt>
    <dd>${value}</dd>
    <dd class="summary__action">
      ${
        step && props.steps.includes(step)
          ? html`<button
              type="button"
              class="button button--link"
              @click=${() => props.onEdit(step)}
            >
              ${m.edit}<span class="visually-hidden"> ${label}</span>
            </button>`
          : nothing
      }
    </dd>
  </div>`;
}

function personText(props: LaterStepProps): TemplateResult {
  const { t, form, place } = props;
  const m = t.m.certificateRequest;
  const birthDate = parseBirthDate(form.birthDate);
  const where = place.selected?.name ?? place.code ?? '';
  return html`${form.givenName.trim()} ${form.familyName.trim()}, ${m.sexes[form.sex || 'F']}<br />
    ${birthDate ? t.date(birthDate, 'short') : form.birthDate}, ${where}
    ${
      form.fiscalCode.trim()
        ? html`<br /><span class="code">${form.fiscalCode.replace(/\s+/g, '').toUpperCase()}</span>`
        : nothing
    }`;
}

function collectionText(props: LaterStepProps): unknown {
  const { t, form } = props;
  const m = t.m.certificateRequest;
  const kind = m.collectionKinds[form.collection];
  if (form.collection === 'delegate') {
    const document = form.documentType ? m.documentTypes[form.documentType] : '';
    return html`${kind}<br />${form.delegateGivenName} ${form.delegateFamilyName}, ${document}
      <span class="code">${form.documentNumber.toUpperCase()}</span>`;
  }
  return form.collection === 'pec' ? html`${kind}<br />${form.pec}` : kind;
}

function renderReview(props: LaterStepProps): unknown {
  const { t, config, form } = props;
  const m = t.m.certificateRequest;
  const labels = m.labels;
  const types = config.types.filter((type) => form.certificates.includes(type.id));
  const use = config.uses.find((each) => each.id === form.useId);
  const consentProblem = props.problems.consent;
  const summaryLabels = {
    certificates: labels.certificates,
    useId: labels.use,
    urgent: labels.urgent,
    familyName: m.familyName,
    givenName: m.givenName,
    sex: m.sex,
    birthDate: m.birthDate,
    birthPlace: m.place.label,
    fiscalCode: m.fiscalCode,
    email: labels.email,
    consent: m.privacyLink,
  };
  return html`${summary(props, summaryLabels)} ${props.failure}
    <dl class="summary">
      ${props.office ? row(props, labels.office, props.office.name, 'office') : nothing}
      ${row(
        props,
        labels.certificates,
        html`${types.map((type, i) => html`${i ? html`<br />` : nothing}${type.label}`)}`,
        'what',
      )}
      ${row(props, labels.use, use?.label ?? '', 'what')}
      ${config.urgentAvailable ? row(props, labels.urgent, form.urgent ? m.yes : m.no, 'what') : nothing}
      ${row(props, labels.person, personText(props), 'who')}
      ${row(props, labels.collection, collectionText(props), 'collection')}
      ${row(props, labels.email, form.email, 'collection')}
    </dl>
    <section class="fees" aria-label=${labels.fees}>
      ${renderFees(t, config, computeFees(config, form))}
    </section>
    <div class="field ${consentProblem ? 'field--error' : ''}">
      ${
        props.privacyUrl
          ? html`<p id="privacy-notice">
              <a href=${props.privacyUrl} target="_blank" rel="noopener noreferrer">
                ${m.privacyLink}
                <span class="visually-hidden">${t.m.common.opensInNewWindow}</span>
              </a>
            </p>`
          : nothing
      }
      ${
        consentProblem
          ? html`<p id="field-consent-error" class="field__error">
              ${problemText(t, consentProblem)}
            </p>`
          : nothing
      }
      <label class="choice">
        <input
          id="field-consent"
          type="checkbox"
          aria-invalid=${consentProblem ? 'true' : 'false'}
          aria-describedby=${
            [props.privacyUrl ? 'privacy-notice' : '', consentProblem ? 'field-consent-error' : '']
              .filter(Boolean)
              .join(' ') || nothing
          }
          .checked=${form.consent}
          @change=${(event: Event) =>
            props.onChange({ consent: (event.target as HTMLInputElement).checked })}
        />
        <span>${props.privacyUrl ? m.consent : m.consentWithoutNotice}</span>
      </label>
    </div>
    <div class="button-row">
      <button
        type="button"
        class="button"
        aria-disabled=${props.pending ? 'true' : 'false'}
        @click=${props.onConfirm}
      >
        ${props.pending ? m.confirming : m.confirm}
      </button>
    </div>`;
}

export function renderLaterStep(props: LaterStepProps): unknown {
  switch (props.step) {
    case 'who':
      return renderWho(props);
    case 'collection':
      return renderCollection(props);
    case 'review':
      return renderReview(props);
    case 'done':
      return renderDone(props);
    default:
      return nothing;
  }
}
