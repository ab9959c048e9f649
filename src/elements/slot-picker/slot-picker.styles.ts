import { css } from 'lit';
import { buttons, messages, tokens } from '../../styles/index.js';

const layout = css`
  :host {
    --_accent: var(--sportello-slot-picker-accent, var(--_color-primary));
    max-width: var(--sportello-slot-picker-max-width, 60rem);
  }

  .base {
    /* The layout follows the widget's own width, not the page's: it may sit in a sidebar. */
    container: slot-picker / inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    /* Names and addresses come from the server: a long one wraps instead of widening the page. */
    overflow-wrap: anywhere;
  }

  .heading {
    margin: 0;
    color: var(--_color-heading);
    font-size: var(--_font-size-large);
    line-height: 1.3;
  }

  .heading:focus {
    outline: none;
  }

  /* A wide widget lays steps side by side; text and form fields keep a readable measure. */
  p {
    max-inline-size: 75ch;
  }

  form {
    max-inline-size: 40rem;
  }

  .progress,
  .hint,
  .loading {
    margin: 0;
    color: var(--_color-muted);
  }

  /* "Indietro": where a visitor looks for it, above the step's heading. */
  .back {
    justify-self: start;
    margin-inline-start: calc(-1 * var(--_space-1));
  }

  .back__arrow {
    font-size: 1.4em;
    line-height: 1;
  }

  .notice:focus,
  #failure:focus {
    outline: none;
  }

  .group-heading {
    margin: var(--_space-3) 0 var(--_space-2);
    color: var(--_color-heading);
    font-size: var(--_font-size);
  }

  ul.choice-list,
  ul.slot-list,
  ul.day-list {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .choice-card {
    display: grid;
    width: 100%;
    min-height: var(--_target-size);
    padding: var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
    color: var(--_color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .choice-card:hover {
    border-color: var(--_accent);
    background: var(--_color-info-surface);
  }

  .service-card {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  .service-card .choice-card {
    grid-template-columns: 1fr auto;
    align-items: center;
    border: none;
    border-bottom: 1px solid var(--_color-divider);
    border-radius: var(--_radius) var(--_radius) 0 0;
  }

  .service-card .choice-card::after {
    content: '›' / '';
    color: var(--_accent);
    font-size: 1.5rem;
    line-height: 1;
  }

  .service-card .choice-card__details {
    padding: var(--_space-2) var(--_space-3) var(--_space-3);
    color: var(--_color-text);
  }

  .choice-card__title {
    color: var(--_accent);
    font-weight: 600;
  }

  .choice-card__meta,
  .choice-card__details {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  .choice-card__details {
    padding: var(--_space-2) var(--_space-3) 0;
  }

  .choice-card__details p {
    margin: 0 0 var(--_space-1);
  }

  .choice-card__label {
    font-weight: 600;
  }

  .view-switch {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  .view-switch [aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_color-on-primary);
  }

  /*
   * The days and the times: one at a time (the step's own) where the widget is narrow, side by
   * side where it is wide, so that the day can be changed while the times are in view.
   */
  .day-time {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
    align-items: start;
  }

  .day-time__days,
  .day-time__times {
    display: grid;
    gap: var(--_space-3);
    min-width: 0;
  }

  .day-time--day > .day-time__times,
  .day-time--time > .day-time__days {
    display: none;
  }

  .day-time__placeholder {
    margin: 0;
    padding: var(--_space-4) var(--_space-3);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-muted);
    text-align: center;
  }

  @container slot-picker (min-width: 40rem) {
    .day-time {
      grid-template-columns: minmax(17rem, 1fr) minmax(15rem, 1.25fr);
    }

    .day-time--day > .day-time__times,
    .day-time--time > .day-time__days {
      display: grid;
    }

    .day-time__times {
      grid-column: 2;
    }
  }
`;

const calendar = css`
  .calendar__header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
  }

  .calendar__month {
    margin: 0;
    font-size: var(--_font-size-large);
    text-transform: capitalize;
  }

  .calendar__nav {
    padding: 0;
    font-size: 1.5rem;
  }

  .calendar__grid {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  th {
    padding: var(--_space-1) 0;
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
    font-weight: 600;
    text-align: center;
    text-transform: capitalize;
  }

  td {
    padding: 2px;
    text-align: center;
  }

  .day {
    display: grid;
    place-items: center;
    width: 100%;
    min-width: 24px;
    min-height: 2.75rem;
    padding: 2px;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_color-muted);
    font: inherit;
    line-height: 1.1;
    cursor: default;
  }

  .day--free {
    border-color: var(--_accent);
    background: var(--_color-info-surface);
    color: var(--_color-heading);
    font-weight: 600;
    cursor: pointer;
  }

  .day--free:hover {
    background: var(--_color-background);
  }

  .day[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_color-on-primary);
  }

  .day--holiday .day__number,
  .day--closed .day__number,
  .day--full .day__number {
    text-decoration: line-through;
  }

  .day__free {
    font-size: 0.75rem;
    font-weight: 400;
  }

  /* One line reserved, so that the legend below does not jump when a day is first described. */
  .calendar__info {
    min-height: calc(var(--_line-height) * 1em);
    margin: var(--_space-2) 0 0;
  }

  .calendar__info strong {
    color: var(--_color-heading);
  }

  .calendar__info--hint {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  .calendar__legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    margin: var(--_space-2) 0 0;
    padding: 0;
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
    list-style: none;
  }

  ul.day-list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
  }

  /* Date above places, left-aligned, every card of a row as tall as the tallest. */
  .day-list__item {
    display: grid;
    justify-content: stretch;
    justify-items: start;
    align-content: center;
    gap: 0;
    width: 100%;
    height: 100%;
    padding-inline: var(--_space-3);
    text-align: start;
  }

  .day-list__free {
    font-size: var(--_font-size-small);
    font-weight: 400;
  }

  .day-list__item[aria-pressed='true'],
  .slot[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_color-on-primary);
  }

  @media (forced-colors: active) {
    .day--free,
    .slot {
      border-color: ButtonText;
    }

    .day[aria-pressed='true'],
    .slot[aria-pressed='true'],
    .day-list__item[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

export const styles = [tokens, buttons, messages, layout, calendar];
