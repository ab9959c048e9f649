import { html, nothing, type TemplateResult } from 'lit';

/** The attributes a webmaster sets on <sportello-config>; the stories' args and the tests' input. */
export interface ConfigArgs {
  apiBase: string;
  credentials: RequestCredentials;
  lang: string;
  loginUrl: string;
}

export const defaultConfigArgs: ConfigArgs = {
  apiBase: '/api',
  credentials: 'same-origin',
  lang: 'it',
  loginUrl: '',
};

/** <sportello-config> around whatever the page puts inside it. */
export function configTemplate(args: ConfigArgs, content: unknown): TemplateResult {
  return html`<sportello-config
    api-base=${args.apiBase}
    credentials=${args.credentials}
    lang=${args.lang}
    login-url=${args.loginUrl || nothing}
    >${content}</sportello-config
  >`;
}
