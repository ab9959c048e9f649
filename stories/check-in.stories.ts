import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse } from 'msw';
import { createDemoBooking } from '../mocks/demo-booking.js';
import type { SportelloCheckIn } from '../src/elements/check-in/check-in.js';
import type { CheckInVerdict } from '../src/api/types.js';
import { passToText } from '../src/internal/pass.js';
import { checkInTemplate, defaultCheckInArgs, type CheckInArgs } from './check-in.template.js';

/** The desk after one entry: a real booking's QR (or `entry`) checked against `verdict`. */
function answered(verdict?: CheckInVerdict, entry?: (qr: string) => string): Story {
  return {
    parameters: {
      msw: {
        handlers: {
          state: verdict
            ? [
                http.post('/api/check-ins', async () => {
                  const booking = await createDemoBooking('/api');
                  return HttpResponse.json({
                    verdict,
                    booking: { ...booking, token: undefined },
                    ...(verdict === 'already-checked-in'
                      ? { checkedInAt: new Date().toISOString() }
                      : {}),
                  });
                }),
              ]
            : [],
        },
      },
    },
    play: async ({ canvasElement }) => {
      const desk = canvasElement.querySelector<SportelloCheckIn>('sportello-check-in')!;
      await desk.updateComplete;
      const booking = await createDemoBooking('/api');
      const qr = passToText(booking.checkIn);
      await desk.check(entry ? entry(qr) : qr);
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
    // The entrance staff's session, which the host page gives them.
    () => void (document.cookie = 'sportello_session=storybook-desk; path=/'),
  ],
  render: (args) => checkInTemplate(args),
} satisfies Meta<CheckInArgs>;

export default meta;
type Story = StoryObj<CheckInArgs>;

export const Default: Story = {};
export const Valid = answered('valid');
export const TooEarly = answered('too-early');
export const TooLate = answered('too-late');
export const OtherDay = answered('other-day');
export const Cancelled = answered('cancelled');
export const AlreadyCheckedIn = answered('already-checked-in');
export const NotFound: Story = {
  ...answered(),
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector<SportelloCheckIn>('sportello-check-in')!.check('ZZZZ-9999');
  },
};
export const Forged = answered(undefined, (qr) => {
  const [payload, signature, keyId] = qr.split('.');
  return `${payload}.${signature!.slice(0, -2)}AA.${keyId}`;
});
export const OfflineQueued: Story = {
  ...answered(),
  parameters: {
    msw: { handlers: { state: [http.post('/api/check-ins', () => HttpResponse.error())] } },
  },
};
export const English: Story = { args: { lang: 'en' } };
export const German: Story = { args: { lang: 'de' } };
