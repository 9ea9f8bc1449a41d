// Copy and download of a summary. The words come from the core's one rendering
// (renderSummary of the wasm module: the CLI's --format text|markdown), never from
// Markdown code of our own; this file only names the file and builds the blob.

/** "microsoft-decides-against-using-12-billion-coreweave-option-summary.md" */
export function summaryFileName(title, extension = 'md') {
  const slug = String(title ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${slug || 'article'}-summary.${extension}`;
}

/** Offers `text` as a download named `name` (a blob: URL, revoked a little later). */
export function download(text, name, type = 'text/markdown;charset=utf-8') {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Writes to the clipboard; falls back to a hidden text box and execCommand where the API is refused. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('the clipboard is not available');
  }
}
