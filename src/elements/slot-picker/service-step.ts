import { html, type TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import type { Service } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { renderMessage, renderTask, type ApiErrorOptions } from '../../styles/index.js';
import type { SlotPickerMessages } from './messages/index.js';

type T = LocalizeController<SlotPickerMessages>;

export function renderServiceStep(
  t: T,
  task: Task<readonly unknown[], Service[]>,
  failure: ApiErrorOptions,
  onChoose: (serviceId: string) => void,
): unknown {
  const m = t.m.slotPicker;
  return renderTask(t, task, failure, (services) =>
    services.length
      ? html`<ul class="choice-list">
          ${services.map((service) => renderService(t, service, onChoose))}
        </ul>`
      : renderMessage(t, 'info', html`<p>${m.serviceNone}</p>`),
  );
}

function renderService(t: T, service: Service, onChoose: (id: string) => void): TemplateResult {
  const m = t.m.slotPicker;
  return html`<li class="service-card">
    <button
      type="button"
      class="choice-card"
      aria-describedby="service-${service.id}"
      @click=${() => onChoose(service.id)}
    >
      <span class="choice-card__title">${service.name}</span>
    </button>
    <div id="service-${service.id}" class="choice-card__details">
      <p>${service.description}</p>
      <p>${m.maxActs(service.maxActs)}</p>
      ${
        service.whatToBring.length
          ? html`<p class="choice-card__label">${m.whatToBring}</p>
              <ul>
                ${service.whatToBring.map((item) => html`<li>${item}</li>`)}
              </ul>`
          : ''
      }
    </div>
  </li>`;
}
