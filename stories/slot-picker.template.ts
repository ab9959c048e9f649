import { html, nothing, type TemplateResult } from 'lit';

/** The attributes a webmaster sets on <sportello-slot-picker>; the stories' args and the tests' input. */
export interface SlotPickerArgs {
  apiBase: string;
  /** An office id; empty lets the visitor choose. */
  office: string;
  /** A service (counter) id; empty lets the visitor choose. */
  service: string;
  /** 'it', 'en' or 'de'; empty inherits the page's language. */
  lang: string;
  privacyUrl: string;
  credentials: RequestCredentials;
  loginUrl: string;
}

export const defaultSlotPickerArgs: SlotPickerArgs = {
  apiBase: '/api',
  office: 'tribunale-pistoia',
  service: '',
  lang: 'it',
  privacyUrl: 'https://tribunale.example/privacy',
  credentials: 'same-origin',
  loginUrl: '',
};

/** <sportello-slot-picker> as a court site would write it, with the content shown before it loads. */
export function slotPickerTemplate(
  args: Partial<SlotPickerArgs> = {},
  content: unknown = html`<p>Prenotazioni allo sportello: telefono 0573 0000</p>`,
): TemplateResult {
  const a = { ...defaultSlotPickerArgs, ...args };
  return html`<sportello-slot-picker
    api-base=${a.apiBase || nothing}
    office=${a.office || nothing}
    service=${a.service || nothing}
    lang=${a.lang || nothing}
    privacy-url=${a.privacyUrl || nothing}
    credentials=${a.credentials}
    login-url=${a.loginUrl || nothing}
    >${content}</sportello-slot-picker
  >`;
}
