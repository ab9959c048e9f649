import sinon from 'sinon';

/** "Now" in every story: Tuesday 10 March 2026, 10:05 in Rome, a working morning at the counters. */
export const STORY_NOW = '2026-03-10T09:05:00Z';

/** Days around STORY_NOW, in office time. */
export const TODAY = '2026-03-10';
export const TOMORROW = '2026-03-11';

let clock: sinon.SinonFakeTimers | undefined;

/**
 * Sets the page's clock to STORY_NOW; time runs on from there. Only `Date` is replaced (timers stay
 * real), so the elements, which read "today" from the page, and the reference servers, whose
 * stores read it from `Date` too, agree on the same day whatever the real date is.
 */
export function startStoryClock(): void {
  clock ??= sinon.useFakeTimers({
    now: new Date(STORY_NOW),
    toFake: ['Date'],
    shouldAdvanceTime: true,
  });
  clock.setSystemTime(new Date(STORY_NOW));
}
