import { expect } from '@open-wc/testing';
import { romeDate } from '../../mocks/internal/rome-time.js';
import { createApiClient } from '../../src/api/client.js';
import { bookingBody } from './setup.js';
import { listServices } from '../../src/api/operations/index.js';

/** The real reference server, started by the test runner on a loopback port: another origin. */
async function serverUrl(): Promise<string> {
  const { url } = await (await fetch('/__mock-server.json')).json();
  return url as string;
}

describe('reference server over HTTP', () => {
  it('answers cross-origin requests with credentials, preflights and problems', async () => {
    const base = await serverUrl();
    expect(new URL(base).origin).not.to.equal(location.origin);

    // Credentialed CORS only succeeds when the origin is echoed and credentials are allowed.
    const offices = await fetch(`${base}/offices?kind=tribunale`, { credentials: 'include' });
    expect(offices.status).to.equal(200);
    expect(await offices.json()).to.have.length(9);

    const unavailable = await fetch(`${base}/offices?mock-scenario=unavailable`, {
      credentials: 'include',
    });
    expect(unavailable.status).to.equal(503);
    expect(unavailable.headers.get('Retry-After')).to.equal('2');

    const staff = await fetch(`${base}/me/favourite-offices`, {
      credentials: 'include',
      headers: { Authorization: 'Bearer desk-1' },
    });
    expect(staff.status).to.equal(200);

    const serviceId = 'tribunale-pistoia-contenzioso-civile';
    const { window, days } = await (
      await fetch(
        `${base}/services/${serviceId}/availability?from=${new Date().toISOString().slice(0, 10)}&to=${new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10)}`,
      )
    ).json();
    expect(window.first).to.match(/^\d{4}-\d{2}-\d{2}$/);
    const open = days.find((day: { status: string }) => day.status === 'open');
    const { slots } = await (
      await fetch(`${base}/services/${serviceId}/slots?date=${open.date}`)
    ).json();
    const slot = slots.find((s: { free: number }) => s.free > 0);

    // JSON body plus Idempotency-Key: the browser sends a preflight first.
    const book = (n: number) =>
      fetch(`${base}/bookings`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify(bookingBody(slot.id, 100 + n)),
      });
    for (let n = 0; n < slot.free; n++) expect((await book(n)).status).to.equal(201);
    const conflict = await book(99);
    expect(conflict.status).to.equal(409);
    expect(conflict.headers.get('Content-Type')).to.contain('application/problem+json');
    expect((await conflict.json()).code).to.equal('slot-full');
  });

  it('answers a widget of another origin in its language, and says which', async () => {
    const base = await serverUrl();
    const api = createApiClient({ baseUrl: base, language: 'de', credentials: 'include' });
    const services = await listServices(api, 'gdp-pistoia');
    expect(services.map((service) => service.name)).to.include('Zivilgeschäftsstelle');
    // Content-Language is a safelisted response header: readable without being exposed.
    const answer = await fetch(`${base}/offices/gdp-pistoia`, {
      headers: { 'Accept-Language': 'de, it;q=0.5' },
    });
    expect(answer.headers.get('Content-Language')).to.equal('de');
  });
});

/** The reference server started from its command line, `--now` given when `now` is. */
async function cliServer(now?: string): Promise<{ url: string; output: string }> {
  const query = now === undefined ? '' : `?${new URLSearchParams({ now })}`;
  return (await fetch(`/__mock-server-cli.json${query}`)).json();
}

describe('reference server over HTTP: --now', () => {
  const SERVICE = 'tribunale-pistoia-contenzioso-civile';

  it('runs its clock from --now, in Rome time', async () => {
    const { url, output } = await cliServer('2026-12-04T08:55');
    expect(output).to.contain('clock at 2026-12-04T08:55');
    const { window } = await (
      await fetch(`${url}/services/${SERVICE}/availability?from=2026-12-04&to=2026-12-05`)
    ).json();
    expect(window.first).to.equal('2026-12-05');
    const booked = await (
      await fetch(`${url}/bookings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify(bookingBody(`${SERVICE}_2026-12-07_0900`, 1)),
      })
    ).json();
    expect(booked.createdAt).to.match(/^2026-12-04T08:5\d:\d\d\+01:00$/);
  });

  it('takes an offset, and ignores a value it cannot read with a warning', async () => {
    const withOffset = await cliServer('2026-12-04T09:05+02:00');
    expect(withOffset.output).to.contain('clock at 2026-12-04T08:05');

    const invalid = await cliServer('yesterday');
    expect(invalid.output).to.contain('ignoring the clock "yesterday"');
    const { window } = await (
      await fetch(`${invalid.url}/services/${SERVICE}/availability?from=2026-01-01&to=2026-01-02`)
    ).json();
    expect(window.first).to.equal(romeDate(new Date(Date.now() + 86_400_000)));
  });
});
