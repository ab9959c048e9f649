const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * The URL when it may go into an `href` (http, https, mailto, tel, or relative), else ''.
 * Lit does not sanitize URLs, and a `javascript:` link from a server or an attribute would run.
 */
export function safeHref(url: string | null | undefined): string {
  const value = url?.trim() ?? '';
  if (!value) return '';
  try {
    return SAFE_SCHEMES.has(new URL(value, document.baseURI).protocol) ? value : '';
  } catch {
    return '';
  }
}
