import { html, nothing, type TemplateResult } from 'lit';

/** The attributes a webmaster sets on <sportello-check-in>; the stories' args and the tests' input. */
export interface CheckInArgs {
  apiBase: string;
  office: string;
  /** 'it', 'en' or 'de'; empty inherits the page's language. */
  lang: string;
  credentials: RequestCredentials;
  loginUrl: string;
}

export const defaultCheckInArgs: CheckInArgs = {
  apiBase: '/api',
  office: 'tribunale-pistoia',
  lang: '',
  credentials: 'same-origin',
  loginUrl: '',
};

/** <sportello-check-in> as an entrance-desk page would write it. */
export function checkInTemplate(
  args: Partial<CheckInArgs> = {},
  content: unknown = html`<p>Verifica online non disponibile: usate l’elenco stampato.</p>`,
): TemplateResult {
  const a = { ...defaultCheckInArgs, ...args };
  return html`<sportello-check-in
    api-base=${a.apiBase || nothing}
    office=${a.office || nothing}
    lang=${a.lang || nothing}
    credentials=${a.credentials}
    login-url=${a.loginUrl || nothing}
    >${content}</sportello-check-in
  >`;
}
