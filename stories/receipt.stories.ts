import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { book, slotOf, type OwnBooking } from './support/bookings.js';
import { TODAY, TOMORROW } from './support/clock.js';
import { withinShadow } from './support/shadow.js';
import { ownServer, type OwnServerOptions, type StoryServer } from './support/story-server.js';
import { defaultReceiptArgs, receiptTemplate, type ReceiptArgs } from './receipt.template.js';

/**
 * The receipt of a booking that `makeBooking` makes in the story's own store; the element gets
 * its code and token as a "my booking" page would, from the confirmation email's link.
 */
function receiptOf<A extends object>(
  name: string,
  makeBooking: (server: StoryServer) => Promise<Pick<OwnBooking, 'code' | 'token'>>,
  options: Omit<OwnServerOptions<object, A>, 'setUp'> = {},
) {
  // Every place free: the slots named below are then always there to book.
  return ownServer(name, {
    prebooked: false,
    ...options,
    setUp: async (server) => {
      const { code, token } = await makeBooking(server);
      return { code, token };
    },
  });
}

/** Friday 13 March, 09:00: three days ahead, still open to changes. */
const upcoming = (server: StoryServer) => book(server.db, slotOf('2026-03-13', '09:00'));

const meta = {
  title: 'Elements/sportello-receipt',
  component: 'sportello-receipt',
  tags: ['autodocs'],
  args: defaultReceiptArgs,
  argTypes: {
    printSize: { control: 'inline-radio', options: ['a4', 'a6'] },
    lang: { control: 'inline-radio', options: ['', 'it', 'en', 'de'] },
  },
  render: (args, { loaded }) =>
    receiptTemplate({
      ...args,
      code: (loaded.code as string | undefined) ?? args.code,
      token: (loaded.token as string | undefined) ?? args.token,
    }),
} satisfies Meta<ReceiptArgs>;

export default meta;
type Story = StoryObj<ReceiptArgs>;

export const Default: Story = receiptOf('receipt-default', upcoming);

/** "Annulla la prenotazione" pressed: the dialog asks first, with "No, tienila" focused. */
export const CancelDialog: Story = {
  name: 'Cancel dialog open',
  ...receiptOf('receipt-cancel-dialog', upcoming),
  play: async ({ canvasElement }) => {
    const canvas = await withinShadow(canvasElement, 'sportello-receipt');
    const cancel = await canvas.findByRole(
      'button',
      { name: 'Annulla la prenotazione' },
      { timeout: 8000 },
    );
    await userEvent.click(cancel);
    await expect(await canvas.findByRole('dialog')).toBeVisible();
  },
};

export const Cancelled: Story = receiptOf('receipt-cancelled', async (server) => {
  const booking = await upcoming(server);
  server.db.cancelBooking(booking.code, booking.token);
  return booking;
});

/**
 * Tomorrow at 09:00, booked on Monday: cancelling and changing closed 24 hours before, this
 * morning at 09:00, so the receipt offers neither.
 */
export const CancellationClosed: Story = {
  name: 'Cancellation deadline passed',
  ...receiptOf('receipt-deadline-passed', (server) =>
    server.at('2026-03-09T09:00:00Z', () => book(server.db, slotOf(TOMORROW, '09:00'))),
  ),
};

/** Today at 10:00, booked yesterday; the desk let the holder in at 09:52. */
export const CheckedIn: Story = {
  name: 'Checked in',
  ...receiptOf('receipt-checked-in', async (server) => {
    const booking = await server.at('2026-03-09T09:00:00Z', () =>
      book(server.db, slotOf(TODAY, '10:00')),
    );
    await server.at('2026-03-10T08:52:00Z', () => server.db.recordCheckIn({ code: booking.code }));
    return booking;
  }),
};

/** Thursday 5 March, booked the Monday before: over, and nobody checked it in. */
export const Past: Story = receiptOf('receipt-past', (server) =>
  server.at('2026-03-02T09:00:00Z', () => book(server.db, slotOf('2026-03-05', '09:00'))),
);

export const NotFound: Story = receiptOf('receipt-not-found', async () => ({
  code: 'ZZZZ-9999',
  token: 'no-such-booking',
}));

export const WrongToken: Story = receiptOf('receipt-wrong-token', async (server) => ({
  ...(await upcoming(server)),
  token: 'not-the-token',
}));

/** A "my booking" page opened without the code and token of the email's link. */
export const MissingLink: Story = {};

/** The server never answers: loading, until the client gives up and says so. */
export const Loading: Story = receiptOf('receipt-loading', upcoming, { scenario: 'timeout' });

export const Offline: Story = receiptOf('receipt-offline', upcoming, { scenario: 'offline' });

/** The host site's session has ended: 401, and a link to log in again. */
export const LoginRequired: Story = {
  name: 'Login required',
  ...receiptOf('receipt-login-required', upcoming, {
    scenario: 'unauthorized',
    args: { loginUrl: 'https://tribunale.example/login' },
  }),
};

export const PrintA6: Story = receiptOf('receipt-a6', upcoming, {
  args: { printSize: 'a6' as const },
});

export const English: Story = receiptOf('receipt-english', upcoming, { args: { lang: 'en' } });

export const German: Story = receiptOf('receipt-german', upcoming, { args: { lang: 'de' } });
