// nutshell's background: the "Summarize selection" context menu, nothing else.
// Chromium runs this file as the service worker, Firefox as a background script.
// It listens to no messages at all (no runtime.onMessage, no externally_connectable),
// so neither pages nor other extensions can talk to it. It never reads page text:
// the popup does that itself, through the activeTab grant the user's click gives.
'use strict';

const MENU_ID = 'nutshell-summarize-selection';
const DEFAULT_POPUP = 'popup.html';

function createMenu() {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({ id: MENU_ID, title: 'Summarize selection', contexts: ['selection'] });
  });
}

chrome.runtime.onInstalled.addListener(createMenu);
if (chrome.runtime.onStartup) chrome.runtime.onStartup.addListener(createMenu);

/**
 * The context menu's click: point this tab's toolbar popup at the selection (which
 * frame to read travels in the popup's URL; no storage needed), then open it. The
 * popup puts the tab's popup back to the default as soon as it loads.
 */
async function onMenuClicked(info, tab) {
  if (!info || info.menuItemId !== MENU_ID) return;
  if (!tab || !Number.isInteger(tab.id) || tab.id < 0) return;
  const frameId = Number.isInteger(info.frameId) && info.frameId >= 0 ? info.frameId : 0;
  // Both calls start in the same tick, in this order: Firefox only opens a popup straight
  // from the user's action (an await first would lose it); the browser applies them in order.
  const set = chrome.action.setPopup({ tabId: tab.id, popup: `${DEFAULT_POPUP}?source=selection&frame=${frameId}` });
  const opened = (async () => chrome.action.openPopup(Number.isInteger(tab.windowId) ? { windowId: tab.windowId } : undefined))();
  await set;
  try {
    // Chromium 127+ and Firefox open the toolbar popup from a user action.
    await opened;
  } catch {
    // No toolbar popup possible (e.g. the button is hidden, or no focused window):
    // the same page in a small window, told which tab and frame to read.
    await chrome.action.setPopup({ tabId: tab.id, popup: DEFAULT_POPUP });
    const url = chrome.runtime.getURL(`${DEFAULT_POPUP}?tab=${tab.id}&frame=${frameId}&source=selection`);
    await chrome.windows.create({ url, type: 'popup', width: 440, height: 640 });
  }
}

chrome.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClicked(info, tab).catch((e) => console.error('nutshell: context menu', e));
});
