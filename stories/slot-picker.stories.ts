import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { book, firstFreeSlot, SERVICE } from './support/bookings.js';
import { shadowOf, waitForSelector, withinShadow } from './support/shadow.js';
import {
  ownServer,
  serverOf,
  type OwnServerOptions,
  type StoryServer,
} from './support/story-server.js';
import {
  chooseFirstFreeTime,
  expectMessage,
  pressConfirm,
  pressContinue,
  reachReview,
} from './slot-picker.play.js';
import {
  defaultSlotPickerArgs,
  slotPickerTemplate,
  type SlotPickerArgs,
} from './slot-picker.template.js';

const meta = {
  title: 'Elements/sportello-slot-picker',
  component: 'sportello-slot-picker',
  tags: ['autodocs'],
  args: defaultSlotPickerArgs,
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'it', 'en', 'de'] },
    credentials: { control: 'inline-radio', options: ['same-origin', 'include', 'omit'] },
  },
  render: (args) => slotPickerTemplate(args),
} satisfies Meta<SlotPickerArgs>;

export default meta;
type Story = StoryObj<SlotPickerArgs>;

const LOGIN_URL = 'https://tribunale.example/login';
const TAG = 'sportello-slot-picker';

/** A story of the counter SERVICE on its own reference server `name`. */
const counterOn = <T extends object>(name: string, options: OwnServerOptions<T, object> = {}) =>
  ownServer(name, { ...options, args: { service: SERVICE, ...options.args } });

/** Every place of `date` taken, by people booking elsewhere meanwhile. */
async function takeEveryPlace(server: StoryServer, date: string) {
  let n = 1;
  for (const slot of server.db.listSlots(SERVICE, date).slots) {
    for (let place = 0; place < slot.free; place += 1) await book(server.db, slot.id, n++);
  }
}

/** The office is fixed by the page: the visitor starts from the counter. */
export const Default: Story = {};

export const ChooseOffice: Story = { name: 'Choose office', args: { office: '' } };

/** The server never answers: loading, until the client gives up and says so. */
export const Loading: Story = ownServer('picker-loading', { scenario: 'timeout' });

/** Every answer takes 2–3 seconds: loading, then the counters. */
export const Slow: Story = ownServer('picker-slow', { scenario: 'slow' });

/** The backend cannot be reached: after the client's retries, an error with "Riprova". */
export const Unreachable: Story = ownServer('picker-unreachable', { scenario: 'offline' });

export const ServerError: Story = {
  name: 'Server error',
  ...ownServer('picker-server-error', { scenario: 'server-error' }),
};

/** No place left in the whole booking window (this store's counter has no capacity at all). */
export const NoFreeDays: Story = {
  name: 'No free days',
  ...counterOn('picker-no-free-days', {
    setUp: (server) => void (server.db.state.services.get(SERVICE)!.capacity = 0),
  }),
};

/** The day had places when the calendar loaded; others took them all before the visitor chose. */
export const FullDay: Story = {
  name: 'Full day',
  ...counterOn('picker-full-day'),
  play: async (context) => {
    const root = shadowOf(context.canvasElement, TAG);
    const day = await waitForSelector<HTMLButtonElement>(root, 'button[data-date][tabindex="0"]');
    await takeEveryPlace(serverOf(context), day.dataset.date!);
    await userEvent.click(day);
    await expectMessage(context.canvasElement, /non ci sono più orari liberi/);
  },
};

/** "Continua" pressed with every field empty: the error summary, each field with its error. */
export const FormErrors: Story = {
  name: 'Form with errors',
  ...counterOn('picker-form-errors'),
  play: async ({ canvasElement }) => {
    await chooseFirstFreeTime(canvasElement);
    await pressContinue(canvasElement);
    const canvas = await withinShadow(canvasElement, TAG);
    await expect(await canvas.findByRole('heading', { name: 'C’è un problema' })).toBeVisible();
    await expect(canvas.getByLabelText('Nome')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const Review: Story = {
  ...counterOn('picker-review'),
  play: async ({ canvasElement }) => reachReview(canvasElement),
};

/** Booked: the confirmation, with the receipt of the new booking inside. */
export const Confirmed: Story = {
  ...counterOn('picker-confirmed'),
  play: async ({ canvasElement }) => {
    await reachReview(canvasElement);
    await pressConfirm(canvasElement);
    const canvas = await withinShadow(canvasElement, TAG);
    await canvas.findByRole('heading', { name: 'Prenotazione confermata' }, { timeout: 8000 });
    const receipt = shadowOf(shadowOf(canvasElement, TAG), 'sportello-receipt');
    const code = await waitForSelector(receipt, '[part="code"]');
    await expect(code).toHaveTextContent(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  },
};

/** Someone took the last place of the time while the visitor was confirming. */
export const Conflict: Story = {
  ...counterOn('picker-conflict', { scenario: 'conflict' }),
  play: async ({ canvasElement }) => {
    await reachReview(canvasElement);
    await pressConfirm(canvasElement);
    await expectMessage(canvasElement, /l'ultimo posto di questo orario è stato preso/);
  },
};

/** Mario Rossi already holds a booking at this counter: one active booking per person. */
export const Quota: Story = {
  ...counterOn('picker-quota', {
    setUp: async (server) => void (await book(server.db, firstFreeSlot(server.db, '2026-03-20'))),
  }),
  play: async ({ canvasElement }) => {
    await reachReview(canvasElement);
    await pressConfirm(canvasElement);
    await expectMessage(canvasElement, /una sola prenotazione attiva/);
  },
};

/** The backend stops answering just before "Conferma": nothing typed is lost, "Riprova" sends it. */
export const UnreachableOnConfirm: Story = {
  name: 'Unreachable on confirm',
  ...counterOn('picker-unreachable-on-confirm'),
  play: async (context) => {
    await reachReview(context.canvasElement);
    serverOf(context).scenarios.set('offline');
    await pressConfirm(context.canvasElement);
    await expectMessage(context.canvasElement, /Il servizio del tribunale non risponde/);
  },
};

/** The host site's session ended while the visitor filled the form: 401, and a link to log in. */
export const LoginRequired: Story = {
  name: 'Login required',
  ...counterOn('picker-login-required', { args: { loginUrl: LOGIN_URL } }),
  play: async (context) => {
    await reachReview(context.canvasElement);
    serverOf(context).scenarios.set('unauthorized');
    await pressConfirm(context.canvasElement);
    const canvas = await withinShadow(context.canvasElement, TAG);
    await expect(
      await canvas.findByRole('link', { name: 'Accedi' }, { timeout: 8000 }),
    ).toHaveAttribute('href', LOGIN_URL);
  },
};

/** A backend that asks for a login before anything: 401 on the first read. */
export const LoginRequiredFromStart: Story = {
  name: 'Login required from the start',
  ...ownServer('picker-login-first', { scenario: 'unauthorized', args: { loginUrl: LOGIN_URL } }),
};

export const English: Story = { args: { lang: 'en' } };

export const German: Story = { args: { lang: 'de' } };

/** The host's colours, font and corners through the --sportello-* custom properties. */
export const Themed: Story = {
  render: (args) =>
    html`<div class="themed-sportello">
      <style>
        .themed-sportello {
          --sportello-color-primary: #7a1f5c;
          --sportello-color-primary-dark: #5a1644;
          --sportello-slot-picker-accent: #7a1f5c;
          --sportello-font-family: Georgia, serif;
          --sportello-radius: 12px;
        }
      </style>
      ${slotPickerTemplate(args)}
    </div>`,
};

/** A phone held upright: the widget reflows at 320 CSS pixels. */
export const Narrow: Story = {
  args: { service: SERVICE },
  render: (args) =>
    html`<div class="narrow-sportello">
      <style>
        .narrow-sportello {
          width: 320px;
          border: 1px dashed #999;
        }
      </style>
      ${slotPickerTemplate(args)}
    </div>`,
};
