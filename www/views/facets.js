// Keywords and entities under the summary, as chips from the UI kit. Pressing a chip
// highlights its mentions in the text (the caller paints them).
import { keywordChip, chipList, entityGroups } from '../ui/chips.js';
import { ENTITY_TYPES } from '../ui/entity-types.js';

const $ = (id) => document.getElementById(id);

/**
 * @param {object} result  the analysis
 * @param {object} opts
 * @param {(chip: HTMLElement, spans: {start: number, end: number}[], name: string) => void} opts.onChip  wires a chip
 * @param {object[]} [opts.table]  entity types in display order
 * @param {boolean} opts.showEntities  false for a language without entity support
 * @param {boolean} opts.showKeywords  false for a language without keyword support
 */
export function renderFacets(result, { onChip, table = ENTITY_TYPES, showEntities = true, showKeywords = true }) {
  const keywords = showKeywords ? result.keywords ?? [] : [];
  const list = chipList(keywords.map((k) => {
    const c = keywordChip(k, true);
    onChip(c, k.spans ?? [], k.text);
    return c;
  }));
  $('keywords').replaceChildren(...list.children);
  $('keywords-panel').hidden = keywords.length === 0;

  const panel = $('entities-panel');
  if (!showEntities || !Array.isArray(result.entities)) {
    // This build of the engine has no entity tagger, or the language has none: no panel at all.
    panel.hidden = true;
    return;
  }
  $('entities').replaceChildren(...entityGroups(result.entities, {
    table, pressable: true, onChip: (c, e) => onChip(c, e.mentions ?? [], e.name),
  }));
  panel.hidden = false;
}

export function hideFacets() {
  $('keywords-panel').hidden = true;
  $('entities-panel').hidden = true;
}
