// The walk behind the extension's in-page highlights: the text of the live article, built from its
// text nodes as the page shows them, and for each UTF-16 unit of that text the node and offset it
// came from. The same rules as the npm package's walker (src/highlight/dom.rs, text_map.rs; see
// docs/highlight.md): a content script cannot run the wasm module, so the rules exist twice.
// tests/js/highlight.test.mjs holds the two copies to the same text and the same ranges on every
// fixture and real-layout page; tests/extension drives this one through the popup.

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'object', 'embed', 'canvas', 'svg', 'math', 'audio', 'video', 'head', 'title']);
const COLLAPSIBLE = /[ \t\n\r\f]/;

/**
 * Walks `root`: `{ text, pieces(start, end) }`, where `pieces` gives the DOM ranges (start node and
 * offset, end node and offset) covering a UTF-16 span of `text`, split where skipped content or a
 * break lies between its characters.
 */
export function walkText(root) {
  let text = '';
  const nodes = [];
  const unitNode = []; // per UTF-16 unit: node index, or -1 for a break
  const unitOffset = [];
  const cuts = new Set(); // unit indices that start a new piece
  const endsWithSpaceOrBreak = () => text === '' || text.endsWith(' ') || text.endsWith('\n');
  const trimSpace = () => {
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      unitNode.pop();
      unitOffset.pop();
      cuts.delete(unitNode.length + 1);
    }
  };
  const pushBreaks = (n) => {
    for (let i = 0; i < n; i++) {
      text += '\n';
      unitNode.push(-1);
      unitOffset.push(0);
    }
    cuts.add(unitNode.length);
  };
  const blockBreak = () => {
    trimSpace();
    if (text === '' || text.endsWith('\n\n')) return;
    pushBreaks(text.endsWith('\n') ? 1 : 2);
  };
  const lineBreak = () => {
    trimSpace();
    if (text !== '') pushBreaks(1);
  };
  const pushNode = (node) => {
    const index = nodes.push(node) - 1;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const c = data[i];
      if (COLLAPSIBLE.test(c)) {
        if (!endsWithSpaceOrBreak()) {
          text += ' ';
          unitNode.push(index);
          unitOffset.push(i);
        }
      } else {
        text += c;
        unitNode.push(index);
        unitOffset.push(i);
      }
    }
  };
  const kind = (el) => {
    const tag = el.localName;
    if (SKIPPED.has(tag)) return 'skip';
    if (tag === 'br') return 'line';
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden')?.trim() === 'true') return 'skip';
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return 'skip';
    const d = style.display;
    return d === '' || d.startsWith('inline') || d === 'contents' || d.startsWith('ruby') ? 'inline' : 'block';
  };
  // Iterative: pages can nest deeper than the call stack.
  const stack = [{ node: root }];
  while (stack.length) {
    const step = stack.pop();
    if (step.leave !== undefined) {
      if (step.leave) blockBreak();
      continue;
    }
    const { node } = step;
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      pushNode(node);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const k = kind(node);
      if (k === 'skip') {
        cuts.add(unitNode.length);
        continue;
      }
      if (k === 'line') {
        lineBreak();
        continue;
      }
      const block = k === 'block';
      if (block) blockBreak();
      stack.push({ leave: block });
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c });
    }
  }
  function pieces(start, end) {
    const out = [];
    let current = null;
    for (let i = start; i < Math.min(end, unitNode.length); i++) {
      if (cuts.has(i) && current) {
        out.push(current);
        current = null;
      }
      const n = unitNode[i];
      if (n < 0) {
        if (current) out.push(current);
        current = null;
        continue;
      }
      if (current) {
        current.endNode = nodes[n];
        current.endOffset = unitOffset[i] + 1;
      } else {
        current = { startNode: nodes[n], startOffset: unitOffset[i], endNode: nodes[n], endOffset: unitOffset[i] + 1 };
      }
    }
    if (current) out.push(current);
    return out;
  }
  return { text, pieces };
}
