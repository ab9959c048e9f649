import { css } from 'lit';
import { buttons, fields, messages, tokens } from '../../styles/index.js';

const layout = css`
  :host {
    max-width: var(--sportello-certificate-status-max-width, 36rem);
  }

  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    overflow-wrap: anywhere;
  }

  .heading {
    margin: 0;
    color: var(--_color-heading);
    font-size: var(--_font-size-large);
    line-height: 1.3;
  }

  .intro {
    margin: 0;
  }

  form {
    display: grid;
    gap: var(--_space-3);
  }

  .input--code {
    font-family: var(--_font-mono);
    text-transform: uppercase;
  }

  form .button {
    justify-self: start;
  }

  .answer p {
    margin: 0 0 var(--_space-1);
  }

  .answer__meta {
    font-size: var(--_font-size-small);
  }
`;

export const styles = [tokens, buttons, fields, messages, layout];
