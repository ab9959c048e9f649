import type { FlowHelpers } from './flow.js';
import { certificateRequest } from './certificate-request-entry.js';
import { checkIn } from './check-in-entry.js';
import { create, PERSON, PERSONAL } from './entry-support.js';
import { receipt } from './receipt-entry.js';

export { PERSON };

/** One request an element makes, as the fault checks see it. */
export interface Operation {
  /** The api client's method name. */
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The contract path in MSW form, without the api base: '/offices/:officeId/services'. */
  path: string;
  /** JSON shape the client expects, to send the other one as an "unexpected shape". */
  shape: 'object' | 'array';
  /** A POST with an Idempotency-Key: retried like a GET, with the same key every time. */
  idempotent?: boolean;
  /** The request happens after the person typed personal data, which must survive a fault. */
  afterTyping?: boolean;
  /**
   * 'message' (default): a failure shows an error message with a way forward.
   * 'degrade': the element does without the answer and the flow still completes (say why).
   */
  onFault?: 'message' | 'degrade';
  /**
   * The control that sends it (a selector): double-clicked while the first request is on its
   * way, it must send one request (faults.test.ts).
   */
  sentBy?: string;
}

/** A failure the suite knows about and reports as pending, until the element is fixed. */
export interface KnownGap {
  check: 'faults' | 'hostile' | 'csp' | 'privacy' | 'a11y';
  /**
   * Which case: `${operation}/${fault}` for faults (`${operation}/*`: every fault), the payload
   * name for hostile, the place (or `${operation}/network-error`) for privacy, ...
   */
  where: string;
  reason: string;
}

export interface ElementEntry {
  tag: string;
  /** Registers the element from its define module (the npm entry point). */
  define: () => Promise<unknown>;
  /** The CDN file that registers it (for the strict-CSP and coexistence pages). */
  cdn: string;
  /**
   * Creates the element inside `container` and returns it. An empty apiBase means "inherit it
   * from the surroundings" (a <sportello-config> or a context provider the suite sets up).
   * Create it with `container.ownerDocument` so that it also works inside the CSP frame.
   */
  mount(container: HTMLElement, apiBase: string): HTMLElement;
  /** Completes the main flow, calling `helpers.checkpoint()` at each state worth checking. */
  walk(element: HTMLElement, helpers: FlowHelpers): Promise<void>;
  /** Personal data that must never leak (storage, URLs, console, events): what is typed and more. */
  personal: string[];
  /** What the walk types that must survive a failed request (`afterTyping` operations). */
  typed?: string[];
  /** The requests the main flow makes, in order. */
  operations: Operation[];
  knownGaps?: KnownGap[];
}

const sportelloConfig: ElementEntry = {
  tag: 'sportello-config',
  define: () => import('../../src/define/sportello-config.js'),
  cdn: '/dist/cdn/sportello-config.js',
  mount: (container, apiBase) => create(container, 'sportello-config', { 'api-base': apiBase }),
  // Nothing to do: it shows nothing and makes no request of its own.
  walk: async () => {},
  personal: [],
  operations: [],
};

const slotPicker: ElementEntry = {
  tag: 'sportello-slot-picker',
  define: () => import('../../src/define/sportello-slot-picker.js'),
  cdn: '/dist/cdn/sportello-slot-picker.js',
  mount: (container, apiBase) =>
    create(container, 'sportello-slot-picker', {
      'api-base': apiBase,
      office: 'tribunale-pistoia',
      'privacy-url': 'https://tribunale.example/privacy',
    }),
  async walk(element, h) {
    await h.activate(await h.waitForSelector('button.choice-card'));
    await h.checkpoint('day');
    await h.activate(await h.waitForSelector('button.day--free[tabindex="0"]'));
    await h.checkpoint('time');
    await h.activate(await h.waitForSelector('button.slot:not([disabled])'));
    const submit = await h.waitForSelector('form button[type="submit"]');
    await h.checkpoint('details');
    await h.activate(submit);
    await h.waitForSelector('.error-summary');
    await h.checkpoint('details-with-errors');
    const purpose = h.query<HTMLSelectElement>('#field-purposeId')!;
    await h.choose(purpose, 1);
    const purposeText = h.query<HTMLTextAreaElement>('#field-purposeText');
    if (purposeText) await h.type(purposeText, 'Deposito di un atto');
    await h.type(h.query<HTMLInputElement>('#field-givenName')!, PERSON.givenName);
    await h.type(h.query<HTMLInputElement>('#field-familyName')!, PERSON.familyName);
    await h.type(h.query<HTMLInputElement>('#field-fiscalCode')!, PERSON.fiscalCode);
    await h.type(h.query<HTMLInputElement>('#field-email')!, PERSON.email);
    await h.check(h.query<HTMLInputElement>('#field-consent')!);
    await h.activate(h.query('form button[type="submit"]')!);
    const confirm = await h.waitForSelector('dl.summary ~ .button-row > .button');
    await h.checkpoint('review');
    await h.activate(confirm);
    await h.waitForSelector('sportello-receipt');
    await h.checkpoint('done');
    void element;
  },
  personal: PERSONAL,
  typed: [PERSON.givenName, PERSON.familyName, PERSON.fiscalCode, PERSON.email],
  operations: [
    { name: 'listServices', method: 'GET', path: '/offices/:officeId/services', shape: 'array' },
    {
      name: 'getOffice',
      method: 'GET',
      path: '/offices/:officeId',
      shape: 'object',
      // Only the review's "office" row uses it; without it the row is left out.
      onFault: 'degrade',
    },
    {
      name: 'getAvailability',
      method: 'GET',
      path: '/services/:serviceId/availability',
      shape: 'object',
    },
    { name: 'listSlots', method: 'GET', path: '/services/:serviceId/slots', shape: 'object' },
    {
      name: 'createBooking',
      method: 'POST',
      path: '/bookings',
      shape: 'object',
      idempotent: true,
      afterTyping: true,
    },
  ],
};

/**
 * THE ELEMENT TABLE. Every element joins the hardening suite by adding its entry here: how to
 * mount it, how to walk its main flow (with checkpoints), what personal data it handles and
 * which requests it makes. Nothing else in the suite needs to change.
 *
 * To add one: copy `slotPicker` (or `receipt`, whose booking is made when it is mounted), point
 * `define` and `cdn` at its files, write the walk with the FlowHelpers only (never .focus() or
 * direct property writes: the same walk runs with the keyboard alone and inside the strict-CSP
 * frame), and list its operations in the order the walk triggers them.
 */
export const ELEMENTS: ElementEntry[] = [
  sportelloConfig,
  slotPicker,
  receipt, // receipt-entry.ts
  checkIn, // check-in-entry.ts
  certificateRequest, // certificate-request-entry.ts
];

export function isKnownGap(entry: ElementEntry, check: KnownGap['check'], where: string) {
  return entry.knownGaps?.find(
    (gap) =>
      gap.check === check &&
      (gap.where === where ||
        (gap.where.endsWith('/*') && where.startsWith(gap.where.slice(0, -1)))),
  );
}
