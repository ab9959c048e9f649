export interface BookingLink {
  code: string;
  token: string;
}

function paramsOf(location: Location): URLSearchParams[] {
  return [new URLSearchParams(location.search), new URLSearchParams(location.hash.slice(1))];
}

/**
 * The code and token of the confirmation email's link: `?code=…&token=…`, or the same after
 * `#`, which no server and no Referer ever sees. Read, never copied anywhere else.
 */
export function readBookingLink(location: Location = window.location): BookingLink | undefined {
  for (const params of paramsOf(location)) {
    const code = params.get('code')?.trim();
    const token = params.get('token')?.trim();
    if (code && token) return { code: code.toUpperCase(), token };
  }
  return undefined;
}

/**
 * After a change of date, the address points at the new booking, where the old one was, so that
 * a reload or a bookmark shows the booking that counts.
 */
export function replaceBookingLink(next: BookingLink, location: Location = window.location): void {
  const url = new URL(location.href);
  const hash = new URLSearchParams(url.hash.slice(1));
  const params = hash.has('token') ? hash : url.searchParams;
  params.set('code', next.code);
  params.set('token', next.token);
  if (params === hash) url.hash = hash.toString();
  history.replaceState(history.state, '', url);
}
