import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import {
  $,
  activeElement,
  buttonByText,
  clickButton,
  heading,
  setUp,
  tearDown,
  textOf,
  until,
  waitFor,
  waitForHeading,
  worker,
} from '../slot-picker/helpers.js';
import { ANNA, NOW, open, toReview, warmPlaces, type Request } from './helpers.js';

const REQUESTS = '/api/certificate-requests';

function problem(status: number, code: string, errors?: { field: string; code: string }[]) {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Error', status, code, ...(errors ? { errors } : {}) },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Records each POST's Idempotency-Key; `answer` decides it (undefined: the reference server). */
function answerPosts(answer: (attempt: number) => Response | undefined) {
  const keys: string[] = [];
  worker.use(
    http.post(REQUESTS, ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
      return answer(keys.length);
    }),
  );
  return keys;
}

describe('<sportello-certificate-request> when things go wrong', function () {
  this.timeout(30_000);
  beforeEach(async () => {
    await setUp({ at: NOW });
    await warmPlaces();
  });
  afterEach(tearDown);

  it('takes the citizen back to the field the server refused, with the summary focused', async () => {
    answerPosts(() =>
      problem(422, 'validation', [{ field: 'subject.birthPlaceCode', code: 'not-valid-at-date' }]),
    );
    const el = await open();
    await toReview(el);
    await clickButton(el, 'Conferma la richiesta');
    await waitForHeading(el, 'Per chi è il certificato');
    await until(() => activeElement(el)?.classList.contains('error-summary__title'), 'focus');
    expect(textOf($(el, '.error-summary'))).to.include('Luogo di nascita');
    expect(textOf($(el, '.error-summary'))).to.include('non esisteva alla data di nascita');
    // What was typed is still there.
    expect($<HTMLInputElement>(el, '#field-familyName')!.value).to.equal(ANNA.familyName);
  });

  it('reads the office’s offer again when it changed meanwhile', async () => {
    answerPosts(() =>
      problem(422, 'validation', [{ field: 'certificates.0', code: 'not-allowed' }]),
    );
    let reads = 0;
    worker.use(
      http.get('/api/certificates/config', () => {
        reads += 1;
        return undefined;
      }),
    );
    const el = await open();
    await toReview(el);
    const before = reads;
    await clickButton(el, 'Conferma la richiesta');
    await waitForHeading(el, 'Quale certificato ti serve');
    await until(() => reads > before, 'the offer read again');
    await until(() => activeElement(el)?.classList.contains('error-summary__title'), 'focus');
    expect(textOf($(el, '.error-summary'))).to.include('non è più disponibile');
    expect(textOf($(el, '#field-certificates-error'))).to.include('non è più disponibile');
  });

  it('explains a quota in words, on the review', async () => {
    answerPosts(() => problem(429, 'quota-exceeded'));
    const el = await open();
    await toReview(el);
    await clickButton(el, 'Conferma la richiesta');
    const failure = await waitFor(el, '#failure');
    expect(textOf(failure)).to.include('troppe richieste aperte');
    expect(heading(el)).to.equal('Controlla e conferma');
  });

  it('retries a failed request with the same Idempotency-Key', async () => {
    let down = true;
    const keys = answerPosts(() => (down ? problem(503, 'unavailable') : undefined));
    const el = await open();
    await toReview(el);
    await clickButton(el, 'Conferma la richiesta');
    const failure = await waitFor(el, '#failure [role=alert]');
    expect(textOf(failure)).to.include('non è al momento disponibile');
    down = false;
    const tried = keys.length;
    buttonByText(el, 'Riprova', '#failure button')!.click();
    await waitForHeading(el, 'Richiesta inviata');
    expect(keys.length).to.be.greaterThan(tried);
    expect(new Set(keys).size).to.equal(1);
  });

  it('sends one request for a double click', async () => {
    const keys = answerPosts(() => undefined);
    const el = await open();
    await toReview(el);
    const confirm = buttonByText(el, 'Conferma la richiesta')!;
    confirm.click();
    confirm.click();
    await waitForHeading(el, 'Richiesta inviata');
    expect(keys).to.have.length(1);
  });

  it('links to the login page when the office asks to log in', async () => {
    answerPosts(() => problem(401, 'unauthorized'));
    const el = await fixture<Request>(
      html`<sportello-certificate-request
        api-base="/api"
        office="procura-lucca"
        login-url="/accedi?torna=certificati"
      ></sportello-certificate-request>`,
    );
    await toReview(el);
    await clickButton(el, 'Conferma la richiesta');
    const link = await waitFor<HTMLAnchorElement>(el, '#failure a.button');
    expect(link.getAttribute('href')).to.equal('/accedi?torna=certificati');
    expect(textOf(link)).to.equal('Accedi');
  });

  it('shows the office’s help when its offer cannot be read', async () => {
    worker.use(http.get('/api/certificates/config', () => HttpResponse.error()));
    const el = await fixture<Request>(
      html`<sportello-certificate-request api-base="/api" office="procura-lucca"
        ><p>Telefonate allo 0583 447300.</p></sportello-certificate-request
      >`,
    );
    const alert = await waitFor(el, '[role=alert]');
    expect(textOf(alert)).to.include('Il servizio del tribunale non risponde');
    await until(() => $(el, '.help slot'), 'the page’s help');
    expect(el.querySelector('p')!.assignedSlot).to.not.equal(null);
  });
});
