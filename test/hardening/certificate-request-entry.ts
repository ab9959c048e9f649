import type { ElementEntry } from './elements.js';
import { create, PERSON, PERSONAL } from './entry-support.js';

/** Whoever collects the certificate for PERSON, with an identity document. */
const DELEGATE = { givenName: 'Ginevra', familyName: 'Castellucci', document: 'CA12345AB' };
/** A PEC address typed, then given up for collection by the delegate: it must not stay either. */
const PEC = 'mario.rossi@pec.example.test';

/** The review's button that sends the request ("Conferma la richiesta"). */
const CONFIRM = 'dl.summary ~ .button-row > button';

const PLACE = '#field-birthPlace';

/**
 * <sportello-certificate-request> with no office fixed: the citizen chooses the Procura (its
 * name, address and town are then shown up to the end), asks a general certificate of the
 * casellario for work (a marca da bollo and diritti paid with pagoPA), gives PERSON's data with
 * the place of birth picked from the search, thinks of a PEC, then has a delegate collect it,
 * confirms and reads the request number and the payment notice.
 */
export const certificateRequest: ElementEntry = {
  tag: 'sportello-certificate-request',
  define: () => import('../../src/define/sportello-certificate-request.js'),
  cdn: '/dist/cdn/sportello-certificate-request.js',
  mount: (container, apiBase) =>
    create(container, 'sportello-certificate-request', {
      'api-base': apiBase,
      'privacy-url': 'https://procura.example/privacy',
    }),
  async walk(element, h) {
    const requested: Event[] = [];
    element.addEventListener('sportello-certificate-requested', (event) => requested.push(event));
    const submit = () => h.query('form button[type="submit"]')!;

    // The reference data's second Procura, Firenze, takes the diritti through pagoPA: the receipt
    // then carries a payment notice and its link.
    const offices = await h.waitFor(() => {
      const cards = h.queryAll('button.office-card');
      return cards.length > 1 && cards;
    }, 'the Procure');
    await h.checkpoint('office');
    await h.activate(offices[1]!);

    const general = await h.waitForSelector<HTMLInputElement>(
      'input[name="certificates"][value="casellario-generale"]',
    );
    await h.checkpoint('what');
    await h.check(general);
    await h.choose(h.query<HTMLSelectElement>('#field-useId')!, 1); // "lavoro": no exemption
    await h.activate(submit());

    const familyName = await h.waitForSelector<HTMLInputElement>('#field-familyName');
    await h.checkpoint('who');
    await h.activate(submit());
    await h.waitForSelector('.error-summary');
    await h.checkpoint('who-with-errors');
    await h.type(familyName, PERSON.familyName);
    await h.type(h.query<HTMLInputElement>('#field-givenName')!, PERSON.givenName);
    await h.check(h.query<HTMLInputElement>(`input[name="sex"][value="${PERSON.sex}"]`)!);
    const [year, month, day] = PERSON.birthDate.split('-');
    await h.type(h.query<HTMLInputElement>('#field-birthDate')!, `${day}/${month}/${year}`);
    const place = h.query<HTMLInputElement>(PLACE)!;
    await h.search(place, PERSON.birthPlace);
    // The first search in the strict-CSP page waits for the server to build its registry.
    const found = await h.waitFor(
      () => h.query(`${PLACE}-option-${PERSON.birthPlaceCode}`) ?? h.query(`${PLACE}-notice`),
      'the places found, or the notice that the search is unavailable',
      15_000,
    );
    if (found.getAttribute('role') === 'option') {
      await h.checkpoint('place-options');
      await h.pick(place, found);
      await h.waitFor(() => !h.query(`${PLACE}-listbox`), 'the list of places to close');
    } else {
      // No search: the Belfiore code typed by hand is sent as it is.
      await h.search(place, PERSON.birthPlaceCode);
      await h.waitFor(
        () => h.query(`${PLACE}-notice`)?.textContent?.includes(PERSON.birthPlaceCode),
        'the typed Belfiore code to be taken',
      );
    }
    await h.type(h.query<HTMLInputElement>('#field-fiscalCode')!, PERSON.fiscalCode);
    await h.activate(submit());

    const email = await h.waitForSelector<HTMLInputElement>('#field-email');
    await h.checkpoint('collection');
    await h.check(h.query<HTMLInputElement>('input[name="collection"][value="pec"]')!);
    await h.type(await h.waitForSelector<HTMLInputElement>('#field-pec'), PEC);
    await h.check(h.query<HTMLInputElement>('input[name="collection"][value="delegate"]')!);
    const delegateFamilyName = await h.waitForSelector<HTMLInputElement>(
      '#field-delegateFamilyName',
    );
    await h.checkpoint('collection-delegate');
    await h.type(delegateFamilyName, DELEGATE.familyName);
    await h.type(h.query<HTMLInputElement>('#field-delegateGivenName')!, DELEGATE.givenName);
    await h.choose(h.query<HTMLSelectElement>('#field-documentType')!, 1); // carta d'identità
    await h.type(h.query<HTMLInputElement>('#field-documentNumber')!, DELEGATE.document);
    await h.type(email, PERSON.email);
    await h.activate(submit());

    const confirm = await h.waitForSelector(CONFIRM);
    await h.checkpoint('review');
    await h.check(h.query<HTMLInputElement>('#field-consent')!);
    await h.activate(confirm);
    await h.waitForSelector('.done__number');
    await h.checkpoint('done');

    await h.waitFor(() => requested.length > 0, 'sportello-certificate-requested');
    if (requested.length !== 1) throw new Error(`${requested.length} requested events for one`);
    const keys = Object.keys((requested[0] as CustomEvent).detail ?? {});
    if (keys.join() !== 'number') {
      throw new Error(`the requested event's detail holds ${keys.join(', ')}: only number may`);
    }
  },
  personal: [...PERSONAL, DELEGATE.givenName, DELEGATE.familyName, DELEGATE.document, PEC],
  typed: [
    PERSON.givenName,
    PERSON.familyName,
    PERSON.fiscalCode,
    PERSON.email,
    '10/12/1985',
    DELEGATE.givenName,
    DELEGATE.familyName,
    DELEGATE.document,
  ],
  operations: [
    { name: 'listOffices', method: 'GET', path: '/offices', shape: 'array' },
    {
      name: 'getCertificateConfig',
      method: 'GET',
      path: '/certificates/config',
      shape: 'object',
    },
    {
      name: 'getOffice',
      method: 'GET',
      path: '/offices/:officeId',
      shape: 'object',
      // Read with the later steps, for the review's "office" row and the address at the end;
      // without it they are left out.
      onFault: 'degrade',
    },
    {
      name: 'searchPlaces',
      method: 'POST',
      path: '/places/search',
      shape: 'array',
      afterTyping: true,
      // Without the search, a Belfiore code typed by hand is accepted (the field says so).
      onFault: 'degrade',
    },
    {
      name: 'createCertificateRequest',
      method: 'POST',
      path: '/certificate-requests',
      shape: 'object',
      idempotent: true,
      afterTyping: true,
      sentBy: CONFIRM,
    },
  ],
};
