import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Service } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { focusField, renderErrorSummary, renderMessage } from '../../styles/index.js';
import { renderConsent } from './consent-field.js';
import {
  BOOKING_FIELDS,
  type BookingField,
  type BookingForm,
  type FieldProblems,
  type FieldWarnings,
} from './form-state.js';
import type { SlotPickerMessages } from './messages/index.js';

type T = LocalizeController<SlotPickerMessages>;

export interface DetailsStepProps {
  t: T;
  service: Service;
  form: BookingForm;
  problems: FieldProblems;
  /** Shown next to their field; they never stop the visitor. */
  warnings: FieldWarnings;
  /** Shown read-only: the holder of the booking a change of date replaces. */
  fixed: readonly BookingField[];
  showSummary: boolean;
  privacyUrl: string;
  root: ParentNode;
  onInput: (field: BookingField, value: string | number | boolean) => void;
  onBlur: (field: BookingField) => void;
  onSubmit: () => void;
}

const fieldId = (field: BookingField) => `field-${field}`;
const FIXED_NOTE = 'holder-fixed';

interface TextFieldOptions {
  type?: 'text' | 'email' | 'tel' | 'number';
  autocomplete?: 'given-name' | 'family-name' | 'email' | 'tel';
  hint?: string;
  optional?: boolean;
  /** The field may get a warning: its live region is there from the start, so it is announced. */
  warns?: boolean;
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
  const warning = props.warnings[field];
  const fixed = props.fixed.includes(field);
  const hint = fixed ? undefined : options.hint;
  const id = fieldId(field);
  const describedBy = [
    hint ? `${id}-hint` : '',
    problem ? `${id}-error` : '',
    warning ? `${id}-warning` : '',
    fixed ? FIXED_NOTE : '',
  ]
    .filter(Boolean)
    .join(' ');
  const numeric = options.type === 'number';
  return html`<div class="field ${problem ? 'field--error' : ''}">
    <label class="field__label" for=${id}>
      ${label}
      ${options.optional ? html`<span class="field__optional">(${t.m.common.optional})</span>` : nothing}
    </label>
    ${hint ? html`<p id="${id}-hint" class="field__hint">${hint}</p>` : nothing}
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
      ?readonly=${fixed}
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
    ${
      options.warns
        ? html`<div id="${id}-warning" role="status">
            ${
              warning
                ? renderMessage(t, 'warning', html`<p>${t.m.slotPicker.warnings[warning]}</p>`)
                : nothing
            }
          </div>`
        : nothing
    }
  </div>`;
}

/** Why the holder's name and code cannot be changed here, and what to do instead. */
function renderFixedNote(props: DetailsStepProps): unknown {
  return props.fixed.length
    ? html`<p id=${FIXED_NOTE} class="field__hint">${props.t.m.slotPicker.holderFixed}</p>`
    : nothing;
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

/** Purpose, number of acts, who is coming and how to reach them; checked as they type. */
export function renderDetailsStep(props: DetailsStepProps): TemplateResult {
  const { t, service, form, problems, showSummary } = props;
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
      ${renderFixedNote(props)}
      ${renderTextField(props, 'givenName', m.givenName, { autocomplete: 'given-name' })}
      ${renderTextField(props, 'familyName', m.familyName, { autocomplete: 'family-name' })}
      ${renderTextField(props, 'fiscalCode', m.fiscalCode, { hint: m.fiscalCodeHint, warns: true })}
      ${renderTextField(props, 'email', m.email, {
        type: 'email',
        autocomplete: 'email',
        hint: m.emailHint,
      })}
      ${renderTextField(props, 'phone', m.phone, { type: 'tel', autocomplete: 'tel', optional: true })}
      ${renderConsent(t, {
        id: fieldId('consent'),
        checked: form.consent,
        problem: problems.consent,
        privacyUrl: props.privacyUrl,
        onChange: (checked) => props.onInput('consent', checked),
      })}
      <div class="button-row">
        <button type="submit" class="button">${m.continue}</button>
      </div>
    </form>`;
}
