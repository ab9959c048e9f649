import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http, HttpResponse } from 'msw';
import { createDemoBooking } from '../mocks/demo-booking.js';
import type { Booking } from '../src/api/types.js';
import { defaultReceiptArgs, receiptTemplate, type ReceiptArgs } from './receipt.template.js';

/**
 * The receipt of a real booking of the reference server, made when the story opens; `prepare`
 * may change it first (cancel it) or the story's handlers may change what the server says.
 */
function withBooking(prepare?: (booking: Booking & { token: string }) => Promise<unknown>) {
  return (args: ReceiptArgs) => {
    const host = document.createElement('div');
    void createDemoBooking(args.apiBase).then(async (booking) => {
      await prepare?.(booking);
      const el = document.createElement('sportello-receipt');
      el.setAttribute('api-base', args.apiBase);
      el.setAttribute('print-size', args.printSize);
      if (args.lang) el.setAttribute('lang', args.lang);
      el.code = booking.code;
      el.token = booking.token;
      host.append(el);
    });
    return host;
  };
}

/** What the server answers about this booking, with another status. */
const withStatus = (status: Booking['status'], extra: Partial<Booking> = {}) => [
  http.get('/api/bookings/:code', async () => {
    const booking = await createDemoBooking('/api');
    return HttpResponse.json({ ...booking, token: undefined, status, ...extra });
  }),
];

const meta = {
  title: 'Elements/sportello-receipt',
  component: 'sportello-receipt',
  tags: ['autodocs'],
  args: defaultReceiptArgs,
  argTypes: {
    printSize: { control: 'inline-radio', options: ['a4', 'a6'] },
    lang: { control: 'inline-radio', options: ['', 'it', 'en', 'de'] },
  },
  render: withBooking(),
} satisfies Meta<ReceiptArgs>;

export default meta;
type Story = StoryObj<ReceiptArgs>;

export const Default: Story = {};

export const Cancelled: Story = {
  render: withBooking((b) =>
    fetch(`/api/bookings/${b.code}`, { method: 'DELETE', headers: { 'Booking-Token': b.token } }),
  ),
};

export const CheckedIn: Story = {
  parameters: {
    msw: {
      handlers: { state: withStatus('checked-in', { checkedInAt: new Date().toISOString() }) },
    },
  },
};

export const Past: Story = { parameters: { msw: { handlers: { state: withStatus('past') } } } };

export const NotFound: Story = {
  args: { code: 'ZZZZ-9999', token: 'demo' },
  render: (args) => receiptTemplate(args),
};

export const WrongToken: Story = {
  render: withBooking(async (b) => void (b.token = 'not-the-token')),
};

export const MissingLink: Story = { render: (args) => receiptTemplate(args) };

export const Loading: Story = {
  parameters: {
    msw: { handlers: { state: [http.get('/api/bookings/:code', () => delay('infinite'))] } },
  },
};

export const Offline: Story = {
  parameters: {
    msw: { handlers: { state: [http.get('/api/bookings/:code', () => HttpResponse.error())] } },
  },
};

export const PrintA6: Story = { args: { printSize: 'a6' } };

export const English: Story = { args: { lang: 'en' } };

export const German: Story = { args: { lang: 'de' } };
