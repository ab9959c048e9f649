/**
 * Demo only: moves the page's clock to an instant, from which it runs on. The widgets read the
 * browser's clock for "now" (the calendar's first month, whether a booking may still be
 * cancelled, the moment a desk scans a pass), and so does the reference server running in the
 * page: with one clock moved, they all agree. `Date.now()` and `new Date()` move; dates made
 * from a value, `Date.parse` and `instanceof Date` behave as before. Returns the undo.
 */
export function movePageClock(to: Date): () => void {
  const RealDate = Date;
  const shift = to.getTime() - RealDate.now();
  const now = () => RealDate.now() + shift;
  function MovedDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new RealDate(now()).toString();
    return args.length ? (Reflect.construct(RealDate, args) as Date) : new RealDate(now());
  }
  Object.assign(MovedDate, { now, parse: RealDate.parse, UTC: RealDate.UTC });
  MovedDate.prototype = RealDate.prototype;
  globalThis.Date = MovedDate as unknown as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
  };
}
