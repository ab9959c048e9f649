import { LitElement, html } from 'lit';
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { LocalizeController } from '../src/i18n/localize-controller.js';
import {
  LiveAnnouncer,
  buttons,
  errorSummary,
  fields,
  focusErrorSummary,
  focusField,
  messages,
  renderApiError,
  renderErrorSummary,
  tokens,
} from '../src/styles/index.js';

class TestForm extends LitElement {
  static override styles = [tokens, buttons, fields, messages, errorSummary];
  readonly t = new LocalizeController(this);
  readonly live = new LiveAnnouncer(this);
  showErrors = false;
  retries = 0;

  protected override render() {
    const errors = [{ id: 'surname', message: 'Inserisci il cognome' }];
    return html`${this.live.render()}
      ${
        this.showErrors
          ? renderErrorSummary(this.t, errors, (id) => focusField(this.renderRoot, id))
          : null
      }
      <div class="field">
        <label class="field__label" for="surname">Cognome</label>
        <input class="input" id="surname" />
      </div>
      ${renderApiError(this.t, 'timeout', { onRetry: () => this.retries++ })}
      ${renderApiError(this.t, 'unauthorized', { loginUrl: '/login' })}`;
  }
}
customElements.define('test-form', TestForm);

describe('shared styles and helpers', () => {
  it('has a live region from the first render, and announces into it', async () => {
    const el = await fixture<TestForm>(html`<test-form></test-form>`);
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region).to.exist;
    expect(region.textContent!.trim()).to.equal('');
    el.live.announce('3 posti liberi');
    await waitUntil(() => region.textContent!.trim() === '3 posti liberi');
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(region);
  });

  it('error summary links focus the field inside the shadow root', async () => {
    const el = await fixture<TestForm>(html`<test-form></test-form>`);
    el.showErrors = true;
    el.requestUpdate();
    await el.updateComplete;
    focusErrorSummary(el.renderRoot);
    const heading = el.shadowRoot!.querySelector('.error-summary__title')!;
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(
      'C’è un errore da correggere',
    );
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.error-summary__list a')!;
    expect(link.getAttribute('href')).to.equal('#surname');
    link.click();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#surname'));
    expect(location.hash).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('explains api errors with words, a retry button and a login link', async () => {
    const el = await fixture<TestForm>(html`<test-form></test-form>`);
    const [timeout, unauthorized] = el.shadowRoot!.querySelectorAll('.message--error');
    expect(timeout!.textContent).to.include('Errore');
    expect(timeout!.textContent).to.include('non ha risposto in tempo');
    timeout!.querySelector('button')!.click();
    expect(el.retries).to.equal(1);
    expect(unauthorized!.querySelector('button')).to.equal(null);
    expect(unauthorized!.querySelector('a')!.getAttribute('href')).to.equal('/login');
    await expect(el).to.be.accessible();
  });

  it('gives buttons 44px targets and the theme font', async () => {
    const el = await fixture<TestForm>(html`<test-form></test-form>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.button')!;
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(el).fontFamily).to.include('Titillium Web');
  });
});
