import { SportelloSlotPicker } from '../elements/slot-picker/slot-picker.js';

export { SportelloSlotPicker };

if (!customElements.get('sportello-slot-picker')) {
  customElements.define('sportello-slot-picker', SportelloSlotPicker);
}

declare global {
  interface HTMLElementTagNameMap {
    'sportello-slot-picker': SportelloSlotPicker;
  }
}
