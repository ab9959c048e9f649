import { SportelloConfig } from '../config/sportello-config.js';

export { SportelloConfig };

if (!customElements.get('sportello-config')) {
  customElements.define('sportello-config', SportelloConfig);
}

declare global {
  interface HTMLElementTagNameMap {
    'sportello-config': SportelloConfig;
  }
}
