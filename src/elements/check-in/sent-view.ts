import { css, html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { SentCheckIn } from './check-in-queue.js';
import type { CheckInMessages } from './messages/index.js';
import { toneOf } from './verdict.js';

export { laterMessages } from './messages/later.js';

/** The outcomes panel's styles, added when it loads. */
export const laterStyles = [
  css`
    .sent {
      margin-block-start: var(--_space-4);
      padding: var(--_space-3);
      border: 2px solid var(--_color-border);
      border-radius: var(--_radius);
    }

    .sent__title {
      margin: 0 0 var(--_space-2);
      font-size: var(--_font-size-large);
    }

    .sent__list {
      margin: 0 0 var(--_space-3);
      padding: 0;
      list-style: none;
    }

    .sent__item {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-1) var(--_space-3);
      padding: var(--_space-2) var(--_space-3);
      border-inline-start: 8px solid var(--_color-danger);
      margin-block-end: var(--_space-2);
    }

    .sent__item--go {
      border-inline-start-color: var(--_color-success);
    }

    .sent__item--wait {
      border-inline-start-color: var(--_color-warning);
    }

    .sent__call {
      flex-basis: 100%;
      color: var(--_color-danger);
      font-weight: 700;
    }
  `,
];

type T = LocalizeController<CheckInMessages>;

function outcomeOf(t: T, item: SentCheckIn): string {
  const m = t.m.checkIn;
  if (item.verdict === 'refused') return m.sent.refused;
  return item.verdict === 'valid' ? m.sent.recorded : m.verdicts[item.verdict];
}

function renderCallBack(t: T, item: SentCheckIn) {
  if (item.verdict === 'valid') return nothing;
  const name = item.holderName ? html`: <strong>${item.holderName}</strong>` : nothing;
  return html`<span class="sent__call">${t.m.checkIn.sent.callBack}${name}</span>`;
}

function renderItem(t: T, item: SentCheckIn): TemplateResult {
  const at = item.scannedAt ? t.m.checkIn.sent.at(t.time(item.scannedAt)) : '';
  return html`<li
    class="sent__item sent__item--${toneOf(item.verdict)}"
    data-verdict=${item.verdict}
  >
    <span class="code">${item.code ?? '—'}</span> <span>${at}</span>
    <strong>${outcomeOf(t, item)}</strong> ${renderCallBack(t, item)}
  </li>`;
}

/** What a screen reader hears once queued check-ins are sent: how many, and whom to call back. */
export function sentSummary(t: T, sent: SentCheckIn[]): string {
  const m = t.m.checkIn;
  const toCallBack = sent.filter((item) => item.verdict !== 'valid').length;
  return toCallBack > 0
    ? `${m.synced(sent.length)}: ${m.callBacks(toCallBack)}`
    : m.synced(sent.length);
}

/** The final verdict of each check-in made offline, so that staff can call back who was let in. */
export function renderSent(t: T, sent: SentCheckIn[], onDismiss: () => void): TemplateResult {
  const m = t.m.checkIn.sent;
  return html`<section class="sent" part="sent" aria-labelledby="sent-title">
    <h3 id="sent-title" class="sent__title">${m.title}</h3>
    <p class="hint">${m.intro}</p>
    <ul class="sent__list">
      ${sent.map((item) => renderItem(t, item))}
    </ul>
    <button type="button" class="button button--secondary" @click=${onDismiss}>${m.dismiss}</button>
  </section>`;
}
