/**
 * Opening Sagsspor's side panel: Chrome's `sidePanel` (manifest `side_panel`), Firefox's
 * `sidebarAction` (manifest `sidebar_action`). Both must be called straight from a user action
 * (a click in the popup, a keyboard command).
 */
import { browser } from 'wxt/browser';

interface SidePanelApis {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function openSidePanel(where: { tabId?: number; windowId?: number }): Promise<void> {
  const apis = browser as unknown as SidePanelApis;
  if (apis.sidePanel) return apis.sidePanel.open(where);
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return Promise.reject(new Error('no side panel in this browser'));
}
