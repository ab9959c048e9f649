import { SportelloReceipt } from '../elements/receipt/receipt.js';

export { SportelloReceipt };

if (!customElements.get('sportello-receipt')) {
  customElements.define('sportello-receipt', SportelloReceipt);
}

declare global {
  interface HTMLElementTagNameMap {
    'sportello-receipt': SportelloReceipt;
  }
}
