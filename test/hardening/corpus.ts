/**
 * What a hostile or compromised backend might send in place of a name or an address. Every
 * payload that could run script sets `window.__pwned`: the canary must stay unset.
 */
export const XSS_CORPUS: Record<string, string> = {
  'img-onerror': '<img src=x onerror="window.__pwned=1">',
  'svg-onload-breakout': '"><svg onload=window.__pwned=1>',
  'script-tag': '<script>window.__pwned=1</script>',
  'attribute-breakout': "' onmouseover='window.__pwned=1' x='",
  'javascript-url': 'javascript:window.__pwned=1',
  'javascript-url-obfuscated': ' \tjAvAsCrIpT:window.__pwned=1',
  'data-url': 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'anchor-markup': '<a href="javascript:window.__pwned=1">premi qui</a>',
  'lit-marker': '<!--?lit$123456789$--><?lit$0$>{{window.__pwned=1}}${window.__pwned=1}',
  'long-unbroken': 'A'.repeat(3000),
  'long-words': 'Cancelleria '.repeat(400),
  'rtl-zero-width': '\u202Egnp.exe\u200B\u200C\u200D\uFEFF\u2066Tribunale\u2069\u061C',
};

/** Payloads aimed at fields that end up in links. */
export const URL_PAYLOADS = ['javascript-url', 'javascript-url-obfuscated', 'data-url'] as const;

/**
 * Keys whose strings are not shown but steer the flow (ids, dates, enums, tokens): replacing
 * them breaks the walk without testing rendering, so they keep the backend's value. Strings
 * that look like ISO dates or times are kept for the same reason.
 */
export const KEPT_KEYS = new Set([
  'id',
  'code',
  'slotId',
  'serviceId',
  'officeId',
  'purposeId',
  'batchId',
  'start',
  'end',
  'date',
  'first',
  'last',
  'from',
  'to',
  'status',
  'kind',
  'type',
  'token',
  'keyId',
  'payload',
  'signature',
  'timeZone',
  'currency',
  'verdict',
  'role',
  'register',
  'nextCursor',
  'title', // problem+json title: only used for the error kind
  // A certificate office's enums: how a request is collected, which fees a use waives, how the
  // diritti are paid.
  'collection',
  'exemptions',
  'rightsPaidWith',
]);

/** Objects kept whole: the office's public key (its fields are not shown, they verify passes). */
const KEPT_OBJECTS = new Set(['jwk']);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

/** Keys whose values become links (href) somewhere. */
export const URL_KEYS = /(url|href|website|link|pec|email|phone)$/i;

/** Replaces every displayed string of a JSON value (see KEPT_KEYS) with `payload`. */
export function replaceStrings(
  value: unknown,
  payload: string,
  keyFilter: (key: string) => boolean = () => true,
  key = '',
): unknown {
  if (KEPT_OBJECTS.has(key)) return value;
  if (typeof value === 'string') {
    if (KEPT_KEYS.has(key) || key.endsWith('Id') || ISO_DATE.test(value)) return value;
    return keyFilter(key) ? payload : value;
  }
  if (Array.isArray(value))
    return value.map((item) => replaceStrings(item, payload, keyFilter, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, replaceStrings(v, payload, keyFilter, k)]),
    );
  }
  return value;
}

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

export function resetCanary(): void {
  delete window.__pwned;
}

export function canaryFired(): boolean {
  return window.__pwned !== undefined;
}
