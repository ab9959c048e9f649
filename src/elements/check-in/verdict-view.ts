import { html, nothing, type TemplateResult } from 'lit';
import type { Booking } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { isoDateInOffice } from '../../internal/dates.js';
import type { PassClaims } from '../../internal/pass.js';
import type { CheckInMessages } from './messages/index.js';
import { toneOf, type Verdict } from './verdict.js';

/** One answer of the desk: the server's, or the one reached offline from a verified pass. */
export interface Answer {
  verdict: Verdict;
  offline: boolean;
  code?: string;
  booking?: Booking;
  claims?: PassClaims;
  checkedInAt?: string;
}

type T = LocalizeController<CheckInMessages>;

const ICONS = { go: '✓', wait: '!', stop: '×' } as const;

function explanation(t: T, answer: Answer): string {
  const explain = t.m.checkIn.explain;
  const start = answer.booking?.start ?? answer.claims?.t;
  switch (answer.verdict) {
    case 'too-early':
      return explain['too-early'](start ? t.time(start) : '');
    case 'too-late':
      return explain['too-late'](start ? t.time(start) : '');
    case 'other-day':
      return explain['other-day'](start ? t.date(isoDateInOffice(start), 'long') : '');
    case 'already-checked-in': {
      const at = answer.checkedInAt ?? answer.booking?.checkedInAt;
      return explain['already-checked-in'](at ? t.time(at) : '');
    }
    default:
      return explain[answer.verdict];
  }
}

/** The answer in big type, a colour, a shape and words: never colour alone. */
export function renderVerdict(t: T, answer: Answer): TemplateResult {
  const m = t.m.checkIn;
  const tone = toneOf(answer.verdict);
  const booking = answer.booking;
  const start = booking?.start ?? answer.claims?.t;
  const end = booking?.end ?? answer.claims?.e;
  return html`<div
    id="verdict"
    class="verdict verdict--${tone}"
    part="verdict"
    data-verdict=${answer.verdict}
  >
    <span class="verdict__icon" aria-hidden="true">${ICONS[tone]}</span>
    <div class="verdict__body">
      <p class="verdict__title">${m.verdicts[answer.verdict]}</p>
      <p class="verdict__explain">${explanation(t, answer)}</p>
      ${
        booking
          ? html`<p class="verdict__holder">
              <span class="label">${m.holder}</span> <strong>${booking.holderName}</strong>
            </p>`
          : nothing
      }
      <dl class="verdict__facts">
        ${
          answer.code
            ? html`<dt>${m.code}</dt>
                <dd class="code">${answer.code}</dd>`
            : nothing
        }
        ${
          start && end
            ? html`<dt>${m.appointment}</dt>
                <dd>
                  ${t.date(isoDateInOffice(start), 'weekday')}, ${t.time(start)}–${t.time(end)}
                  ${booking ? html`· ${booking.service.name}` : nothing}
                </dd>`
            : nothing
        }
      </dl>
      ${
        answer.offline && answer.verdict === 'valid'
          ? html`<p class="verdict__offline">${m.offline}</p>`
          : nothing
      }
    </div>
  </div>`;
}
