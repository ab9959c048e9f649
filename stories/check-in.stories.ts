import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { passToText } from '../src/internal/pass.js';
import { book, slotOf, type OwnBooking } from './support/bookings.js';
import { TODAY } from './support/clock.js';
import { shadowOf, waitForSelector, withinShadow } from './support/shadow.js';
import { ownServer, serverOf, type StoryServer } from './support/story-server.js';
import { checkInTemplate, defaultCheckInArgs, type CheckInArgs } from './check-in.template.js';

const OFFICE = defaultCheckInArgs.office;
const TAG = 'sportello-check-in';
type Entry = (booking: OwnBooking) => string;

/** The slots named below are then always there to book. */
const EVERY_PLACE_FREE = { prebooked: false };

const qr: Entry = (booking) => passToText(booking.checkIn);
const typedCode: Entry = (booking) => booking.code;

/** Booked yesterday for today at `time`: it is now 10:05 at the entrance. */
const today = (time: string) => (server: StoryServer) =>
  server.at('2026-03-09T09:00:00Z', () => book(server.db, slotOf(TODAY, time)));

/** Booked on Sunday for today at 10:00, and cancelled then: on the day it is too late to cancel. */
const cancelledForToday = (server: StoryServer) =>
  server.at('2026-03-08T09:00:00Z', async () => {
    const booking = await book(server.db, slotOf(TODAY, '10:00'));
    server.db.cancelBooking(booking.code, booking.token);
    return booking;
  });

/** What the staff enter at the desk: a receipt's QR (as a scanner types it) or a code, then Enter. */
async function enter(canvasElement: HTMLElement, text: string): Promise<void> {
  const canvas = await withinShadow(canvasElement, TAG);
  await userEvent.type(canvas.getByLabelText('Codice prenotazione o codice QR'), `${text}{Enter}`);
}

/** Waits for the desk's `part` (verdict, queue, sent) to say `text`. */
async function expectPart(canvasElement: HTMLElement, part: string, text: string | RegExp) {
  const found = await waitForSelector(shadowOf(canvasElement, TAG), `[part="${part}"]`);
  await waitFor(() => expect(found).toHaveTextContent(text), { timeout: 8000 });
}

const expectVerdict = (canvasElement: HTMLElement, title: string) =>
  expectPart(canvasElement, 'verdict', title);

/**
 * The desk's answer to `entry` of the booking that `makeBooking` makes in the story's own store;
 * `title` is the verdict the reference server gives.
 */
function answered(
  name: string,
  makeBooking: (server: StoryServer) => Promise<OwnBooking>,
  entry: Entry,
  title: string,
): Story {
  return {
    ...ownServer(name, {
      ...EVERY_PLACE_FREE,
      setUp: async (server) => ({ entry: entry(await makeBooking(server)) }),
    }),
    play: async ({ canvasElement, loaded }) => {
      await enter(canvasElement, loaded.entry as string);
      await expectVerdict(canvasElement, title);
    },
  };
}

const meta = {
  title: 'Elements/sportello-check-in',
  component: 'sportello-check-in',
  tags: ['autodocs'],
  args: defaultCheckInArgs,
  argTypes: { lang: { control: 'inline-radio', options: ['', 'it', 'en', 'de'] } },
  loaders: [
    () => {
      // The entrance staff's session, which the host page gives them.
      document.cookie = 'sportello_session=storybook-desk; path=/';
      // Each story starts with the desk as it is on a new device: no kept key, nothing queued.
      localStorage.removeItem(`sportello-check-in-key:${OFFICE}`);
      localStorage.removeItem(`sportello-check-in-queue:${OFFICE}`);
    },
  ],
  render: (args) => checkInTemplate(args),
} satisfies Meta<CheckInArgs>;

export default meta;
type Story = StoryObj<CheckInArgs>;

export const Default: Story = {};

export const Valid = answered('desk-valid', today('10:00'), qr, 'Valida: può entrare');

export const TooEarly = answered('desk-too-early', today('11:00'), qr, 'Troppo presto');

export const TooLate = answered('desk-too-late', today('09:00'), qr, 'Troppo tardi');

/** A receipt for Thursday, shown on Tuesday. */
export const OtherDay = answered(
  'desk-other-day',
  (server) => book(server.db, slotOf('2026-03-12', '09:00')),
  qr,
  'Un altro giorno',
);

/** The same receipt shown a second time: the holder came in at 09:52. */
export const AlreadyCheckedIn = answered(
  'desk-already-in',
  async (server) => {
    const booking = await today('10:00')(server);
    await server.at('2026-03-10T08:52:00Z', () => server.db.recordCheckIn({ code: booking.code }));
    return booking;
  },
  qr,
  'Già entrato',
);

export const Cancelled = answered('desk-cancelled', cancelledForToday, typedCode, 'Annullata');

/** A typed code that no booking has. */
export const NotFound: Story = {
  name: 'Unknown code',
  ...ownServer('desk-not-found'),
  play: async ({ canvasElement }) => {
    await enter(canvasElement, 'ZZZZ-9999');
    await expectVerdict(canvasElement, 'Non trovata');
  },
};

/** A QR whose signature was tampered with: the desk's own check with the office key says so. */
export const Forged = answered(
  'desk-forged',
  today('10:00'),
  (booking) => {
    const [payload, signature, keyId] = qr(booking).split('.');
    return `${payload}.${signature!.slice(0, -2)}AA.${keyId}`;
  },
  'Non autentica',
);

/** No network, a typed code: "Da verificare", let in by staff and queued until the network returns. */
export const Unverified: Story = {
  name: 'Offline, typed code (da verificare)',
  ...ownServer('desk-unverified', {
    ...EVERY_PLACE_FREE,
    setUp: async (server) => ({ entry: typedCode(await today('10:00')(server)) }),
  }),
  play: async (context) => {
    serverOf(context).scenarios.set('offline');
    await enter(context.canvasElement, context.loaded.entry as string);
    await expectVerdict(context.canvasElement, 'Da verificare');
    await expectPart(context.canvasElement, 'queue', '1 ingresso in attesa di invio');
  },
};

/** No network, a QR: verified with the office key kept from before, and queued. */
export const OfflineValid: Story = {
  name: 'Offline, valid QR',
  ...ownServer('desk-offline-valid', {
    ...EVERY_PLACE_FREE,
    setUp: async (server) => ({ entry: qr(await today('10:00')(server)) }),
  }),
  play: async (context) => {
    const server = serverOf(context);
    const { keyId } = await server.db.getCheckInKey(OFFICE);
    await waitFor(() =>
      expect(localStorage.getItem(`sportello-check-in-key:${OFFICE}`)).toContain(keyId),
    );
    server.scenarios.set('offline');
    await enter(context.canvasElement, context.loaded.entry as string);
    await expectVerdict(context.canvasElement, 'Valida: può entrare');
  },
};

/**
 * Back online: what was let in offline is sent, and the desk lists what the server says of
 * each. Here a typed code of a booking cancelled meanwhile: staff should call the person back.
 */
export const BackOnline: Story = {
  name: 'Back online, sent',
  ...ownServer('desk-back-online', {
    ...EVERY_PLACE_FREE,
    setUp: async (server) => ({ entry: typedCode(await cancelledForToday(server)) }),
  }),
  play: async (context) => {
    const server = serverOf(context);
    server.scenarios.set('offline');
    await enter(context.canvasElement, context.loaded.entry as string);
    await expectVerdict(context.canvasElement, 'Da verificare');
    server.scenarios.set(null);
    const canvas = await withinShadow(context.canvasElement, TAG);
    await userEvent.click(canvas.getByRole('button', { name: 'Invia ora' }));
    await expectPart(context.canvasElement, 'sent', /Annullata\s+Richiama la persona/);
  },
};

/** The staff's session on the host site has ended: 401, and a link to log in again. */
export const LoginRequired: Story = {
  name: 'Login required',
  ...ownServer('desk-login-required', {
    scenario: 'unauthorized',
    args: { loginUrl: 'https://tribunale.example/login' },
  }),
  play: async ({ canvasElement }) => {
    await enter(canvasElement, 'ABCD-1234');
    const canvas = await withinShadow(canvasElement, TAG);
    await expect(
      await canvas.findByRole('link', { name: 'Accedi' }, { timeout: 8000 }),
    ).toBeVisible();
  },
};

export const English: Story = { args: { lang: 'en' } };

export const German: Story = { args: { lang: 'de' } };
