// The first screens the benchmark loads: each page, and the moment its first useful screen is
// interactive (checked in the page, through open shadow roots).

export interface Scenario {
  name: string;
  /** The body of the page; `API` stands for the reference server's URL. */
  body: string;
  /** A function source run in the page: true once the first useful screen is interactive. */
  ready: string;
  /**
   * Gzip kB of the first screen: `budget` is the goal (DESIGN.md, issue budgets), `ceiling` what
   * `npm run bench:bytes` fails above — the budget where it is met, else the figure landed, so
   * that a first screen over its budget does not grow while it is brought down.
   */
  bytes?: { budget: number; ceiling: number };
}

/** Another project's date picker showing a month, to compare with the picker's day grid. */
export interface Reference extends Scenario {
  /** Focuses a day of the month; the page then answers the focused day with `focusedDay`. */
  focusDay: string;
  /** A function source: the date (or label) of the focused day, to see that a key moved it. */
  focusedDay: string;
}

const script = (file: string) => `<script type="module" src="/dist/cdn/${file}"></script>`;

/** Finds `selector` inside the shadow root of the first `host` (nested hosts with ' >> '). */
const inShadow = `(path) => path.split(' >> ').reduce((node, selector) => node?.shadowRoot?.querySelector(selector) ?? (node === document ? document.querySelector(selector) : null), document)`;

const pickerGrid = `((find) => !!find('sportello-slot-picker >> button[data-date][aria-disabled="false"]'))(${inShadow})`;
const officeList = `((find) => !!find('sportello-slot-picker >> .choice-card'))(${inShadow})`;
const receiptQr = `((find) => !!find('sportello-receipt >> .ticket__qr svg'))(${inShadow})`;
const deskInput = `((find) => !!find('sportello-check-in >> input') && !!customElements.get('sportello-check-in'))(${inShadow})`;

export function scenarios(
  booking: { code: string; token: string },
  base: { path: string; name: string },
): Scenario[] {
  const receipt = `<sportello-receipt code="${booking.code}" token="${booking.token}"></sportello-receipt>`;
  return [
    {
      name: 'slot picker, office and service set (month grid)',
      bytes: { budget: 20, ceiling: 28 },
      body: `${script('sportello-config.js')}${script('sportello-slot-picker.js')}
        <sportello-config api-base="API"><sportello-slot-picker office="tribunale-pistoia"
        service="tribunale-pistoia-contenzioso-civile"></sportello-slot-picker></sportello-config>`,
      ready: pickerGrid,
    },
    {
      name: 'slot picker without attributes (office list)',
      bytes: { budget: 21, ceiling: 29.6 },
      body: `${script('sportello-config.js')}${script('sportello-slot-picker.js')}
        <sportello-config api-base="API"><sportello-slot-picker></sportello-slot-picker></sportello-config>`,
      ready: officeList,
    },
    {
      name: 'receipt showing a booking, QR included',
      bytes: { budget: 20, ceiling: 31.4 },
      body: `${script('sportello-config.js')}${script('sportello-receipt.js')}
        <sportello-config api-base="API">${receipt}</sportello-config>`,
      ready: receiptQr,
    },
    {
      name: 'check-in desk ready to type',
      bytes: { budget: 18, ceiling: 23.9 },
      body: `${script('sportello-config.js')}${script('sportello-check-in.js')}
        <sportello-config api-base="API"><sportello-check-in office="tribunale-pistoia"></sportello-check-in></sportello-config>`,
      ready: deskInput,
    },
    {
      name: 'certificate request, office set (certificates and fees)',
      body: `${script('sportello-config.js')}${script('sportello-certificate-request.js')}
        <sportello-config api-base="API"><sportello-certificate-request office="procura-lucca"></sportello-certificate-request></sportello-config>`,
      ready: `((find) => !!find('sportello-certificate-request >> input[name=certificates]'))(${inShadow})`,
      bytes: { budget: 20, ceiling: 26.4 },
    },
    {
      name: 'sportello-config.js alone',
      bytes: { budget: 11, ceiling: 11 },
      body: `${script('sportello-config.js')}<sportello-config api-base="API"></sportello-config>`,
      ready: `!!customElements.get('sportello-config')`,
    },
    {
      name: 'an element that renders nothing but extends the base',
      bytes: { budget: 11, ceiling: 16.1 },
      body: `<script type="module">
        import { ${base.name} as SportelloElement } from '${base.path}';
        customElements.define('bench-empty', class extends SportelloElement { render() { return null; } });
        </script><bench-empty api-base="API"></bench-empty>`,
      ready: `!!document.querySelector('bench-empty')?.hasUpdated`,
    },
    {
      name: 'config + picker + receipt, per-element files',
      bytes: { budget: 30, ceiling: 40.5 },
      body: `${script('sportello-config.js')}${script('sportello-slot-picker.js')}${script('sportello-receipt.js')}
        <sportello-config api-base="API"><sportello-slot-picker office="tribunale-pistoia"
        service="tribunale-pistoia-contenzioso-civile"></sportello-slot-picker>${receipt}</sportello-config>`,
      ready: `(${pickerGrid}) && (${receiptQr})`,
    },
    {
      name: 'autoloader + slot picker (README snippet)',
      body: `${script('autoloader.js')}<sportello-config api-base="API"><sportello-slot-picker
        office="tribunale-pistoia" service="tribunale-pistoia-contenzioso-civile"></sportello-slot-picker></sportello-config>`,
      ready: pickerGrid,
    },
  ];
}

export function pageHtml(body: string, api: string): string {
  return `<!doctype html><html lang="it"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><title>bench</title></head>
<body>${body.replaceAll('API', api)}</body></html>`;
}

const MONTH = '2026-03-11';

/** cally and Duet's date picker rendering one month, as light as each can be set up. */
export const references: Reference[] = [
  {
    name: 'cally, a month (calendar-date + calendar-month)',
    body: `<script type="module" src="/node_modules/cally/dist/cally.js"></script>
      <calendar-date value="${MONTH}"><calendar-month></calendar-month></calendar-date>`,
    ready: `!!document.querySelector('calendar-month')?.shadowRoot?.querySelector('button[part~="day"]')`,
    focusDay: `document.querySelector('calendar-month').shadowRoot.querySelector('button[tabindex="0"]').focus()`,
    focusedDay: `document.querySelector('calendar-month')?.shadowRoot?.activeElement?.getAttribute('aria-label')`,
  },
  {
    name: 'Duet date picker, a month',
    body: `<link rel="stylesheet" href="/node_modules/@duetds/date-picker/dist/duet/themes/default.css">
      <script type="module" src="/node_modules/@duetds/date-picker/dist/duet/duet.esm.js"></script>
      <duet-date-picker identifier="date" value="${MONTH}"></duet-date-picker>`,
    ready: `!!document.querySelector('duet-date-picker.hydrated .duet-date__day')`,
    // Opened by a click it focuses the month list: open it, let it settle, focus the day.
    focusDay: `(async () => {
      document.querySelector('.duet-date__toggle').click();
      await new Promise((resolve) => setTimeout(resolve, 500));
      document.querySelector('.duet-date__day[tabindex="0"]').focus();
    })()`,
    focusedDay: `document.activeElement?.classList.contains('duet-date__day') ? document.activeElement.textContent : undefined`,
  },
];
