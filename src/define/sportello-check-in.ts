import { SportelloCheckIn } from '../elements/check-in/check-in.js';

export { SportelloCheckIn };

if (!customElements.get('sportello-check-in')) {
  customElements.define('sportello-check-in', SportelloCheckIn);
}

declare global {
  interface HTMLElementTagNameMap {
    'sportello-check-in': SportelloCheckIn;
  }
}
