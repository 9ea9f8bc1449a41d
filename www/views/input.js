// The text box's inputs besides typing: pasted page source, dropped or opened files, the
// sample. HTML goes through the shared extractor (www/extract/), loaded only when needed so
// that the first summary never waits for it.
import { showNotice, announce } from './status.js';
import { markdownToText } from '../extract/markdown.js';

const $ = (id) => document.getElementById(id);
let extractor = null;
/** The HTML extractor (Readability and friends), imported on first use. */
function loadExtractor() {
  extractor ??= import('../extract/html.js');
  return extractor;
}


/** True when the text is HTML source: a cheap test, kept here so plain pastes load nothing. */
function maybeHtml(text) {
  return /^\s*</.test(text.slice(0, 2000));
}

/**
 * @param {object} app
 * @param {(text: string, message?: string) => void} app.setText  replaces the text and analyses it
 * @param {() => void} app.onInput  the text box changed (typing or a paste we rewrote)
 */
export function wireInput({ setText, onInput }) {
  const input = $('input');
  const editor = $('editor');

  input.addEventListener('paste', (event) => {
    // "Copy page source" pastes markup: keep the article's text and paragraphs instead.
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!text || !maybeHtml(text)) return; // an ordinary paste
    event.preventDefault();
    const at = [input.selectionStart, input.selectionEnd];
    loadExtractor().then(({ looksLikeHtml, htmlToText }) => {
      const html = looksLikeHtml(text);
      input.setRangeText(html ? htmlToText(text) : text, at[0], at[1], 'end');
      onInput();
      if (html) announce('Pasted page source: kept the article text, dropped the markup.');
    }, () => {
      input.setRangeText(text, at[0], at[1], 'end');
      onInput();
    });
  });

  $('open-file').addEventListener('click', () => $('file-input').click());
  $('file-input').addEventListener('change', (event) => {
    const file = event.target.files?.[0];
    if (file) openFile(file, setText);
    event.target.value = '';
  });

  // Drag and drop anywhere on the page.
  let dragDepth = 0;
  const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  document.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dragDepth++;
    editor.classList.add('dropping');
  });
  document.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('dragleave', (event) => {
    if (!hasFiles(event)) return;
    if (--dragDepth <= 0) { dragDepth = 0; editor.classList.remove('dropping'); }
  });
  document.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dragDepth = 0;
    editor.classList.remove('dropping');
    const file = event.dataTransfer.files[0];
    if (file) openFile(file, setText);
  });

  $('load-sample').addEventListener('click', async () => {
    const inline = document.getElementById('sample-text');
    try {
      // (import.meta.url is the bundle's, app.js at the site's root.)
      const text = inline ? inline.content.textContent : await (await fetch(new URL('./sample.txt', import.meta.url))).text();
      setText(text, 'Loaded the sample article.');
    } catch (error) {
      showNotice(`Could not load the sample (${error.message}). Paste an article instead.`, 'error');
    }
  });
}

async function openFile(file, setText) {
  const name = file.name.toLowerCase();
  const kind = /\.html?$/.test(name) || file.type === 'text/html' ? 'html'
    : /\.(md|markdown)$/.test(name) || file.type === 'text/markdown' ? 'md'
    : /\.txt$/.test(name) || file.type.startsWith('text/') ? 'txt' : null;
  if (!kind) {
    showNotice(`nutshell opens .txt, .md and .html files; “${file.name}” is not one of them.`);
    return;
  }
  try {
    let text = await file.text();
    if (kind === 'html' || maybeHtml(text)) {
      const { looksLikeHtml, htmlToText } = await loadExtractor();
      if (kind === 'html' || looksLikeHtml(text)) text = htmlToText(text);
    } else if (kind === 'md') {
      text = markdownToText(text);
    }
    setText(text, `Opened ${file.name}.`);
  } catch (error) {
    showNotice(`Could not open ${file.name} (${error.message}).`, 'error');
  }
}
