import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ApiClient } from '../../api/client.js';
import { isApiError } from '../../api/errors.js';
import { searchPlaces, type PlaceQuery } from '../../api/operations/certificates.js';
import type { Place } from '../../api/types.js';

/** What the place-of-birth field says, in one language (see place-field-messages.ts). */
export interface PlaceFieldMessages {
  label: string;
  hint: string;
  /** Said while the server is asked, once the visitor has paused typing. */
  searching: string;
  /** The number of places found, one or more. */
  results: (count: number) => string;
  none: string;
  /** Beside the name of a foreign state, where a comune has its province. */
  foreignState: string;
  validFromTo: (fromYear: number, toYear: number) => string;
  validFrom: (fromYear: number) => string;
  validUntil: (toYear: number) => string;
  /** The search failed or is slow: the Belfiore code can still be typed. */
  searchUnavailable: string;
  /** A Belfiore code typed while the search is unavailable, sent as it is. */
  typedCodeUsed: (code: string) => string;
  /** The text of the problem `not-valid-at-date`. */
  notValidAtDate: string;
}

export interface PlaceFieldOptions {
  api: () => ApiClient | undefined;
  /** YYYY-MM-DD: only the places that existed that day are offered. */
  birthDate: () => string | undefined;
  messages: () => PlaceFieldMessages;
  /** The widget's language; in any other, the (Italian) place names carry `lang="it"`. */
  locale: () => string;
  /** Called whenever `code` changes, with the selected place (undefined for a typed code). */
  onChange: (place: Place | undefined) => void;
  /** Chains the host's request scope: `(s) => this.requestScope.signal(s)`. */
  signal?: (signal: AbortSignal) => AbortSignal;
  /** The input's id, e.g. `field-birthPlace`. */
  id: string;
}

type SearchState = 'idle' | 'searching' | 'done';

const BELFIORE = /^[A-Za-z]\d{3}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The "(PT)" a selection adds to a comune's name, left out when the text is searched again. */
const PROVINCE = /\s*\([A-Za-z]{2}\)$/;
/** The first year of the registry: validity is shown only for places younger or ceased. */
const FIRST_YEAR = 1861;

export function validOnDate(place: Place, date: string): boolean {
  return place.validFrom <= date && (!place.validTo || date <= place.validTo);
}

/** The text a selection leaves in the field: "Forlì (FC)", "Francia". */
export function placeText(place: Place): string {
  return place.province ? `${place.name} (${place.province})` : place.name;
}

function validity(place: Place, m: PlaceFieldMessages): string {
  const from = Number(place.validFrom.slice(0, 4));
  const to = place.validTo ? Number(place.validTo.slice(0, 4)) : undefined;
  if (to !== undefined) return from > FIRST_YEAR ? m.validFromTo(from, to) : m.validUntil(to);
  return from > FIRST_YEAR ? m.validFrom(from) : '';
}

/**
 * The place of birth: a combobox (WAI-ARIA APG, list autocomplete) that asks the server for the
 * comuni and foreign states that existed at the date of birth. When the search fails or is slow,
 * a Belfiore code typed by hand is accepted as it is.
 */
export class PlaceField implements ReactiveController {
  static debounceMs = 250;
  /** As SlowTasks.afterMs: how long a search may take before the visitor is told. */
  static slowAfterMs = 6000;

  private chosen?: Place;
  private text = '';
  private results: Place[] = [];
  private expanded = false;
  private active = -1;
  private state: SearchState = 'idle';
  /** The last search failed, or has not answered in time. */
  private unavailable = false;
  private problemCode?: string;
  private focused = false;
  private activateFirst = false;
  private date?: string;
  private request?: AbortController;
  private debounce?: ReturnType<typeof setTimeout>;
  private slow?: ReturnType<typeof setTimeout>;
  private reported: { place?: Place; code?: string } = {};
  private scrollPending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PlaceFieldOptions,
  ) {
    host.addController(this);
  }

  /** The place chosen from the list. */
  get selected(): Place | undefined {
    return this.chosen;
  }

  /** A Belfiore code typed by hand while the search is unavailable. */
  get typedCode(): string | undefined {
    const text = this.text.trim();
    return !this.selected && this.unavailable && BELFIORE.test(text)
      ? text.toUpperCase()
      : undefined;
  }

  /** The Belfiore code to send: the selection's, or one typed by hand. */
  get code(): string | undefined {
    return this.selected?.code ?? this.typedCode;
  }

  /** `not-valid-at-date`, or what the host set; cleared by typing and by a new selection. */
  get problem(): string | undefined {
    return this.problemCode;
  }

  setProblem(problem?: string): void {
    this.problemCode = problem;
    this.host.requestUpdate();
  }

  /** Selects a place (or none) as a click would, e.g. to restore a form. */
  select(place: Place | undefined): void {
    this.cancel();
    this.chosen = place;
    this.text = place ? placeText(place) : '';
    this.expanded = false;
    this.active = -1;
    this.problemCode = undefined;
    this.changed();
  }

  /** Forgets everything, as for a new request. */
  reset(): void {
    this.select(undefined);
    this.results = [];
    this.state = 'idle';
    this.unavailable = false;
  }

  hostUpdate(): void {
    const date = this.options.birthDate();
    if (date === this.date) return;
    this.date = date;
    const place = this.selected;
    if (place && date && ISO_DATE.test(date) && !validOnDate(place, date)) {
      // The text stays, so the visitor sees which place no longer fits.
      this.chosen = undefined;
      this.problemCode = 'not-valid-at-date';
      this.report();
    }
    if (!this.selected) {
      this.results = [];
      this.active = -1;
      if (this.focused && this.expanded) this.schedule();
    }
  }

  hostUpdated(): void {
    if (!this.scrollPending) return;
    this.scrollPending = false;
    const place = this.activePlace;
    const root = this.host.shadowRoot ?? document;
    if (place) root.getElementById(this.optionId(place))?.scrollIntoView({ block: 'nearest' });
  }

  hostDisconnected(): void {
    this.cancel();
    this.state = 'idle';
    this.expanded = false;
  }

  private get open(): boolean {
    return this.expanded && this.results.length > 0;
  }

  private get activePlace(): Place | undefined {
    return this.open ? this.results[this.active] : undefined;
  }

  private optionId(place: Place): string {
    return `${this.options.id}-option-${place.code}`;
  }

  private changed(): void {
    this.report();
    this.host.requestUpdate();
  }

  private report(): void {
    const { selected: place, code } = this;
    if (place === this.reported.place && code === this.reported.code) return;
    this.reported = { place, code };
    this.options.onChange(place);
  }

  private cancel(): void {
    clearTimeout(this.debounce);
    clearTimeout(this.slow);
    this.request?.abort();
    this.request = undefined;
  }

  private query(): PlaceQuery | undefined {
    const text = this.text.trim().replace(PROVINCE, '');
    if (text.length < 2) return undefined;
    const birthDate = this.options.birthDate();
    const date = birthDate && ISO_DATE.test(birthDate) ? birthDate : undefined;
    return BELFIORE.test(text) ? { code: text.toUpperCase(), date } : { q: text, date };
  }

  private schedule(delay = PlaceField.debounceMs): void {
    this.cancel();
    const query = this.query();
    if (!query) {
      this.results = [];
      this.state = 'idle';
      return;
    }
    this.debounce = setTimeout(() => void this.search(query), delay);
  }

  private async search(query: PlaceQuery): Promise<void> {
    const api = this.options.api();
    if (!api) {
      this.unavailable = true;
      this.state = 'idle';
      this.changed();
      return;
    }
    const request = new AbortController();
    this.request = request;
    this.state = 'searching';
    this.slow = setTimeout(() => {
      this.unavailable = true;
      this.changed();
    }, PlaceField.slowAfterMs);
    this.host.requestUpdate();
    const signal = this.options.signal?.(request.signal) ?? request.signal;
    try {
      const places = await searchPlaces(api, query, { signal });
      if (this.request !== request) return;
      this.results = places;
      this.unavailable = false;
      this.state = 'done';
      if (this.activateFirst && places.length) this.activate(0);
      if (!this.focused) this.confirmTypedCode();
    } catch (error) {
      if (this.request !== request) return;
      const kind = isApiError(error) ? error.kind : 'server';
      this.results = [];
      this.state = kind === 'aborted' ? 'idle' : 'done';
      // A query the server refuses (too long) finds nothing; anything else means no search.
      if (kind !== 'aborted' && kind !== 'validation' && kind !== 'not-found') {
        this.unavailable = true;
      }
    } finally {
      if (this.request === request) {
        clearTimeout(this.slow);
        this.request = undefined;
      }
    }
    this.activateFirst = false;
    this.changed();
  }

  private activate(index: number): void {
    this.active = index;
    this.scrollPending = true;
  }

  /** A Belfiore code typed in full is the place the server found for it. */
  private confirmTypedCode(): boolean {
    const code = this.text.trim().toUpperCase();
    const place = BELFIORE.test(code) && this.results.find((p) => p.code === code);
    if (!place || this.selected) return false;
    this.select(place);
    return true;
  }

  private onInput(text: string): void {
    this.text = text;
    this.chosen = undefined;
    this.problemCode = undefined;
    this.expanded = true;
    this.active = -1;
    this.activateFirst = false;
    this.schedule();
    this.changed();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const count = this.results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this.open) {
          // Alt+ArrowDown opens the list without choosing in it.
          this.expanded = true;
          if (count && !event.altKey) this.activate(down ? 0 : count - 1);
          else if (!count && this.query()) {
            this.activateFirst = !event.altKey;
            this.schedule(0);
          }
        } else if (!event.altKey) {
          const from = this.active < 0 ? (down ? -1 : count) : this.active;
          this.activate((from + (down ? 1 : -1) + count) % count);
        }
        break;
      }
      case 'Enter': {
        const place = this.activePlace;
        if (place) this.select(place);
        else if (!(this.open && this.confirmTypedCode())) return;
        event.preventDefault();
        break;
      }
      case 'Escape':
        if (this.open) this.expanded = false;
        else if (this.text) this.select(undefined);
        else return;
        this.active = -1;
        event.preventDefault();
        break;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text; the list loses its active option.
        this.active = -1;
        break;
      default:
        return;
    }
    this.host.requestUpdate();
  }

  private onListClick(event: Event): void {
    const option = (event.target as Element).closest('[role="option"]');
    const place = this.results.find((p) => this.optionId(p) === option?.id);
    if (place) this.select(place);
  }

  private onBlur(): void {
    this.focused = false;
    this.expanded = false;
    this.active = -1;
    this.confirmTypedCode();
    this.host.requestUpdate();
  }

  private statusText(m: PlaceFieldMessages): string {
    if (this.unavailable) {
      const code = this.typedCode;
      return code ? `${m.searchUnavailable} ${m.typedCodeUsed(code)}` : m.searchUnavailable;
    }
    if (this.state === 'searching') return m.searching;
    if (this.state === 'done' && this.query()) {
      return this.results.length ? m.results(this.results.length) : m.none;
    }
    return '';
  }

  private renderOption(place: Place, m: PlaceFieldMessages, nameLang: string | undefined) {
    const when = validity(place, m);
    const where = place.kind === 'foreign-state' ? m.foreignState : place.province;
    return html`<li
      id=${this.optionId(place)}
      class="place-field__option"
      role="option"
      aria-selected=${place === this.activePlace ? 'true' : 'false'}
    >
      <span class="place-field__name" lang=${ifDefined(nameLang)}>${place.name}</span>
      ${where ? html`<span>(${where})</span>` : nothing}
      <span class="place-field__meta">${place.code}${when ? `, ${when}` : ''}</span>
    </li>`;
  }

  private renderList(m: PlaceFieldMessages, nameLang: string | undefined): TemplateResult {
    const { id } = this.options;
    // The options answer the input's keys (aria-activedescendant): focus never leaves the input.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<ul
      id="${id}-listbox"
      class="place-field__list"
      role="listbox"
      aria-labelledby="${id}-label"
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${(event: Event) => this.onListClick(event)}
    >
      ${this.results.map((place) => this.renderOption(place, m, nameLang))}
    </ul>`;
  }

  /** The field; `problemText` is the host's message for `problem` (by default, its own). */
  render(problemText?: string): TemplateResult {
    const m = this.options.messages();
    const error =
      problemText ?? (this.problemCode === 'not-valid-at-date' ? m.notValidAtDate : undefined);
    const { id } = this.options;
    const active = this.activePlace;
    const typed = this.typedCode;
    const nameLang = this.options.locale().toLowerCase().startsWith('it') ? undefined : 'it';
    const describedBy = [
      `${id}-hint`,
      this.unavailable ? `${id}-notice` : '',
      error ? `${id}-error` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<div class="field place-field ${error ? 'field--error' : ''}">
      <label id="${id}-label" class="field__label" for=${id}>${m.label}</label>
      <p id="${id}-hint" class="field__hint">${m.hint}</p>
      ${error ? html`<p id="${id}-error" class="field__error">${error}</p>` : nothing}
      ${
        this.unavailable
          ? html`<p id="${id}-notice" class="place-field__notice">
              ${m.searchUnavailable} ${typed ? m.typedCodeUsed(typed) : nothing}
            </p>`
          : nothing
      }
      <div class="place-field__combo">
        <input
          id=${id}
          class="input"
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          required
          aria-required="true"
          aria-labelledby="${id}-label"
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="${id}-listbox"
          aria-activedescendant=${active ? this.optionId(active) : nothing}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${live(this.text)}
          @input=${(event: Event) => this.onInput((event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => this.onKeydown(event)}
          @focus=${() => {
            this.focused = true;
          }}
          @blur=${() => this.onBlur()}
        />
        ${this.open ? this.renderList(m, nameLang) : nothing}
      </div>
      <p class="visually-hidden" role="status">${this.statusText(m)}</p>
    </div>`;
  }
}

/** The combobox's own styles; the field's come from `fields`. */
export const placeFieldStyles = css`
  .place-field__combo {
    position: relative;
  }

  .place-field__list {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + var(--_space-1));
    max-height: min(20rem, 60vh);
    overflow-y: auto;
    margin: 0;
    padding: var(--_space-1) 0;
    list-style: none;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }

  .place-field__option {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-1);
    min-height: var(--_target-size);
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid transparent;
    overflow-wrap: anywhere;
    cursor: pointer;
  }

  .place-field__option:hover {
    background: var(--_color-info-surface);
  }

  /* The active option: a bar and a frame, not only a colour. */
  .place-field__option[aria-selected='true'] {
    border-inline-start-color: var(--_color-primary);
    outline: 2px solid var(--_color-primary);
    outline-offset: -2px;
    background: var(--_color-info-surface);
  }

  /* The muted colour is too faint on the tinted background. */
  .place-field__option:hover .place-field__meta,
  .place-field__option[aria-selected='true'] .place-field__meta {
    color: var(--_color-text);
  }

  /* A long name (from the server) wraps inside the option: flex items do not shrink by default. */
  .place-field__option > * {
    min-width: 0;
    max-width: 100%;
  }

  .place-field__name {
    font-weight: 600;
  }

  .place-field__meta {
    flex-basis: 100%;
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  .place-field__notice {
    padding-inline-start: var(--_space-2);
    border-inline-start: 4px solid var(--_color-warning);
  }

  @media (forced-colors: active) {
    .place-field__list {
      border-color: CanvasText;
    }

    .place-field__option[aria-selected='true'] {
      forced-color-adjust: none;
      border-inline-start-color: HighlightText;
      outline-color: HighlightText;
      background: Highlight;
      color: HighlightText;
    }

    .place-field__option[aria-selected='true'] .place-field__meta {
      color: HighlightText;
    }
  }
`;
