import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { fiscalCodeOf } from '../mocks/internal/fiscal-code.js';
import type { CertificateRequest } from '../src/api/types.js';
import { shadowOf, waitForSelector, withinShadow } from './support/shadow.js';
import { ownServer, storyApi, type StoryServer } from './support/story-server.js';
import {
  certificateRequestTemplate,
  defaultCertificateRequestArgs,
  type CertificateRequestArgs,
} from './certificate-request.template.js';

const TAG = 'sportello-certificate-request';
const WAIT = { timeout: 8000 };
/**
 * The first search of a place decodes the whole registry of comuni and states (a few seconds);
 * a failing read is retried before the error shows.
 */
const LONG_WAIT = { timeout: 20_000 };

/** The Procura that takes the diritti at the counter rather than through pagoPA. */
const COUNTER_OFFICE = 'procura-pistoia';

/** The person most stories ask a certificate for: born in Lucca, her codice fiscale valid. */
const ANNA = {
  familyName: 'Bartolini',
  givenName: 'Anna',
  sex: 'F',
  birthDate: '1985-04-12',
  birthPlaceCode: 'E715',
} as const;
const ANNA_CODE = fiscalCodeOf(ANNA);

/** A code made for someone else: a Rossi, and a man (no +40 on the day of birth). */
const SOMEONE_ELSE_CODE = fiscalCodeOf({ ...ANNA, familyName: 'Rossi', sex: 'M' });

const WHO = {
  familyName: ANNA.familyName,
  givenName: ANNA.givenName,
  sex: 'Femmina',
  birthDate: '12/04/1985',
  place: 'Lucca',
  option: /^Lucca\s+\(LU\)/,
  fiscalCode: ANNA_CODE,
};
type Who = typeof WHO;

const DELEGATE = {
  familyName: 'Bartolini',
  givenName: 'Marco',
  documentType: 'carta-identita',
  documentNumber: 'CA12345AB',
};

const EMAIL = 'anna.bartolini@example.it';
const PEC = 'anna.bartolini@pec.it';

type Collection = 'counter' | 'delegate' | 'pec';

const COLLECTION_LABELS: Record<Collection, string> = {
  counter: 'Lo ritiro io allo sportello',
  delegate: 'Lo ritira un’altra persona con la mia delega',
  pec: 'Lo ricevo per PEC',
};

interface What {
  /** Certificate type ids (see mocks/data/certificates.ts). */
  certificates: string[];
  /** A use id; unset leaves the use unchosen. */
  use?: string;
  urgent?: boolean;
}

const ONE_FOR_WORK: What = { certificates: ['casellario-generale'], use: 'lavoro' };

/* The steps a citizen takes, in Italian unless said, for the play functions. */

const canvasOf = (canvasElement: HTMLElement) => withinShadow(canvasElement, TAG);
const rootOf = (canvasElement: HTMLElement) => waitFor(() => shadowOf(canvasElement, TAG));

/** Waits for the heading of the step the widget shows. */
async function expectStep(canvasElement: HTMLElement, title: string, wait = WAIT): Promise<void> {
  const canvas = await canvasOf(canvasElement);
  await expect(await canvas.findByRole('heading', { name: title }, wait)).toBeVisible();
}

/** Certificates, use and urgency, by their ids: the same in every language. */
async function chooseWhat(canvasElement: HTMLElement, what: What): Promise<void> {
  const root = await rootOf(canvasElement);
  await waitForSelector(root, 'input[name=certificates]');
  for (const id of what.certificates) {
    await userEvent.click(
      root.querySelector<HTMLInputElement>(`input[name=certificates][value="${id}"]`)!,
    );
  }
  if (what.use) {
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('#field-useId')!, what.use);
  }
  if (what.urgent) await userEvent.click(root.querySelector<HTMLInputElement>('#field-urgent')!);
}

async function pressContinue(canvasElement: HTMLElement): Promise<void> {
  const canvas = await canvasOf(canvasElement);
  await userEvent.click(await canvas.findByRole('button', { name: 'Continua' }, WAIT));
}

/** Types `text` in the place of birth; `option` is then clicked in the list, if given. */
async function typePlace(canvasElement: HTMLElement, text: string, option?: RegExp) {
  const canvas = await canvasOf(canvasElement);
  await userEvent.type(canvas.getByRole('combobox', { name: 'Luogo di nascita' }), text);
  if (option) await userEvent.click(await canvas.findByRole('option', { name: option }, LONG_WAIT));
}

/** The person's data; `place: ''` leaves the place of birth alone, `fiscalCode: ''` the code. */
async function fillWho(canvasElement: HTMLElement, who: Partial<Who> = {}): Promise<void> {
  const person = { ...WHO, ...who };
  const canvas = await canvasOf(canvasElement);
  // The later steps load on demand: wait for their fields.
  await userEvent.type(await canvas.findByLabelText('Cognome', {}, WAIT), person.familyName);
  await userEvent.type(canvas.getByLabelText('Nome'), person.givenName);
  await userEvent.click(canvas.getByRole('radio', { name: person.sex }));
  await userEvent.type(canvas.getByLabelText('Data di nascita'), person.birthDate);
  if (person.place) await typePlace(canvasElement, person.place, person.option);
  if (person.fiscalCode) {
    await userEvent.type(canvas.getByLabelText('Codice fiscale'), person.fiscalCode);
  }
}

/** How the certificate is collected, with the fields that way needs, and the email. */
async function fillCollection(canvasElement: HTMLElement, collection: Collection): Promise<void> {
  const canvas = await canvasOf(canvasElement);
  const kind = await canvas.findByRole('radio', { name: COLLECTION_LABELS[collection] }, WAIT);
  if (collection !== 'counter') await userEvent.click(kind);
  if (collection === 'delegate') {
    await userEvent.type(
      await canvas.findByLabelText('Cognome della persona delegata'),
      DELEGATE.familyName,
    );
    await userEvent.type(canvas.getByLabelText('Nome della persona delegata'), DELEGATE.givenName);
    await userEvent.selectOptions(
      canvas.getByLabelText('Documento che mostrerà'),
      DELEGATE.documentType,
    );
    await userEvent.type(canvas.getByLabelText('Numero del documento'), DELEGATE.documentNumber);
  }
  if (collection === 'pec')
    await userEvent.type(await canvas.findByLabelText('Indirizzo PEC'), PEC);
  await userEvent.type(canvas.getByLabelText('La tua email'), EMAIL);
}

/** From the first step to the one that asks how the certificate is collected. */
async function reachCollection(canvasElement: HTMLElement, what = ONE_FOR_WORK): Promise<void> {
  await expectStep(canvasElement, 'Quale certificato ti serve');
  await chooseWhat(canvasElement, what);
  await pressContinue(canvasElement);
  await expectStep(canvasElement, 'Per chi è il certificato');
  await fillWho(canvasElement);
  await pressContinue(canvasElement);
  await expectStep(canvasElement, 'Come lo ritiri');
}

/** Up to the review, everything filled in. */
async function reachReview(
  canvasElement: HTMLElement,
  collection: Collection = 'counter',
  what = ONE_FOR_WORK,
): Promise<void> {
  await reachCollection(canvasElement, what);
  await fillCollection(canvasElement, collection);
  await pressContinue(canvasElement);
  await expectStep(canvasElement, 'Controlla e conferma');
}

/** The consent, then "Conferma la richiesta". */
async function confirm(canvasElement: HTMLElement): Promise<void> {
  const canvas = await canvasOf(canvasElement);
  await userEvent.click(canvas.getByRole('checkbox', { name: /^Ho letto l’informativa/ }));
  await userEvent.click(canvas.getByRole('button', { name: 'Conferma la richiesta' }));
}

/** Requested and accepted: the request number. */
async function reachDone(
  canvasElement: HTMLElement,
  collection: Collection = 'counter',
  what = ONE_FOR_WORK,
): Promise<void> {
  await reachReview(canvasElement, collection, what);
  await confirm(canvasElement);
  await expectStep(canvasElement, 'Richiesta inviata', { timeout: 15_000 });
}

/** Waits for the text of the widget's part `selector` to match `text`. */
async function expectText(canvasElement: HTMLElement, selector: string, text: string | RegExp) {
  const found = await waitForSelector(await rootOf(canvasElement), selector);
  await waitFor(() => expect(found).toHaveTextContent(text), WAIT);
}

/** A request for Anna made earlier through the store's own rules, as the widget would send it. */
function annaRequest(): CertificateRequest {
  return {
    officeId: defaultCertificateRequestArgs.office,
    certificates: ['casellario-generale'],
    useId: 'lavoro',
    urgent: false,
    subject: { ...ANNA, fiscalCode: ANNA_CODE },
    email: EMAIL,
    collection: 'counter',
    privacyConsent: true,
  };
}

/** Anna asked for three certificates last week and collected none: as many as one may keep open. */
async function threeOpenRequests(server: StoryServer): Promise<void> {
  await server.db.loadPlaces();
  for (const day of ['2026-03-02', '2026-03-03', '2026-03-04']) {
    await server.at(`${day}T09:00:00Z`, () => server.db.createCertificateRequest(annaRequest()));
  }
}

/** The place search of the story server `name` fails (503): the rest of its backend answers. */
const placesFailOn = (name: string) => ({
  msw: {
    handlers: {
      state: [
        http.post(`${storyApi(name)}/places/search`, () =>
          HttpResponse.json(
            {
              type: 'about:blank',
              title: 'Service unavailable',
              status: 503,
              code: 'unavailable',
            },
            { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
});

const meta = {
  title: 'Elements/sportello-certificate-request',
  component: 'sportello-certificate-request',
  tags: ['autodocs'],
  args: defaultCertificateRequestArgs,
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'it', 'en', 'de'] },
    credentials: { control: 'inline-radio', options: ['same-origin', 'include', 'omit'] },
  },
  render: (args) => certificateRequestTemplate(args),
} satisfies Meta<CertificateRequestArgs>;

export default meta;
type Story = StoryObj<CertificateRequestArgs>;

/** The page fixes the Procura di Lucca: the first step, nothing chosen yet. */
export const Default: Story = {
  ...ownServer('certificate-default'),
  play: async ({ canvasElement }) => {
    await expectStep(canvasElement, 'Quale certificato ti serve');
    await expectText(
      canvasElement,
      '.fees',
      'Scegli almeno un certificato per vedere quanto costa.',
    );
  },
};

/** Two certificates, urgent, for a job: a marca da bollo each, the diritti and the urgency. */
export const TwoUrgentForWork: Story = {
  name: 'Two certificates, urgent, for work',
  ...ownServer('certificate-two-urgent'),
  play: async ({ canvasElement }) => {
    await chooseWhat(canvasElement, {
      certificates: ['casellario-generale', 'carichi-pendenti'],
      use: 'lavoro',
      urgent: true,
    });
    await expectText(
      canvasElement,
      '.fees__total',
      'Totale da pagare: 47,68 € (2 marche da bollo da 16,00 € + diritti 7,84 € + urgenza 7,84 €)',
    );
  },
};

/** An adoption: exempt from the marca da bollo and the diritti, by law. */
export const ExemptUse: Story = {
  name: 'Exempt use (adozione)',
  ...ownServer('certificate-exempt'),
  play: async ({ canvasElement }) => {
    await chooseWhat(canvasElement, { certificates: ['casellario-generale'], use: 'adozione' });
    await expectText(canvasElement, '.fees__lines', 'Esente da bollo e diritti (L. 184/1983');
    await expectText(canvasElement, '.fees__total', 'Non c’è niente da pagare.');
  },
};

/** For a ONLUS: no marca da bollo, the diritti still due (through pagoPA in Lucca). */
export const PartlyExemptUse: Story = {
  name: 'Partly exempt use (ONLUS)',
  ...ownServer('certificate-partly-exempt'),
  play: async ({ canvasElement }) => {
    await chooseWhat(canvasElement, { certificates: ['art-25-bis'], use: 'onlus' });
    await expectText(canvasElement, '.fees__lines', 'Esente dalla marca da bollo (DPR 642/1972');
    await expectText(canvasElement, '.fees__total', 'Totale da pagare: 3,92 € (diritti 3,92 €)');
  },
};

/** A page that does not fix the office: the citizen chooses the Procura first. */
export const ChooseOffice: Story = {
  name: 'Choose office',
  ...ownServer('certificate-choose-office', { args: { office: '' } }),
  play: async ({ canvasElement }) => {
    await expectStep(canvasElement, "Scegli l'ufficio");
    const canvas = await canvasOf(canvasElement);
    await canvas.findByRole('button', { name: /^Procura della Repubblica .* Lucca/ }, LONG_WAIT);
  },
};

/** "Continua" pressed with nothing chosen. */
export const WhatErrors: Story = {
  name: 'Certificates with errors',
  ...ownServer('certificate-what-errors'),
  play: async ({ canvasElement }) => {
    await waitForSelector(await rootOf(canvasElement), 'input[name=certificates]');
    await pressContinue(canvasElement);
    await expectText(canvasElement, '#field-certificates-error', 'Scegli almeno un certificato.');
    await expectText(canvasElement, '#field-useId-error', 'Questo campo è obbligatorio.');
  },
};

/** "Continua" pressed on the person's step with nothing typed: the summary, each field's error. */
export const WhoErrors: Story = {
  name: 'Person with errors',
  ...ownServer('certificate-who-errors'),
  play: async ({ canvasElement }) => {
    await chooseWhat(canvasElement, ONE_FOR_WORK);
    await pressContinue(canvasElement);
    const canvas = await canvasOf(canvasElement);
    await canvas.findByLabelText('Cognome', {}, WAIT);
    await pressContinue(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'C’è un problema' })).toBeVisible();
    await expect(canvas.getByLabelText('Cognome')).toHaveAttribute('aria-invalid', 'true');
  },
};

/**
 * Anna Bartolini, a woman, with the codice fiscale of a man named Rossi: the warning says which
 * parts disagree and what they should be.
 */
export const FiscalCodeMismatch: Story = {
  name: 'Codice fiscale mismatch',
  ...ownServer('certificate-fiscal-mismatch'),
  play: async ({ canvasElement }) => {
    await chooseWhat(canvasElement, ONE_FOR_WORK);
    await pressContinue(canvasElement);
    await fillWho(canvasElement, { fiscalCode: SOMEONE_ELSE_CODE });
    await expectText(
      canvasElement,
      '#fiscal-mismatches',
      'Le lettere del cognome non corrispondono: per BARTOLINI ci aspettiamo BRT.',
    );
    await expectText(canvasElement, '#fiscal-mismatches', /Il sesso non corrisponde/);
  },
};

/**
 * The registry of places does not answer: the field says so, and a Belfiore code typed by hand
 * (E715, Lucca) is taken as it is. The rest of the backend answers, so the request can go on.
 */
export const PlaceSearchUnavailable: Story = {
  name: 'Place search unavailable',
  ...ownServer('certificate-places-down'),
  parameters: placesFailOn('certificate-places-down'),
  play: async ({ canvasElement }) => {
    await chooseWhat(canvasElement, ONE_FOR_WORK);
    await pressContinue(canvasElement);
    await fillWho(canvasElement, { place: '', fiscalCode: '' });
    await typePlace(canvasElement, 'Lucca');
    await expectText(
      canvasElement,
      '#field-birthPlace-notice',
      /Al momento la ricerca non è disponibile/,
    );
    const canvas = await canvasOf(canvasElement);
    const field = canvas.getByRole('combobox', { name: 'Luogo di nascita' });
    // Over what was typed (clear() wants the focus on the page, not inside a shadow root).
    await userEvent.type(field, 'E715', {
      initialSelectionStart: 0,
      initialSelectionEnd: (field as HTMLInputElement).value.length,
    });
    await expectText(
      canvasElement,
      '#field-birthPlace-notice',
      'Sarà usato il codice catastale E715.',
    );
  },
};

/** Collected by someone else: the delegate's name and identity document. */
export const CollectionByDelegate: Story = {
  name: 'Collection by a delegate',
  ...ownServer('certificate-collection-delegate'),
  play: async ({ canvasElement }) => {
    await reachCollection(canvasElement);
    await fillCollection(canvasElement, 'delegate');
  },
};

/** Sent by PEC: the certified address besides the email. */
export const CollectionByPec: Story = {
  name: 'Collection by PEC',
  ...ownServer('certificate-collection-pec'),
  play: async ({ canvasElement }) => {
    await reachCollection(canvasElement);
    await fillCollection(canvasElement, 'pec');
  },
};

export const Review: Story = {
  ...ownServer('certificate-review'),
  play: async ({ canvasElement }) => reachReview(canvasElement),
};

/** Anna has three requests not yet collected at this Procura: the fourth is refused. */
export const Quota: Story = {
  name: 'Too many open requests',
  ...ownServer('certificate-quota', { setUp: threeOpenRequests }),
  play: async ({ canvasElement }) => {
    await reachReview(canvasElement);
    await confirm(canvasElement);
    await expectText(canvasElement, '#failure', /ha già troppe richieste aperte/);
  },
};

/** Lucca takes the diritti through pagoPA: the notice to pay, with its code and due date. */
export const DonePagoPa: Story = {
  name: 'Done, with the pagoPA notice',
  ...ownServer('certificate-done-pagopa'),
  play: async ({ canvasElement }) => {
    await reachDone(canvasElement);
    const canvas = await canvasOf(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: 'Pagamento dei diritti con pagoPA' }),
    ).toBeVisible();
    await expect(canvas.getByRole('link', { name: /^Paga 3,92\s€ con pagoPA/ })).toBeVisible();
  },
};

/** Collected by a delegate: the delegation to print and sign besides the request form. */
export const DoneForDelegate: Story = {
  name: 'Done, for a delegate',
  ...ownServer('certificate-done-delegate'),
  play: async ({ canvasElement }) => {
    await reachDone(canvasElement, 'delegate');
    const canvas = await canvasOf(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Stampa la delega da firmare' })).toBeVisible();
  },
};

/** Sent by PEC: nothing to collect, so no counter, hours or list of what to bring. */
export const DoneByPec: Story = {
  name: 'Done, by PEC',
  ...ownServer('certificate-done-pec'),
  play: async ({ canvasElement }) => {
    await reachDone(canvasElement, 'pec');
    await expectText(canvasElement, '.base', `Il certificato sarà mandato a ${PEC}.`);
  },
};

/** The Procura di Pistoia takes the diritti at the counter: no pagoPA notice, the sum to bring. */
export const DoneRightsAtCounter: Story = {
  name: 'Done, diritti paid at the counter',
  ...ownServer('certificate-done-counter', { args: { office: COUNTER_OFFICE } }),
  play: async ({ canvasElement }) => {
    await reachDone(canvasElement);
    await expectText(canvasElement, '.base', '3,92 € per i diritti, da pagare allo sportello.');
    const root = await rootOf(canvasElement);
    await expect(root.querySelector('.payment')).toBeNull();
  },
};

/** The server never answers: loading, then the notice that it is taking longer than usual. */
export const Loading: Story = ownServer('certificate-loading', { scenario: 'timeout' });

/** The backend cannot be reached: after the client's retries, an error, and the page's own help. */
export const Unreachable: Story = {
  ...ownServer('certificate-unreachable', { scenario: 'offline' }),
  play: async ({ canvasElement }) => {
    const canvas = await canvasOf(canvasElement);
    await canvas.findByRole('button', { name: 'Riprova' }, LONG_WAIT);
    await expectText(canvasElement, '[part="help"]', 'Se hai bisogno di aiuto:');
  },
};

/** 503 on the office's offer: the same error after the retries the server asks for. */
export const ServiceUnavailable: Story = {
  name: 'Service unavailable (503)',
  ...ownServer('certificate-unavailable', { scenario: 'unavailable' }),
  play: async ({ canvasElement }) => {
    const canvas = await canvasOf(canvasElement);
    await canvas.findByRole('button', { name: 'Riprova' }, LONG_WAIT);
    await expectText(canvasElement, '[part="help"]', 'Se hai bisogno di aiuto:');
  },
};

/** No api-base, and no <sportello-config> around it. */
export const NotConfigured: Story = {
  name: 'Not configured',
  args: { apiBase: '' },
};

/** English: labels and fees, and the office's texts in English where the backend has them. */
export const English: Story = {
  ...ownServer('certificate-english', { args: { lang: 'en' } }),
  play: async ({ canvasElement }) => {
    await expectStep(canvasElement, 'Which certificate you need');
    await chooseWhat(canvasElement, ONE_FOR_WORK);
    await expectText(canvasElement, '.fees__total', /^Total to pay: €19.92/);
  },
};

export const German: Story = {
  ...ownServer('certificate-german', { args: { lang: 'de' } }),
  play: async ({ canvasElement }) => {
    await expectStep(canvasElement, 'Welche Bescheinigung Sie brauchen');
    await chooseWhat(canvasElement, ONE_FOR_WORK);
    await expectText(canvasElement, '.fees__total', /^Insgesamt zu zahlen: 19,92/);
  },
};
