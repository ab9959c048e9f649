import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Service } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { focusField, renderErrorSummary } from '../../styles/index.js';
import {
  BOOKING_FIELDS,
  type BookingField,
  type BookingForm,
  type FieldProblems,
} from './form-state.js';
import type { SlotPickerMessages } from './messages/index.js';

type T = LocalizeController<SlotPickerMessages>;

export interface DetailsStepProps {
  t: T;
  service: Service;
  form: BookingForm;
  problems: FieldProblems;
  showSummary: boolean;
  privacyUrl: string;
  root: ParentNode;
  onInput: (field: BookingField, value: string | number | boolean) => void;
  onBlur: (field: BookingField) => void;
  onSubmit: () => void;
  onBack: () => void;
}

const fieldId = (field: BookingField) => `field-${field}`;

interface TextFieldOptions {
  type?: 'text' | 'email' | 'tel' | 'number';
  autocomplete?: 'given-name' | 'family-name' | 'email' | 'tel';
  hint?: string;
  optional?: boolean;
  extra?: Record<string, string>;
}

function renderTextField(
  props: DetailsStepProps,
  field: BookingField,
  label: string,
  options: TextFieldOptions = {},
): TemplateResult {
  const { t, form, problems } = props;
  const problem = problems[field];
  const id = fieldId(field);
  const describedBy = [options.hint ? `${id}-hint` : '', problem ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const numeric = options.type === 'number';
  return html`<div class="field ${problem ? 'field--error' : ''}">
    <label class="field__label" for=${id}>
      ${label}
      ${options.optional ? html`<span class="field__optional">(${t.m.common.optional})</span>` : nothing}
    </label>
    ${options.hint ? html`<p id="${id}-hint" class="field__hint">${options.hint}</p>` : nothing}
    ${
      problem
        ? html`<p id="${id}-error" class="field__error">${t.m.slotPicker.problems[problem]}</p>`
        : nothing
    }
    <input
      id=${id}
      class="input ${field === 'fiscalCode' ? 'input--code' : ''}"
      type=${numeric ? 'number' : (options.type ?? 'text')}
      inputmode=${numeric ? 'numeric' : nothing}
      min=${ifDefined(numeric ? 1 : undefined)}
      max=${ifDefined(numeric ? props.service.maxActs : undefined)}
      autocomplete=${options.autocomplete ?? 'off'}
      spellcheck="false"
      ?required=${!options.optional}
      aria-required=${options.optional ? 'false' : 'true'}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      .value=${String(form[field])}
      @input=${(event: Event) => {
        const value = (event.target as HTMLInputElement).value;
        props.onInput(field, numeric ? Number(value) : value);
      }}
      @blur=${() => props.onBlur(field)}
    />
  </div>`;
}

function renderPurpose(props: DetailsStepProps): TemplateResult {
  const { t, service, form, problems } = props;
  const m = t.m.slotPicker;
  const purpose = service.purposes.find((p) => p.id === form.purposeId);
  const problem = problems.purposeId;
  return html`<div class="field ${problem ? 'field--error' : ''}">
      <label class="field__label" for=${fieldId('purposeId')}>${m.purpose}</label>
      <p id="purpose-hint" class="field__hint">${m.purposeHint}</p>
      ${problem ? html`<p id="purpose-error" class="field__error">${m.problems[problem]}</p>` : nothing}
      <select
        id=${fieldId('purposeId')}
        class="select"
        required
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? 'purpose-hint purpose-error' : 'purpose-hint'}
        @change=${(event: Event) => props.onInput('purposeId', (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!form.purposeId}>${m.choose}</option>
        ${service.purposes.map(
          (p) =>
            html`<option value=${p.id} ?selected=${p.id === form.purposeId}>${p.label}</option>`,
        )}
      </select>
    </div>
    ${purpose?.freeText ? renderPurposeText(props) : nothing}`;
}

function renderPurposeText(props: DetailsStepProps): TemplateResult {
  const { t, form, problems } = props;
  const problem = problems.purposeText;
  const id = fieldId('purposeText');
  return html`<div class="field ${problem ? 'field--error' : ''}">
    <label class="field__label" for=${id}>${t.m.slotPicker.purposeText}</label>
    ${problem ? html`<p id="${id}-error" class="field__error">${t.m.slotPicker.problems[problem]}</p>` : nothing}
    <textarea
      id=${id}
      class="textarea"
      rows="3"
      maxlength="200"
      required
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${problem ? `${id}-error` : nothing}
      .value=${form.purposeText}
      @input=${(event: Event) => props.onInput('purposeText', (event.target as HTMLTextAreaElement).value)}
      @blur=${() => props.onBlur('purposeText')}
    ></textarea>
  </div>`;
}

function renderConsent(props: DetailsStepProps): TemplateResult {
  const { t, form, problems, privacyUrl } = props;
  const m = t.m.slotPicker;
  const problem = problems.consent;
  return html`<div class="field ${problem ? 'field--error' : ''}">
    ${problem ? html`<p id="consent-error" class="field__error">${m.problems[problem]}</p>` : nothing}
    <label class="choice">
      <input
        id=${fieldId('consent')}
        type="checkbox"
        required
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? 'consent-error' : nothing}
        .checked=${form.consent}
        @change=${(event: Event) => props.onInput('consent', (event.target as HTMLInputElement).checked)}
      />
      <span>${m.consent}</span>
    </label>
    ${
      privacyUrl
        ? html`<p>
            <a href=${privacyUrl} target="_blank" rel="noopener noreferrer"
              >${m.privacyLink}
              <span class="visually-hidden">${t.m.common.opensInNewWindow}</span></a
            >
          </p>`
        : nothing
    }
  </div>`;
}

/** Purpose, number of acts, who is coming and how to reach them; checked as they type. */
export function renderDetailsStep(props: DetailsStepProps): TemplateResult {
  const { t, service, problems, showSummary } = props;
  const m = t.m.slotPicker;
  const labels: Record<BookingField, string> = {
    purposeId: m.purpose,
    purposeText: m.purposeText,
    acts: m.acts,
    givenName: m.givenName,
    familyName: m.familyName,
    fiscalCode: m.fiscalCode,
    email: m.email,
    phone: m.phone,
    consent: '',
  };
  // The summary names each field: "Nome: questo campo è obbligatorio."
  const errors = BOOKING_FIELDS.filter((field) => problems[field]).map((field) => {
    const message = m.problems[problems[field]!];
    return {
      id: fieldId(field),
      message: labels[field]
        ? `${labels[field]}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`
        : message,
    };
  });
  const submit = (event: Event) => {
    event.preventDefault();
    props.onSubmit();
  };
  return html`${
      showSummary && errors.length
        ? renderErrorSummary(t, errors, (id) => focusField(props.root, id))
        : nothing
    }
    <form novalidate @submit=${submit}>
      ${renderPurpose(props)}
      ${
        service.maxActs > 1
          ? renderTextField(props, 'acts', m.acts, {
              type: 'number',
              hint: m.actsHint(service.maxActs),
            })
          : nothing
      }
      ${renderTextField(props, 'givenName', m.givenName, { autocomplete: 'given-name' })}
      ${renderTextField(props, 'familyName', m.familyName, { autocomplete: 'family-name' })}
      ${renderTextField(props, 'fiscalCode', m.fiscalCode, { hint: m.fiscalCodeHint })}
      ${renderTextField(props, 'email', m.email, {
        type: 'email',
        autocomplete: 'email',
        hint: m.emailHint,
      })}
      ${renderTextField(props, 'phone', m.phone, { type: 'tel', autocomplete: 'tel', optional: true })}
      ${renderConsent(props)}
      <div class="button-row">
        <button type="button" class="button button--secondary" @click=${props.onBack}>
          ${t.m.common.back}
        </button>
        <button type="submit" class="button">${m.continue}</button>
      </div>
    </form>`;
}
