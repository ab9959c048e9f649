import { html } from 'lit';
import type { Task } from '@lit/task';
import type { DaySlots, Slot } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { renderMessage, renderTask, type ApiErrorOptions } from '../../styles/index.js';
import type { SlotPickerMessages } from './messages/index.js';

export interface TimeStepHandlers {
  onChoose: (slot: Slot) => void;
  onChangeDay: () => void;
  /** The retry (and login link) of a failed read. */
  failure: ApiErrorOptions;
}

/** The day's slots in office time; full ones stay visible but cannot be chosen. */
export function renderTimeStep(
  t: LocalizeController<SlotPickerMessages>,
  task: Task<readonly unknown[], DaySlots | undefined>,
  day: string,
  chosen: Slot | undefined,
  { onChoose, onChangeDay, failure }: TimeStepHandlers,
): unknown {
  const m = t.m.slotPicker;
  const changeDay = html`<button type="button" class="button button--link" @click=${onChangeDay}>
    ${m.changeDay}
  </button>`;
  return renderTask(t, task, failure, (daySlots) => {
    const slots = daySlots?.slots ?? [];
    const anyFree = slots.some((slot) => slot.free > 0);
    return html`<p class="hint">${m.timeFor(t.date(day, 'long'))}. ${m.officeTime}</p>
      ${anyFree ? '' : renderMessage(t, 'info', html`<p>${m.noSlots}</p>`)}
      <ul class="slot-list">
        ${slots.map(
          (slot) =>
            html`<li>
              <button
                type="button"
                part="slot"
                class="slot"
                ?disabled=${slot.free === 0}
                aria-pressed=${slot.id === chosen?.id ? 'true' : 'false'}
                @click=${() => onChoose(slot)}
              >
                <span class="slot__time">${t.time(slot.start)}</span>
                <span class="slot__places">
                  ${slot.free === 0 ? t.m.dayStatus.full : m.places(slot.free, slot.capacity)}
                </span>
              </button>
            </li>`,
        )}
      </ul>
      <div class="button-row">${changeDay}</div>`;
  });
}
