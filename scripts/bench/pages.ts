// The first screens the benchmark loads: each page, and the moment its first useful screen is
// interactive (checked in the page, through open shadow roots).

export interface Scenario {
  name: string;
  /** The body of the page; `API` stands for the reference server's URL. */
  body: string;
  /** A function source run in the page: true once the first useful screen is interactive. */
  ready: string;
}

const script = (file: string) => `<script type="module" src="/dist/cdn/${file}"></script>`;

/** Finds `selector` inside the shadow root of the first `host` (nested hosts with ' >> '). */
const inShadow = `(path) => path.split(' >> ').reduce((node, selector) => node?.shadowRoot?.querySelector(selector) ?? (node === document ? document.querySelector(selector) : null), document)`;

const pickerGrid = `((find) => !!find('sportello-slot-picker >> button[data-date][aria-disabled="false"]'))(${inShadow})`;
const officeList = `((find) => !!find('sportello-slot-picker >> .choice-card'))(${inShadow})`;
const receiptQr = `((find) => !!find('sportello-receipt >> .ticket__qr svg'))(${inShadow})`;
const deskInput = `((find) => !!find('sportello-check-in >> input') && !!customElements.get('sportello-check-in'))(${inShadow})`;

export function scenarios(booking: { code: string; token: string }): Scenario[] {
  const receipt = `<sportello-receipt code="${booking.code}" token="${booking.token}"></sportello-receipt>`;
  return [
    {
      name: 'slot picker, office and service set (month grid)',
      body: `${script('sportello-config.js')}${script('sportello-slot-picker.js')}
        <sportello-config api-base="API"><sportello-slot-picker office="tribunale-pistoia"
        service="tribunale-pistoia-contenzioso-civile"></sportello-slot-picker></sportello-config>`,
      ready: pickerGrid,
    },
    {
      name: 'slot picker without attributes (office list)',
      body: `${script('sportello-config.js')}${script('sportello-slot-picker.js')}
        <sportello-config api-base="API"><sportello-slot-picker></sportello-slot-picker></sportello-config>`,
      ready: officeList,
    },
    {
      name: 'receipt showing a booking, QR included',
      body: `${script('sportello-config.js')}${script('sportello-receipt.js')}
        <sportello-config api-base="API">${receipt}</sportello-config>`,
      ready: receiptQr,
    },
    {
      name: 'check-in desk ready to type',
      body: `${script('sportello-config.js')}${script('sportello-check-in.js')}
        <sportello-config api-base="API"><sportello-check-in office="tribunale-pistoia"></sportello-check-in></sportello-config>`,
      ready: deskInput,
    },
    {
      name: 'sportello-config.js alone',
      body: `${script('sportello-config.js')}<sportello-config api-base="API"></sportello-config>`,
      ready: `!!customElements.get('sportello-config')`,
    },
    {
      name: 'config + picker + receipt, per-element files',
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
