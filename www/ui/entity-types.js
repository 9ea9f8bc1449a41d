// The entity types the page and the popup show, in display order: code (the core's `type`),
// label (a group heading) and group (names, figures or contacts). One table for both front
// ends; the core will export its own table (`entityTypes()` from the wasm module), and this
// one is only the fallback until a module has it (see `entityTypeTable`).
export const ENTITY_TYPES = [
  { code: 'PERSON', label: 'People', group: 'names' },
  { code: 'ORG', label: 'Organizations', group: 'names' },
  { code: 'LOCATION', label: 'Places', group: 'names' },
  { code: 'MONEY', label: 'Money', group: 'figures' },
  { code: 'PERCENT', label: 'Percentages', group: 'figures' },
  { code: 'DATE', label: 'Dates', group: 'figures' },
  { code: 'TIME', label: 'Times', group: 'figures' },
  { code: 'QUANTITY', label: 'Quantities', group: 'figures' },
  { code: 'EMAIL', label: 'E-mail addresses', group: 'contacts' },
  { code: 'URL', label: 'Links', group: 'contacts' },
  { code: 'MISC', label: 'Other names', group: 'names' },
];

/**
 * The table to use: the core's (an array of { code, label, group } or [code, label, group])
 * when the module exports one, else the fallback above.
 */
export function entityTypeTable(fromCore) {
  if (!Array.isArray(fromCore) || fromCore.length === 0) return ENTITY_TYPES;
  const rows = fromCore.map((r) => (Array.isArray(r) ? { code: r[0], label: r[1], group: r[2] } : r));
  return rows.every((r) => typeof r?.code === 'string' && typeof r?.label === 'string') ? rows : ENTITY_TYPES;
}

/**
 * Entities grouped by type in the table's order; types the table does not know come last,
 * under their own code. Returns [{ code, label, entities }] without empty groups.
 */
export function groupEntities(entities, table = ENTITY_TYPES) {
  const known = new Set(table.map((t) => t.code));
  const extra = [...new Set(entities.map((e) => e.type))].filter((t) => !known.has(t)).map((t) => ({ code: t, label: t }));
  return [...table, ...extra]
    .map((t) => ({ code: t.code, label: t.label, entities: entities.filter((e) => e.type === t.code) }))
    .filter((g) => g.entities.length > 0);
}

/** The core's table from a wasm-bindgen module (its `entityTypes()` export), or null while it has none. */
export function coreEntityTypes(glue) {
  const exported = glue?.entityTypes;
  return typeof exported === 'function' ? exported() : null;
}
