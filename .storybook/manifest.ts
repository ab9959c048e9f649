interface Named {
  name: string;
  readonly?: boolean;
}

interface Declaration {
  members?: Named[];
  slots?: Named[];
  cssParts?: Named[];
}

export interface Manifest {
  modules?: Array<{ declarations?: Declaration[] }>;
}

/**
 * The manifest as Storybook's tables should read it. They key every row by name alone, so:
 * getters a page can only read (`api`, `confirmedBooking`) go, as the tables list what a page
 * sets; parts read `::part(code)`, or the receipt's `code` part would hide its `code` attribute;
 * the default slot, which has no name, is called "default", or the tables would leave it out.
 */
export function manifestForTables(manifest: Manifest): Manifest {
  const forTables = (declaration: Declaration): Declaration => ({
    ...declaration,
    members: declaration.members?.filter((member) => !member.readonly),
    slots: declaration.slots?.map((slot) => ({ ...slot, name: slot.name || 'default' })),
    cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
  });
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map(forTables),
    })),
  };
}
