import { html } from 'lit';
import type { Task } from '@lit/task';
import type { Office, OfficeKind } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { fields, renderMessage, renderTask, type ApiErrorOptions } from '../../styles/index.js';
export { officeMessages } from './messages/office.js';
import type { SlotPickerMessages } from './messages/index.js';

type T = LocalizeController<SlotPickerMessages>;

/** The search field's styles; the cards are the first screen's. */
export const officeStyles = [fields];

const KIND_ORDER: readonly OfficeKind[] = [
  'tribunale',
  'procura',
  'unep',
  'giudice-di-pace',
  'corte-appello',
  'comune',
];

/**
 * The list of offices, grouped by kind and searchable. Loaded with import() only on pages that do
 * not fix the office: most court sites embed the picker for their own office.
 */

/** Lower case without accents, so that "forli" finds "Forlì". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function renderOfficeStep(
  t: T,
  task: Task<readonly unknown[], Office[]>,
  query: string,
  onQuery: (query: string) => void,
  failure: ApiErrorOptions,
  onChoose: (officeId: string) => void,
): unknown {
  const m = t.m.slotPicker;
  return renderTask(t, task, failure, (offices) => {
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
