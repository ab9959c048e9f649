import { expect, fixture, html } from '@open-wc/testing';
import { en } from '../../src/elements/certificate-request/messages/en.js';
import { de } from '../../src/elements/certificate-request/messages/de.js';
import { formatEuros } from '../../src/elements/certificate-request/fees.js';
import { $, setUp, tearDown, textOf, until, waitForHeading } from '../slot-picker/helpers.js';
import { check, choose, NOW, type Request } from './helpers.js';

describe('<sportello-certificate-request> in English and German', function () {
  this.timeout(20_000);
  beforeEach(() => setUp({ at: NOW }));
  afterEach(tearDown);

  for (const [lang, messages, locale] of [
    ['en', en, 'en'],
    ['de', de, 'de'],
  ] as const) {
    it(`speaks ${lang}, with the office's own texts and amounts in its formats`, async () => {
      const el = await fixture<Request>(
        html`<sportello-certificate-request
          api-base="/api"
          office="procura-lucca"
          lang=${lang}
        ></sportello-certificate-request>`,
      );
      const m = messages.certificateRequest;
      await waitForHeading(el, m.steps.what);
      await until(() => $(el, 'input[name=certificates]'), 'the offer');
      check(el, 'input[name=certificates][value="casellario-generale"]');
      choose(el, '#field-useId', 'lavoro');
      await el.updateComplete;
      const total = m.total(formatEuros(1992, locale));
      expect(textOf($(el, '.fees__total'))).to.include(
        textOf(Object.assign(document.createElement('p'), { textContent: total })),
      );
      // The office's labels come from the server in the same language.
      expect(textOf($(el, '.choices'))).not.to.include('Certificato generale');
      expect(textOf($(el, '.progress'))).not.to.include('Passo');
    });
  }
});
