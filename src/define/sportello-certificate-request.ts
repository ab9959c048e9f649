import { SportelloCertificateRequest } from '../elements/certificate-request/certificate-request.js';

export { SportelloCertificateRequest };

if (!customElements.get('sportello-certificate-request')) {
  customElements.define('sportello-certificate-request', SportelloCertificateRequest);
}

declare global {
  interface HTMLElementTagNameMap {
    'sportello-certificate-request': SportelloCertificateRequest;
  }
}
