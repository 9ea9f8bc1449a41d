// Keyword and entity chips and the entity groups, built the same way in the page and the
// popup. Text goes in through textContent only. Hooks (public): data-role="keyword" |
// "entity", data-type (entity code), data-key (stable per name), .chip-name, .chip-count.
import { groupEntities, ENTITY_TYPES } from './entity-types.js';

/**
 * A chip whose text starts with the name: "Microsoft, mentions: 8" (the ", mentions: " is
 * visually hidden, so it reads well aloud). `pressable` makes it a toggle button.
 */
export function chip({ role, type, key, name, count, pressable = false }) {
  const el = document.createElement(pressable ? 'button' : 'span');
  if (pressable) {
    el.type = 'button';
    el.setAttribute('aria-pressed', 'false');
  }
  el.className = `chip${type ? ` t-${type.toLowerCase()}` : ''}`;
  el.dataset.role = role;
  if (type) el.dataset.type = type;
  el.dataset.key = key;
  const label = document.createElement('span');
  label.className = 'chip-name';
  label.textContent = name;
  const sep = document.createElement('span');
  sep.className = 'visually-hidden';
  sep.textContent = ', mentions: ';
  const badge = document.createElement('span');
  badge.className = 'chip-count';
  badge.textContent = String(count);
  el.append(label, sep, badge);
  return el;
}

/** The chip of one keyword ({ text, spans }). */
export function keywordChip(k, pressable) {
  return chip({ role: 'keyword', key: `k:${k.text}`, name: k.text, count: k.spans?.length ?? 0, pressable });
}

/** The chip of one entity ({ name, type, count, mentions }). */
export function entityChip(e, pressable) {
  const count = e.count ?? e.mentions?.length ?? 0;
  return chip({ role: 'entity', type: e.type, key: `e:${e.type}:${e.name}`, name: e.name, count, pressable });
}

/** A list item per chip. */
export function chipList(chips, labelledBy) {
  const list = document.createElement('ul');
  list.className = 'chips';
  if (labelledBy) list.setAttribute('aria-labelledby', labelledBy);
  list.append(...chips.map((c) => {
    const li = document.createElement('li');
    li.append(c);
    return li;
  }));
  return list;
}

/**
 * The entity groups ("People", "Organizations"…) as elements, each a heading and a chip list;
 * a muted line when there are none. `onChip(el, entity)` lets the caller wire each chip.
 */
export function entityGroups(entities, { table = ENTITY_TYPES, headingLevel = 4, pressable = false, idPrefix = 'entities', onChip } = {}) {
  const groups = groupEntities(entities, table).map(({ code, label, entities: members }) => {
    const group = document.createElement('div');
    group.className = 'entity-group';
    group.dataset.type = code;
    const heading = document.createElement(`h${headingLevel}`);
    heading.textContent = label;
    heading.id = `${idPrefix}-${code.toLowerCase()}`;
    const chips = members.map((e) => {
      const c = entityChip(e, pressable);
      onChip?.(c, e);
      return c;
    });
    group.append(heading, chipList(chips, heading.id));
    return group;
  });
  if (groups.length > 0) return groups;
  const p = document.createElement('p');
  p.className = 'muted none';
  p.textContent = 'No names, places or figures found.';
  return [p];
}
