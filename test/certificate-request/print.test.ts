import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import { itWhere } from '../engine.js';
import { $, clickButton, setUp, tearDown, until, waitForHeading } from '../slot-picker/helpers.js';
import { check, NOW, toReview, type, warmPlaces, type Request } from './helpers.js';

interface PrintedPdf {
  pages: number;
  text: string;
}

const printPdf = () => executeServerCommand<PrintedPdf, undefined>('print-pdf');

/** A Procura's page around the widget: none of it is printed with a form. */
async function openInPage(): Promise<Request> {
  const site = await fixture<HTMLElement>(
    html`<div>
      <header><p>Intestazione del sito della Procura</p></header>
      <main style="padding: 3rem">
        <h1>Certificati del casellario</h1>
        <p>Testo della pagina che non va stampato.</p>
        <sportello-certificate-request
          api-base="/api"
          office="procura-lucca"
        ></sportello-certificate-request>
      </main>
    </div>`,
  );
  return site.querySelector<Request>('sportello-certificate-request')!;
}

function expectAlone({ pages, text }: PrintedPdf, expected: string[]) {
  expect(pages, 'pages printed').to.equal(1);
  const printed = text.replace(/\s+/g, ' ');
  for (const part of expected) expect(printed, part).to.contain(part);
  expect(printed).to.match(/Numero della richiesta: LU-2026-\d{6}/);
  for (const other of ['Intestazione del sito', 'Testo della pagina', 'Stampa', 'Pronto dal']) {
    expect(printed, other).not.to.contain(other);
  }
}

describe('<sportello-certificate-request> printing its forms', function () {
  this.timeout(40_000);
  beforeEach(async () => {
    await setUp({ at: NOW });
    await warmPlaces();
    sinon.stub(window, 'print');
  });
  afterEach(tearDown);

  itWhere(
    'print',
    'prints the request form and the delegation, each alone on one page',
    async () => {
      const el = await openInPage();
      await toReview(el, 'anna@example.it', async () => {
        check(el, 'input[name=collection][value=delegate]');
        await until(() => $(el, '#field-delegateFamilyName'), 'the delegate');
        type(el, '#field-delegateFamilyName', 'Neri');
        type(el, '#field-delegateGivenName', 'Carlo');
        const select = $<HTMLSelectElement>(el, '#field-documentType')!;
        select.value = 'passaporto';
        select.dispatchEvent(new Event('change'));
        type(el, '#field-documentNumber', 'YA1234567');
      });
      await clickButton(el, 'Conferma la richiesta');
      await waitForHeading(el, 'Richiesta inviata');
      await clickButton(el, 'Stampa il modulo di richiesta');
      expect((window.print as sinon.SinonStub).callCount).to.equal(1);
      const request = await printPdf();
      expectAlone(request, [
        'Richiesta di certificato del casellario giudiziale',
        'Anna Bartolini',
        'Certificato generale del casellario giudiziale',
        'Firma',
      ]);
      expect(request.text).not.to.contain('Delega al ritiro');
      await clickButton(el, 'Stampa la delega da firmare');
      const delegation = await printPdf();
      expectAlone(delegation, ['Delega al ritiro del certificato', 'Carlo Neri', 'YA1234567']);
      expect(delegation.text).not.to.contain('Richiesta di certificato del casellario giudiziale');
    },
  );
});
