import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { RequestScopeController } from '../../src/api/request-scope.js';

class ScopedHost extends LitElement {
  readonly scope = new RequestScopeController(this);
}
customElements.define('test-scoped-host', ScopedHost);

describe('RequestScopeController', () => {
  it('aborts the scope when the host is removed', async () => {
    const host = await fixture<ScopedHost>(html`<test-scoped-host></test-scoped-host>`);
    const signal = host.scope.signal();
    expect(signal.aborted).to.equal(false);
    host.remove();
    expect(signal.aborted).to.equal(true);
    expect((signal.reason as DOMException).name).to.equal('AbortError');
  });

  it('starts a fresh scope when the host is connected again', async () => {
    const host = await fixture<ScopedHost>(html`<test-scoped-host></test-scoped-host>`);
    const parent = host.parentElement!;
    const before = host.scope.signal();
    host.remove();
    parent.append(host);
    const after = host.scope.signal();
    expect([before.aborted, after.aborted]).to.deep.equal([true, false]);
  });

  it('combines with another signal; either aborts the result', async () => {
    const host = await fixture<ScopedHost>(html`<test-scoped-host></test-scoped-host>`);
    const task = new AbortController();
    const combined = host.scope.signal(task.signal);
    task.abort();
    expect(combined.aborted).to.equal(true);

    const other = new AbortController();
    const withLifetime = host.scope.signal(other.signal);
    host.remove();
    expect([withLifetime.aborted, other.signal.aborted]).to.deep.equal([true, false]);
  });
});
