import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { FieldProblem } from './form-state.js';
import type { SlotPickerMessages } from './messages/index.js';

export interface ConsentProps {
  id: string;
  checked: boolean;
  problem: FieldProblem | undefined;
  /** The host's privacy notice, already checked as safe for an `href`; '' when there is none. */
  privacyUrl: string;
  onChange: (checked: boolean) => void;
}

let missingNoticeReported = false;

/** Tells the webmaster, once per page, that the consent has no privacy notice to link. */
function reportMissingNotice(): void {
  if (missingNoticeReported) return;
  missingNoticeReported = true;
  console.warn(
    'Sportello: the booking form asks for consent without a privacy notice to link. Set the ' +
      'privacy-url attribute (on <sportello-slot-picker>, or on <sportello-receipt> for a change ' +
      "of date) to the site's privacy notice, as an http(s) or relative URL.",
  );
}

/**
 * The consent to the processing of the data, next to the host's privacy notice. Without a notice
 * the text does not claim that the visitor read one.
 */
export function renderConsent(
  t: LocalizeController<SlotPickerMessages>,
  props: ConsentProps,
): TemplateResult {
  const m = t.m.slotPicker;
  const { problem, privacyUrl } = props;
  if (!privacyUrl) reportMissingNotice();
  const describedBy = [privacyUrl ? 'privacy-notice' : '', problem ? 'consent-error' : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field ${problem ? 'field--error' : ''}">
    ${
      privacyUrl
        ? html`<p id="privacy-notice">
            <a href=${privacyUrl} target="_blank" rel="noopener noreferrer"
              >${m.privacyLink}
              <span class="visually-hidden">${t.m.common.opensInNewWindow}</span></a
            >
          </p>`
        : nothing
    }
    ${problem ? html`<p id="consent-error" class="field__error">${m.problems[problem]}</p>` : nothing}
    <label class="choice">
      <input
        id=${props.id}
        type="checkbox"
        required
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .checked=${props.checked}
        @change=${(event: Event) => props.onChange((event.target as HTMLInputElement).checked)}
      />
      <span>${privacyUrl ? m.consent : m.consentWithoutNotice}</span>
    </label>
  </div>`;
}
