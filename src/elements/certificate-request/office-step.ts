import { html } from 'lit';
import type { Office } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { renderMessage } from '../../styles/index.js';
import type { CertificateRequestMessages } from './messages/it.js';

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
                    <span class="office-card__meta">${office.address}, ${office.town}</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : renderMessage(t, 'info', html`<p>${m.officeNone}</p>`)
    }`;
}
