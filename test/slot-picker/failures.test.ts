import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { SlowTasks } from '../../src/internal/slow-tasks.js';
import type { SlotPickerArgs } from '../../stories/slot-picker.template.js';
import {
  $,
  API,
  buttonByText,
  OFFICE,
  openPicker,
  SERVICE,
  setUp,
  tearDown,
  textOf,
  until,
  waitFor,
  worker,
  type Picker,
} from './helpers.js';

const AVAILABILITY = `${API}/services/:serviceId/availability`;

/** The picker with the page's own help inside the tag, as a court site writes it. */
function openWithHelp(args: Partial<SlotPickerArgs> = {}): Promise<Picker> {
  return openPicker({ office: OFFICE, service: SERVICE, ...args });
}

/** Counts the availability reads; `answer` decides each (undefined: the reference server). */
function answerAvailability(answer: (attempt: number) => unknown) {
  let attempts = 0;
  worker.use(
    http.get(AVAILABILITY, () => answer(++attempts) as Promise<Response> | Response | undefined),
  );
  return () => attempts;
}

/** Whether the page's own help is shown: assigned to a slot that is rendered. */
function helpShown(el: Picker): boolean {
  const help = el.querySelector('p')!;
  const slot = help.assignedSlot;
  return !!slot && help.getBoundingClientRect().height > 0;
}

describe('<sportello-slot-picker> when the backend fails', () => {
  beforeEach(() => setUp());
  afterEach(() => {
    SlowTasks.afterMs = 6000;
    tearDown();
  });

  it('a service that does not answer is not blamed on the visitor, and shows the page’s help', async () => {
    answerAvailability(() => HttpResponse.error());
    const el = await openWithHelp();
    const alert = await waitFor(el, '[role=alert]');
    expect(textOf(alert)).to.contain('Il servizio del tribunale non risponde');
    expect(textOf(alert)).not.to.contain('offline');
    expect(textOf(alert)).not.to.contain('connesso');
    await until(() => helpShown(el), 'the page’s help is not shown');
    expect(textOf($(el, '.help'))).to.contain('Se hai bisogno di aiuto');
  });

  it('a failed read of a fixed counter shows its error and a retry, not an empty step', async () => {
    let down = true;
    worker.use(
      http.get(`${API}/services/:serviceId`, () => (down ? HttpResponse.error() : undefined)),
    );
    const el = await openWithHelp();
    const alert = await waitFor(el, '[role=alert]');
    expect(textOf(alert)).to.contain('Il servizio del tribunale non risponde');
    await until(() => helpShown(el), 'the page’s help is not shown');
    down = false;
    buttonByText(el, 'Riprova', '[role=alert] button')!.click();
    await waitFor(el, 'table[role=grid]');
  });

  it('a read answered 401 links to the login page', async () => {
    answerAvailability(() =>
      HttpResponse.json(
        { type: 'about:blank', title: 'Login', status: 401, code: 'unauthorized' },
        { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    const el = await openWithHelp({ loginUrl: '/accesso' });
    const alert = await waitFor(el, '[role=alert]');
    const login = alert.querySelector('a')!;
    expect(textOf(login)).to.equal('Accedi');
    expect(login.getAttribute('href')).to.equal('/accesso');
  });

  it('a browser without network is told to check its connection', async () => {
    sinon.stub(navigator, 'onLine').get(() => false);
    answerAvailability(() => HttpResponse.error());
    const el = await openWithHelp();
    const alert = await waitFor(el, '[role=alert]');
    expect(textOf(alert)).to.contain('Il tuo dispositivo non è connesso a internet');
  });

  it('shows no help box when the tag had no content of its own', async () => {
    answerAvailability(() => HttpResponse.error());
    const el = document.createElement('sportello-slot-picker') as Picker;
    Object.assign(el, { apiBase: API, office: OFFICE, service: SERVICE });
    el.lang = 'it';
    document.body.append(el);
    try {
      await waitFor(el, '[role=alert]');
      expect($(el, '.help')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('a slow service: says it is taking long, and the visitor can retry', async () => {
    SlowTasks.afterMs = 200;
    const attempts = answerAvailability((n) => (n === 1 ? delay('infinite') : undefined));
    const el = await openWithHelp();
    const notice = await waitFor(el, '#slow');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(textOf(notice)).to.contain('Ci vuole più del solito');
    buttonByText(el, 'Riprova', '#slow button')!.click();
    await waitFor(el, 'table[role=grid]');
    expect(attempts()).to.equal(2);
    expect($(el, '#slow')).to.equal(null);
  });

  it('a slow service: the visitor can give up, and gets a retry and the page’s help', async () => {
    SlowTasks.afterMs = 200;
    const attempts = answerAvailability((n) => (n === 1 ? delay('infinite') : undefined));
    const el = await openWithHelp();
    await waitFor(el, '#slow');
    buttonByText(el, 'Lascia perdere', '#slow button')!.click();
    const alert = await waitFor(el, '[role=alert]');
    expect(textOf(alert)).to.contain('Hai interrotto l’attesa');
    expect($(el, '#slow')).to.equal(null);
    await until(() => helpShown(el), 'the page’s help is not shown');
    buttonByText(el, 'Riprova', '[role=alert] button')!.click();
    await waitFor(el, 'table[role=grid]');
    expect(attempts()).to.equal(2);
  });

  it('a slow service: "Aspetta ancora" hides the notice and the answer still arrives', async () => {
    SlowTasks.afterMs = 200;
    let release!: () => void;
    const answered = new Promise<void>((resolve) => (release = resolve));
    answerAvailability(async (n) => {
      if (n === 1) await answered;
      return undefined;
    });
    const el = await openWithHelp();
    await waitFor(el, '#slow');
    buttonByText(el, 'Aspetta ancora', '#slow button')!.click();
    await until(() => !$(el, '#slow'), 'the notice stays');
    release();
    await waitFor(el, 'table[role=grid]');
    expect($(el, '#slow')).to.equal(null);
  });
});
