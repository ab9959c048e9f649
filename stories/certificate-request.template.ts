import { html, nothing, type TemplateResult } from 'lit';

/**
 * The attributes a webmaster sets on <sportello-certificate-request>; the stories' args and the
 * tests' input.
 */
export interface CertificateRequestArgs {
  apiBase: string;
  /** A Procura's office id; empty lets the citizen choose one. */
  office: string;
  /** The host site's privacy notice, linked next to the consent; empty leaves the link out. */
  privacyUrl: string;
  /** 'it', 'en' or 'de'; empty inherits the page's language. */
  lang: string;
  credentials: RequestCredentials;
  loginUrl: string;
}

export const defaultCertificateRequestArgs: CertificateRequestArgs = {
  apiBase: '/api',
  office: 'procura-lucca',
  privacyUrl: 'https://procura.example/privacy',
  lang: '',
  credentials: 'same-origin',
  loginUrl: '',
};

/**
 * <sportello-certificate-request> as a Procura's site would write it, with the content shown
 * before it loads and under any failure.
 */
export function certificateRequestTemplate(
  args: Partial<CertificateRequestArgs> = {},
  content: unknown = html`<p>
    Certificati del casellario: Procura di Lucca, Via Galli Tassi 61, telefono 0583 447300.
  </p>`,
): TemplateResult {
  const a = { ...defaultCertificateRequestArgs, ...args };
  return html`<sportello-certificate-request
    api-base=${a.apiBase || nothing}
    office=${a.office || nothing}
    privacy-url=${a.privacyUrl || nothing}
    lang=${a.lang || nothing}
    credentials=${a.credentials}
    login-url=${a.loginUrl || nothing}
    >${content}</sportello-certificate-request
  >`;
}
