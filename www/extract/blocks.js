// Text of a DOM subtree as paragraphs: one blank line between blocks, single spaces inside
// them, <br> as a line break. Shared by the page and the extension so both write the same text.

/** Elements after which a text line ends. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'IMG']);

/** White space folded to single spaces, trimmed. */
export function squash(s) {
  return String(s).replace(/\s+/g, ' ').trim();
}

/** The text of `root`: blocks as paragraphs separated by blank lines. */
export function blockText(root) {
  const parts = [];
  const walk = (node, pre) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        parts.push(pre ? n.data : n.data.replace(/\s+/g, ' '));
        continue;
      }
      if (n.nodeType !== 1) continue;
      const tag = n.nodeName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') { parts.push('\n'); continue; }
      const block = BLOCK.has(tag);
      if (block) parts.push('\n\n');
      walk(n, pre || tag === 'PRE');
      if (block) parts.push('\n\n');
    }
  };
  walk(root, false);
  return tidy(parts.join(''));
}

/** Spaces folded, line-edge spaces dropped, at most one blank line, trimmed. */
export function tidy(text) {
  return text
    .replace(/[ \t\f\r\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
