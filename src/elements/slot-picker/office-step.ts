import { html, type TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import { isApiError } from '../../api/errors.js';
import type { Office, OfficeKind, Service } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { renderApiError, renderMessage } from '../../styles/index.js';
import type { SlotPickerMessages } from './messages/index.js';

type T = LocalizeController<SlotPickerMessages>;

const KIND_ORDER: readonly OfficeKind[] = [
  'tribunale',
  'procura',
  'unep',
  'giudice-di-pace',
  'corte-appello',
  'comune',
];

/** Lower case without accents, so that "forli" finds "Forlì". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The pending, error and complete states every remote list of this element shares. */
export function renderTask<R>(
  t: T,
  task: Task<readonly unknown[], R>,
  onRetry: () => void,
  complete: (value: R) => unknown,
): unknown {
  return task.render({
    pending: () => html`<p class="loading" role="status">${t.m.common.loading}</p>`,
    error: (error) => renderApiError(t, isApiError(error) ? error.kind : 'server', { onRetry }),
    complete,
  });
}

export function renderOfficeStep(
  t: T,
  task: Task<readonly unknown[], Office[]>,
  query: string,
  onQuery: (query: string) => void,
  onRetry: () => void,
  onChoose: (officeId: string) => void,
): unknown {
  const m = t.m.slotPicker;
  return renderTask(t, task, onRetry, (offices) => {
    const needle = searchable(query.trim());
    const found = offices.filter((o) => searchable(`${o.name} ${o.town}`).includes(needle));
    return html`<div class="field">
        <label class="field__label" for="office-search">${m.officeSearch}</label>
        <input
          id="office-search"
          class="input"
          type="search"
          autocomplete="off"
          .value=${query}
          @input=${(event: Event) => onQuery((event.target as HTMLInputElement).value)}
        />
      </div>
      <p class="visually-hidden" role="status">${t.m.common.results(found.length)}</p>
      ${
        found.length
          ? KIND_ORDER.map((kind) =>
              renderGroup(
                t,
                kind,
                found.filter((o) => o.kind === kind),
                onChoose,
              ),
            )
          : renderMessage(t, 'info', html`<p>${m.officeNone}</p>`)
      }`;
  });
}

function renderGroup(t: T, kind: OfficeKind, offices: Office[], onChoose: (id: string) => void) {
  if (!offices.length) return '';
  return html`<h4 class="group-heading">${t.m.slotPicker.officeKinds[kind]}</h4>
    <ul class="choice-list">
      ${offices.map(
        (office) =>
          html`<li>
            <button type="button" class="choice-card" @click=${() => onChoose(office.id)}>
              <span class="choice-card__title">${office.name}</span>
              <span class="choice-card__meta">${office.address}</span>
            </button>
          </li>`,
      )}
    </ul>`;
}

export function renderServiceStep(
  t: T,
  task: Task<readonly unknown[], Service[]>,
  onRetry: () => void,
  onChoose: (serviceId: string) => void,
): unknown {
  const m = t.m.slotPicker;
  return renderTask(t, task, onRetry, (services) =>
    services.length
      ? html`<ul class="choice-list">
          ${services.map((service) => renderService(t, service, onChoose))}
        </ul>`
      : renderMessage(t, 'info', html`<p>${m.serviceNone}</p>`),
  );
}

function renderService(t: T, service: Service, onChoose: (id: string) => void): TemplateResult {
  const m = t.m.slotPicker;
  return html`<li>
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
