import { expect } from '@open-wc/testing';
import '../../src/define/sportello-config.js';
import type { SportelloConfig } from '../../src/config/sportello-config.js';
import {
  fetchCalls,
  referenceHandlers,
  seenRequests,
  startBackend,
  useHandlers,
} from './backend.js';
import { visibleContent } from './dom.js';
import { ELEMENTS } from './elements.js';
import { createFlowHelpers } from './flow.js';
import { leaksIn, storedContent, watchOutput } from './privacy.js';

// A backend on another origin, as most court sites have: credentials must go there and only there.
const BACKEND = 'https://backend.test';
const API = `${BACKEND}/api/sportello`;
const TOKEN = 'hardening-token';

function requestUrls(): string {
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
  return [...fetchCalls, ...seenRequests]
    .map((r) => r.url)
    .concat(resources)
    .join('\n');
}

describe('hardening: private data', function () {
  this.timeout(30_000);
  before(startBackend);

  for (const entry of ELEMENTS) {
    it(`<${entry.tag}> leaves nothing personal behind`, async () => {
      await entry.define();
      useHandlers(...referenceHandlers(API));
      performance.clearResourceTimings();
      const config = document.createElement('sportello-config') as SportelloConfig;
      config.setAttribute('api-base', API);
      config.setAttribute('credentials', 'include');
      config.getToken = () => TOKEN;
      document.body.append(config);
      const output = watchOutput();
      try {
        const element = entry.mount(config, '');
        await entry.walk(element, createFlowHelpers({ host: () => element }));
        const during = await storedContent();
        element.remove();
        await new Promise((resolve) => setTimeout(resolve, 50));
        const after = await storedContent();
        output.stop();

        const leaks = leaksIn(
          {
            ...during,
            ...Object.fromEntries(Object.entries(after).map(([k, v]) => [`${k} after removal`, v])),
            'request URLs': requestUrls(),
            console: output.consoleLines.join('\n'),
            'event details': output.events.join('\n'),
            'the removed element': visibleContent(element),
          },
          entry.personal,
        );
        expect(leaks, 'personal data found').to.deep.equal([]);

        for (const request of [...fetchCalls, ...seenRequests]) {
          const toBackend = new URL(request.url).origin === BACKEND;
          const authorization = request.headers.get('Authorization');
          if (!toBackend) {
            expect(authorization, `token sent to ${request.url}`).to.equal(null);
            expect(request.credentials, `credentials to ${request.url}`).not.to.equal('include');
          } else {
            expect(authorization).to.equal(`Bearer ${TOKEN}`);
          }
        }
        if (entry.operations.length) {
          expect(
            fetchCalls.some((r) => r.url.startsWith(API)),
            'the flow used the backend',
          ).to.be.true;
        }
      } finally {
        output.stop();
        config.remove();
      }
    });
  }
});
