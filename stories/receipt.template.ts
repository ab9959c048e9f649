import { html, nothing, type TemplateResult } from 'lit';

/** The attributes a webmaster sets on <sportello-receipt>; the stories' args and the tests' input. */
export interface ReceiptArgs {
  apiBase: string;
  /** The booking code; with `token`, or read from the address with `fromUrl`. */
  code: string;
  token: string;
  fromUrl: boolean;
  printSize: 'a4' | 'a6';
  /** 'it', 'en' or 'de'; empty inherits the page's language. */
  lang: string;
  loginUrl: string;
  /** The host's privacy notice, for the consent of a change of date. */
  privacyUrl: string;
}

export const defaultReceiptArgs: ReceiptArgs = {
  apiBase: '/api',
  code: '',
  token: '',
  fromUrl: false,
  printSize: 'a4',
  lang: '',
  loginUrl: '',
  privacyUrl: 'https://tribunale.example/privacy',
};

/** <sportello-receipt> as a "my booking" page would write it, with its fallback content. */
export function receiptTemplate(
  args: Partial<ReceiptArgs> = {},
  content: unknown = html`<p>Per disdire chiamate la cancelleria al 0573 0000.</p>`,
): TemplateResult {
  const a = { ...defaultReceiptArgs, ...args };
  return html`<sportello-receipt
    api-base=${a.apiBase || nothing}
    code=${a.code || nothing}
    token=${a.token || nothing}
    ?from-url=${a.fromUrl}
    print-size=${a.printSize}
    lang=${a.lang || nothing}
    login-url=${a.loginUrl || nothing}
    privacy-url=${a.privacyUrl || nothing}
    >${content}</sportello-receipt
  >`;
}
