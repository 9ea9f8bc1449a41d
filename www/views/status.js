// The page's status: the result card's data-state (a test hook), the busy spinner, the
// notice (one polite message at a time) and the live region for screen readers.
const $ = (id) => document.getElementById(id);

/** idle (no text) · pending (a change waits for the debounce) · busy (the worker is on it) · ready · error */
export function setState(state) {
  $('result').dataset.state = state;
}

/** The spinner and aria-busy; `label` is shown beside it ("Summarizing…", "Starting the summarizer…"). */
export function setBusy(on, label = 'Summarizing…') {
  $('busy').hidden = !on;
  $('busy-label').textContent = label;
  $('result').setAttribute('aria-busy', String(on));
}

/**
 * One message for the reader, or none. kind: 'info' (a fact about the text), 'warn' (the
 * default: something to do), 'error' (something failed). Errors are also announced as alerts.
 */
export function showNotice(message, kind = 'warn') {
  const notice = $('notice');
  notice.textContent = message;
  notice.hidden = !message;
  notice.className = `notice ${kind}`;
  notice.dataset.kind = message ? kind : '';
  notice.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}

let announceTimer = 0;
/** Says `message` through the polite live region (re-set after a tick so a repeat is read again). */
export function announce(message) {
  clearTimeout(announceTimer);
  const live = $('live');
  live.textContent = '';
  announceTimer = setTimeout(() => { live.textContent = message; }, 50);
}
