import { html } from 'lit';
import { expect, fixture, fixtureSync, waitUntil } from '@open-wc/testing';
import { SportelloElement } from '../src/config/sportello-element.js';
import '../src/define/sportello-config.js';
import { SportelloConfig } from '../src/config/sportello-config.js';
import { listOffices } from '../src/api/operations/index.js';

class TestWidget extends SportelloElement {
  renders = 0;
  get loginHref() {
    return this.resolvedLoginUrl;
  }
  get messages() {
    return this.t.m;
  }
  protected override render() {
    this.renders++;
    return html`<p>${this.api?.baseUrl ?? 'none'}</p>`;
  }
}
customElements.define('test-widget', TestWidget);

/** Answers every request with an empty list and remembers the requests. */
function recordRequests() {
  const original = globalThis.fetch;
  const requests: Request[] = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return new Response('[]', { headers: { 'content-type': 'application/json' } });
  };
  return { requests, restore: () => (globalThis.fetch = original) };
}

async function setup(template: ReturnType<typeof html>) {
  const config = await fixture<SportelloConfig>(template);
  const widget = config.querySelector<TestWidget>('test-widget')!;
  await widget.updateComplete;
  return { config, widget };
}

describe('<sportello-config>', () => {
  let network: ReturnType<typeof recordRequests>;
  beforeEach(() => (network = recordRequests()));
  afterEach(() => network.restore());

  it('shows its content and no box of its own', async () => {
    const { config, widget } = await setup(
      html`<sportello-config api-base="https://a.example/api"
        ><test-widget></test-widget
      ></sportello-config>`,
    );
    expect(getComputedStyle(config).display).to.equal('contents');
    expect(config.shadowRoot!.querySelector('slot')).to.exist;
    expect(widget.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('gives its api client to the widgets inside', async () => {
    const { widget } = await setup(
      html`<sportello-config api-base="https://a.example/api/"
        ><test-widget></test-widget
      ></sportello-config>`,
    );
    expect(widget.api?.baseUrl).to.equal('https://a.example/api');
    expect(widget.shadowRoot!.textContent).to.include('https://a.example/api');
  });

  it('shares one client among its widgets', async () => {
    const config = await fixture<SportelloConfig>(
      html`<sportello-config api-base="/api"
        ><test-widget></test-widget><test-widget></test-widget
      ></sportello-config>`,
    );
    const [first, second] = config.querySelectorAll<TestWidget>('test-widget');
    expect(first!.api).to.exist;
    expect(first!.api).to.equal(second!.api);
  });

  it('lets a widget’s own api-base win, inheriting the credentials', async () => {
    const { widget } = await setup(
      html`<sportello-config api-base="https://a.example/api" credentials="include">
        <test-widget api-base="https://b.example/api"></test-widget>
      </sportello-config>`,
    );
    expect(widget.api?.baseUrl).to.equal('https://b.example/api');
    expect(widget.api).to.equal(widget.api, 'the own client is cached');
    await listOffices(widget.api!);
    expect(network.requests[0]!.url).to.equal('https://b.example/api/offices');
    expect(network.requests[0]!.credentials).to.equal('include');
  });

  it('passes credentials and the bearer token to the requests', async () => {
    const { config, widget } = await setup(
      html`<sportello-config api-base="https://a.example/api" credentials="omit">
        <test-widget></test-widget>
      </sportello-config>`,
    );
    await listOffices(widget.api!);
    expect(network.requests[0]!.credentials).to.equal('omit');
    expect(network.requests[0]!.headers.get('authorization')).to.equal(null);

    config.getToken = () => 'token-1';
    await config.updateComplete;
    await widget.updateComplete;
    await listOffices(widget.api!);
    expect(network.requests[1]!.headers.get('authorization')).to.equal('Bearer token-1');
  });

  it('defaults to same-origin credentials, also for an unknown value', async () => {
    const { widget } = await setup(
      html`<sportello-config api-base="https://a.example/api" credentials="sometimes">
        <test-widget></test-widget>
      </sportello-config>`,
    );
    await listOffices(widget.api!);
    expect(network.requests[0]!.credentials).to.equal('same-origin');
  });

  it('updates the widgets when its api-base changes', async () => {
    const { config, widget } = await setup(
      html`<sportello-config api-base="https://a.example/api"
        ><test-widget></test-widget
      ></sportello-config>`,
    );
    const before = widget.api;
    config.setAttribute('api-base', 'https://c.example/api');
    await waitUntil(() => widget.shadowRoot!.textContent!.includes('https://c.example/api'));
    expect(widget.api).not.to.equal(before);
    expect(widget.api?.baseUrl).to.equal('https://c.example/api');
  });

  it('does not re-render its widgets when nothing that matters changed', async () => {
    const { config, widget } = await setup(
      html`<sportello-config api-base="/api"><test-widget></test-widget></sportello-config>`,
    );
    const renders = widget.renders;
    config.setAttribute('api-base', '/api');
    config.requestUpdate();
    await config.updateComplete;
    await widget.updateComplete;
    expect(widget.renders).to.equal(renders);
  });

  it('passes the login URL, keeping only safe ones', async () => {
    const { config, widget } = await setup(
      html`<sportello-config api-base="/api" login-url="/login?back=here"
        ><test-widget></test-widget
      ></sportello-config>`,
    );
    expect(widget.loginHref).to.equal('/login?back=here');
    widget.loginUrl = 'https://idp.example/spid';
    expect(widget.loginHref).to.equal('https://idp.example/spid');
    widget.loginUrl = '';
    config.loginUrl = 'javascript:alert(1)';
    await config.updateComplete;
    expect(widget.loginHref).to.equal('');
  });
});

describe('SportelloElement i18n', () => {
  it('speaks the language of its <sportello-config lang>', async () => {
    const { widget } = await setup(
      html`<sportello-config lang="de-DE" api-base="/api"
        ><test-widget></test-widget
      ></sportello-config>`,
    );
    expect(widget.messages.common.retry).to.equal('Erneut versuchen');
    widget.strings = { common: { retry: 'Nochmal' } };
    expect(widget.messages.common.retry).to.equal('Nochmal');
  });
});

describe('SportelloElement alone', () => {
  it('has no api without an api-base', async () => {
    const widget = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(widget.api).to.equal(undefined);
    expect(widget.shadowRoot!.textContent).to.include('none');
  });

  it('works with its own api-base and credentials', async () => {
    const network = recordRequests();
    try {
      const widget = await fixture<TestWidget>(
        html`<test-widget api-base="https://d.example" credentials="include"></test-widget>`,
      );
      await listOffices(widget.api!);
      expect(network.requests[0]!.url).to.equal('https://d.example/offices');
      expect(network.requests[0]!.credentials).to.equal('include');
    } finally {
      network.restore();
    }
  });

  it('gets the context when the config element is defined after its widgets', async () => {
    const wrapper = fixtureSync(
      html`<test-late-config api-base="https://late.example"
        ><test-widget></test-widget
      ></test-late-config>`,
    );
    const widget = wrapper.querySelector<TestWidget>('test-widget')!;
    expect(widget.api).to.equal(undefined);
    customElements.define('test-late-config', class extends SportelloConfig {});
    await waitUntil(() => widget.api?.baseUrl === 'https://late.example');
  });
});
