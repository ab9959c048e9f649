import type { AvailabilityDay, Slot } from '../../src/api/types.js';
import { holidayReason, isReducedService } from '../data/holidays.js';
import type { ServiceConfig } from '../data/services.js';
import { seededFraction } from '../internal/random.js';
import {
  addDays,
  addMinutes,
  minutesOf,
  romeDate,
  romeInstant,
  romeIso,
  weekday,
} from '../internal/rome-time.js';
import type { DbState } from './state.js';

export interface SlotPlan {
  id: string;
  serviceId: string;
  date: string;
  time: string;
  start: Date;
  end: Date;
  capacity: number;
}

/** Slot ids read `<serviceId>_<YYYY-MM-DD>_<HHMM>`: stable, and parseable back. */
export function slotId(serviceId: string, date: string, time: string): string {
  return `${serviceId}_${date}_${time.replace(':', '')}`;
}

export function bookingWindow(state: DbState, config: ServiceConfig) {
  const today = romeDate(state.now());
  return { first: addDays(today, 1), last: addDays(today, config.service.bookingWindowDays) };
}

export function closureReason(state: DbState, config: ServiceConfig, date: string) {
  const town = state.offices.get(config.service.officeId)?.town ?? '';
  return holidayReason(date, town);
}

/** The slots the schedule opens on a date, before any booking. */
export function plannedSlots(state: DbState, config: ServiceConfig, date: string): SlotPlan[] {
  if (closureReason(state, config, date)) return [];
  const capacity = isReducedService(date) ? Math.ceil(config.capacity / 2) : config.capacity;
  const plans: SlotPlan[] = [];
  for (const [from, to] of config.schedule[weekday(date)] ?? []) {
    for (let t = from; minutesOf(t) + config.slotMinutes <= minutesOf(to);) {
      const endTime = addMinutes(t, config.slotMinutes);
      plans.push({
        id: slotId(config.service.id, date, t),
        serviceId: config.service.id,
        date,
        time: t,
        start: romeInstant(date, t),
        end: romeInstant(date, endTime),
        capacity,
      });
      t = endTime;
    }
  }
  return plans;
}

/** Places taken by people who booked elsewhere (phone, counter): deterministic per seed. */
function prebookedPlaces(state: DbState, plan: SlotPlan): number {
  if (!state.prebooked) return 0;
  if (seededFraction(state.seed, `${plan.serviceId}@${plan.date}`) < 0.12) return plan.capacity;
  if (seededFraction(state.seed, plan.id) < 0.25) return plan.capacity;
  return Math.floor(seededFraction(state.seed, `${plan.id}#`) * plan.capacity);
}

export function freePlaces(state: DbState, plan: SlotPlan): number {
  let taken = prebookedPlaces(state, plan);
  for (const booking of state.bookings.values()) {
    if (booking.slotId === plan.id && booking.status !== 'cancelled') taken += 1;
  }
  return Math.max(0, plan.capacity - taken);
}

function inWindow(state: DbState, config: ServiceConfig, date: string): boolean {
  const window = bookingWindow(state, config);
  return date >= window.first && date <= window.last;
}

export function daySlots(state: DbState, config: ServiceConfig, date: string): Slot[] {
  const open = inWindow(state, config, date);
  return plannedSlots(state, config, date).map((plan) => ({
    id: plan.id,
    start: romeIso(plan.start),
    end: romeIso(plan.end),
    capacity: plan.capacity,
    free: open ? freePlaces(state, plan) : 0,
  }));
}

export function dayAvailability(
  state: DbState,
  config: ServiceConfig,
  date: string,
): AvailabilityDay {
  const reason = closureReason(state, config, date);
  if (reason) return { date, status: 'holiday', reason, capacity: 0, free: 0 };
  const plans = plannedSlots(state, config, date);
  if (!plans.length) return { date, status: 'closed', capacity: 0, free: 0 };
  const capacity = plans.reduce((sum, plan) => sum + plan.capacity, 0);
  if (!inWindow(state, config, date)) return { date, status: 'outside-window', capacity, free: 0 };
  const free = plans.reduce((sum, plan) => sum + freePlaces(state, plan), 0);
  return { date, status: free ? 'open' : 'full', capacity, free };
}

/** The planned slot behind an id, when the id names a real slot of the service. */
export function findSlot(state: DbState, config: ServiceConfig, id: string): SlotPlan | undefined {
  const match = /_(\d{4}-\d{2}-\d{2})_\d{4}$/.exec(id);
  if (!match || !id.startsWith(`${config.service.id}_`)) return undefined;
  return plannedSlots(state, config, match[1]!).find((plan) => plan.id === id);
}
