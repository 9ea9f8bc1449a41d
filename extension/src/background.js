// nutshell's background: the "Summarize selection" context menu, nothing else.
// Chromium runs this file as the service worker, Firefox as a background script.
// It listens to no messages at all (no runtime.onMessage, no externally_connectable),
// so neither pages nor other extensions can talk to it. It never reads page text:
// the popup does that itself, through the activeTab grant the user's click gives.
'use strict';

const MENU_ID = 'nutshell-summarize-selection';
// A request the popup picks up when it opens: { tabId, frameId, at }. Kept in
// storage.session (memory only, cleared when the browser closes, never synced).
const PENDING_KEY = 'pendingSelection';

function createMenu() {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({ id: MENU_ID, title: 'Summarize selection', contexts: ['selection'] });
  });
}

chrome.runtime.onInstalled.addListener(createMenu);
if (chrome.runtime.onStartup) chrome.runtime.onStartup.addListener(createMenu);

/** The context menu's click: remember which tab and frame, then show the popup. */
async function onMenuClicked(info, tab) {
  if (!info || info.menuItemId !== MENU_ID) return;
  if (!tab || !Number.isInteger(tab.id) || tab.id < 0) return;
  const frameId = Number.isInteger(info.frameId) && info.frameId >= 0 ? info.frameId : 0;
  // Both calls start in the same tick: Firefox only opens a popup straight from the
  // user's action (an await first would lose it), and the popup's read of the
  // request is queued after this write.
  const stored = chrome.storage.session.set({ [PENDING_KEY]: { tabId: tab.id, frameId, at: Date.now() } });
  const opened = (async () => chrome.action.openPopup(Number.isInteger(tab.windowId) ? { windowId: tab.windowId } : undefined))();
  await stored;
  try {
    // Chromium 127+ and Firefox open the toolbar popup from a user action.
    await opened;
  } catch {
    // No toolbar popup possible (e.g. the button is hidden, or no focused window):
    // the same page in a small window, told which tab and frame to read.
    await chrome.storage.session.remove(PENDING_KEY);
    const url = chrome.runtime.getURL(`popup.html?tab=${tab.id}&frame=${frameId}&source=selection`);
    await chrome.windows.create({ url, type: 'popup', width: 440, height: 640 });
  }
}

chrome.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClicked(info, tab).catch((e) => console.error('nutshell: context menu', e));
});
