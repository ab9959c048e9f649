// Runs between two loads of the bundle: remembers the first definitions to compare later.
window.__firstDefinitions = Object.fromEntries(
  ['sportello-config', 'sportello-slot-picker'].map((tag) => [tag, customElements.get(tag)]),
);
