import { css, html, type ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { ApiClient } from '../../api/client.js';
import { listOffices } from '../../api/operations/booking.js';
import type { Office } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { renderMessage } from '../../styles/index.js';
import type { CertificateRequestMessages } from './messages/it.js';
export { officeMessages } from './messages/office.js';

export const officeStyles = css`
  ul.office-list {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .office-card {
    display: grid;
    width: 100%;
    min-height: var(--_target-size);
    padding: var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
    color: var(--_color-primary);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }

  .office-card:hover {
    background: var(--_color-info-surface);
  }

  .office-card__meta {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
    font-weight: 400;
  }

  @media (forced-colors: active) {
    .office-card {
      border-color: CanvasText;
    }
  }
`;

/** The Procure the backend serves (offices of kind `procura`). */
export function createOfficesTask(
  host: ReactiveControllerHost,
  options: { api: () => ApiClient | undefined; signal: (signal: AbortSignal) => AbortSignal },
): Task<readonly unknown[], Office[]> {
  return new Task(host, {
    task: ([api], { signal }): Promise<Office[]> | Office[] =>
      api ? listOffices(api, { kind: 'procura' }, { signal: options.signal(signal) }) : [],
    args: () => [options.api()],
  });
}

/** Lower case without accents, so that "forli" finds "Forlì". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The Procure to choose from, searchable by name or town. Loaded with import() only on pages that
 * do not fix the office.
 */
export function renderOfficeStep(
  t: LocalizeController<CertificateRequestMessages>,
  offices: readonly Office[],
  query: string,
  { onQuery, onChoose }: { onQuery: (query: string) => void; onChoose: (id: string) => void },
): unknown {
  const m = t.m.certificateRequest;
  const needle = fold(query.trim());
  const found = offices.filter((o) => fold(`${o.name} ${o.town}`).includes(needle));
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
        ? html`<ul class="office-list">
            ${found.map(
              (office) =>
                html`<li>
                  <button type="button" class="office-card" @click=${() => onChoose(office.id)}>
                    ${office.name}
                    <span class="office-card__meta">${office.address}</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : renderMessage(t, 'info', html`<p>${m.officeNone}</p>`)
    }`;
}
