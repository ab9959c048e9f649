import { expect } from '@open-wc/testing';
import { bookingBody } from './setup.js';

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
});
