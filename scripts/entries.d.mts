export interface DefineEntry {
  name: string;
  path: string;
}
export function defineEntries(root?: string): DefineEntry[];
export function isDependency(id: string, dependencies: string[]): boolean;
