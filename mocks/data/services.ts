import type { Office, Purpose, Service } from '../../src/api/types.js';
import { italian } from '../internal/localized.js';
import { GDP, PROCURA, UNEP, type Template } from './counter-templates.js';
import { TRIBUNALE } from './tribunale-counters.js';

/** Opening ranges by ISO weekday (1 Monday … 7 Sunday), as 'HH:MM' pairs. */
export type WeekSchedule = Partial<Record<number, Array<[string, string]>>>;

/** A bookable counter: the public Service plus what the backend keeps to itself. */
export interface ServiceConfig {
  service: Service;
  schedule: WeekSchedule;
  slotMinutes: number;
  capacity: number;
}

const BY_KIND: Record<string, { templates: Template[]; windowDays: number }> = {
  tribunale: { templates: TRIBUNALE, windowDays: 30 },
  procura: { templates: PROCURA, windowDays: 20 },
  unep: { templates: UNEP, windowDays: 20 },
  'giudice-di-pace': { templates: GDP, windowDays: 25 },
};

function toConfig(office: Office, template: Template): ServiceConfig {
  const schedule: WeekSchedule = {};
  for (const day of template.days) schedule[day] = [template.morning];
  for (const day of template.afternoon?.days ?? []) {
    schedule[day] = [...(schedule[day] ?? []), template.afternoon!.range];
  }
  const purposes: Purpose[] = template.purposes.map(([id, label, freeText]) => ({
    id,
    label: italian(label),
    freeText: freeText ?? false,
  }));
  return {
    service: {
      id: `${office.id}-${template.slug}`,
      officeId: office.id,
      name: italian(template.name),
      description: italian(template.description),
      location: italian(template.location),
      whatToBring: template.whatToBring.map(italian),
      maxActs: template.maxActs,
      purposes,
      bookingWindowDays: BY_KIND[office.kind]?.windowDays ?? 30,
      cancellationDeadlineHours: 24,
      quota: { activePerPerson: 1, perWeek: 3 },
    },
    schedule,
    slotMinutes: template.slotMinutes,
    capacity: template.capacity,
  };
}

export function seedServices(offices: Office[]): ServiceConfig[] {
  return offices.flatMap((office) =>
    (BY_KIND[office.kind]?.templates ?? []).map((template) => toConfig(office, template)),
  );
}
