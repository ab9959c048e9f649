import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { createDb } from '../mocks/index.js';
import { fiscalCodeOf } from '../mocks/internal/fiscal-code.js';
import {
  defaultSlotPickerArgs,
  slotPickerTemplate,
  type SlotPickerArgs,
} from './slot-picker.template.js';

const SERVICE = 'tribunale-pistoia-contenzioso-civile';
/** A store of the stories' own, for answers that are the reference answer slightly changed. */
const db = createDb();

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

function problem(status: number, code: string, title: string) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, code },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Polls the picker's shadow root: the stories' play functions wait for what the server sends. */
async function find<T extends Element>(root: Element, selector: string, timeout = 8000) {
  const picker = root.querySelector('sportello-slot-picker')!;
  for (const start = Date.now(); Date.now() - start < timeout;) {
    const found = picker.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${selector} did not appear`);
}

function type(field: HTMLInputElement | HTMLSelectElement, value: string) {
  field.value = value;
  const event = field instanceof HTMLSelectElement ? 'change' : 'input';
  field.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
}

/** Books the first free time of the first free day as Mario Rossi, up to the confirmation. */
async function bookFirstFreeSlot(canvasElement: HTMLElement) {
  (await find<HTMLButtonElement>(canvasElement, 'button[data-date][tabindex="0"]')).click();
  (await find<HTMLButtonElement>(canvasElement, 'button.slot:not([disabled])')).click();
  type(await find<HTMLSelectElement>(canvasElement, '#field-purposeId'), 'deposito-atti');
  const person = {
    givenName: 'Mario',
    familyName: 'Rossi',
    fiscalCode: fiscalCodeOf({
      givenName: 'Mario',
      familyName: 'Rossi',
      sex: 'M',
      birthDate: '1980-01-01',
      birthPlaceCode: 'G713',
    }),
    email: 'mario.rossi@example.it',
  };
  for (const [name, value] of Object.entries(person)) {
    type(await find<HTMLInputElement>(canvasElement, `#field-${name}`), value);
  }
  (await find<HTMLInputElement>(canvasElement, '#field-consent')).click();
  (await find<HTMLButtonElement>(canvasElement, 'form button[type=submit]')).click();
  await find(canvasElement, '.summary');
  const buttons = canvasElement.querySelector('sportello-slot-picker')!.shadowRoot!;
  [...buttons.querySelectorAll<HTMLButtonElement>('.button-row button')]
    .find((button) => button.className === 'button')
    ?.click();
}

/** The office is fixed by the page: the visitor starts from the counter. */
export const Default: Story = {};

export const ChooseOffice: Story = { name: 'Choose office', args: { office: '' } };

export const Loading: Story = {
  parameters: {
    msw: {
      handlers: { state: [http.get('/api/offices/:officeId/services', () => delay('infinite'))] },
    },
  },
};

export const NoFreeDays: Story = {
  name: 'No free days',
  args: { service: SERVICE },
  parameters: {
    msw: {
      handlers: {
        state: [
          http.get('/api/services/:serviceId/availability', ({ params, request }) => {
            const query = new URL(request.url).searchParams;
            const availability = db.getAvailability(
              String(params.serviceId),
              query.get('from'),
              query.get('to'),
            );
            const days = availability.days.map((day) =>
              day.status === 'open' ? { ...day, status: 'full' as const, free: 0 } : day,
            );
            return HttpResponse.json({ ...availability, days });
          }),
        ],
      },
    },
  },
};

/** Every time of the day is taken: still shown, none can be chosen. */
export const FullDay: Story = {
  name: 'Full day',
  args: { service: SERVICE },
  parameters: {
    msw: {
      handlers: {
        state: [
          http.get('/api/services/:serviceId/slots', ({ params, request }) => {
            const date = new URL(request.url).searchParams.get('date');
            const day = db.listSlots(String(params.serviceId), date);
            return HttpResponse.json({ ...day, slots: day.slots.map((s) => ({ ...s, free: 0 })) });
          }),
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    (await find<HTMLButtonElement>(canvasElement, 'button[data-date][tabindex="0"]')).click();
  },
};

export const Conflict: Story = {
  args: { service: SERVICE },
  parameters: {
    msw: {
      handlers: {
        state: [http.post('/api/bookings', () => problem(409, 'slot-full', 'Slot full'))],
      },
    },
  },
  play: async ({ canvasElement }) => bookFirstFreeSlot(canvasElement),
};

export const Quota: Story = {
  args: { service: SERVICE },
  parameters: {
    msw: {
      handlers: {
        state: [http.post('/api/bookings', () => problem(429, 'quota-exceeded', 'Quota'))],
      },
    },
  },
  play: async ({ canvasElement }) => bookFirstFreeSlot(canvasElement),
};

export const Offline: Story = {
  args: { service: SERVICE },
  parameters: {
    msw: { handlers: { state: [http.post('/api/bookings', () => HttpResponse.error())] } },
  },
  play: async ({ canvasElement }) => bookFirstFreeSlot(canvasElement),
};

export const ServerError: Story = {
  name: 'Server error',
  parameters: {
    msw: {
      handlers: {
        state: [http.get('/api/offices/:officeId/services', () => problem(500, 'server', 'Error'))],
      },
    },
  },
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
