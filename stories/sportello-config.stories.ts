import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { configTemplate, defaultConfigArgs, type ConfigArgs } from './sportello-config.template.js';

const meta = {
  title: 'Elements/sportello-config',
  component: 'sportello-config',
  tags: ['autodocs'],
  args: defaultConfigArgs,
  argTypes: {
    credentials: { control: 'inline-radio', options: ['same-origin', 'include', 'omit'] },
    lang: { control: 'inline-radio', options: ['it', 'en', 'de'] },
  },
  render: (args) =>
    configTemplate(
      args,
      html`<p>
        Everything inside is shown as it is: the element adds nothing visible and gives its settings
        to the Sportello widgets among its children.
      </p>`,
    ),
} satisfies Meta<ConfigArgs>;

export default meta;
type Story = StoryObj<ConfigArgs>;

export const Default: Story = {};

export const CrossOriginBackend: Story = {
  args: {
    apiBase: 'https://tribunale.example/api/sportello',
    credentials: 'include',
    loginUrl: 'https://tribunale.example/login',
  },
};

export const German: Story = { args: { lang: 'de' } };
