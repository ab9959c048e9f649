import { SportelloCertificateStatus } from '../elements/certificate-status/certificate-status.js';

export { SportelloCertificateStatus };

if (!customElements.get('sportello-certificate-status')) {
  customElements.define('sportello-certificate-status', SportelloCertificateStatus);
}

declare global {
  interface HTMLElementTagNameMap {
    'sportello-certificate-status': SportelloCertificateStatus;
  }
}
