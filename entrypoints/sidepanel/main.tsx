/** The side panel (Chrome `side_panel`, Firefox `sidebar_action`): the active tab's meeting. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/styles.css';
import { openExtensionPage } from '../../components/extension-page.ts';
import { browserPopupEnv } from '../../components/popup-env.ts';
import { extensionPageUrl } from '../../components/case/page-url.ts';
import { SidePanel, type SidePanelEnv } from '../../components/sidepanel/SidePanel.tsx';
import { browserFollowEnv } from '../../components/follows/follow-env.ts';

function sidePanelEnv(): SidePanelEnv {
  const popup = browserPopupEnv();
  return {
    async activeTabId() {
      // sidepanel.html?tab=<id> (opened as a page by the tests) shows that tab.
      const asked = Number(new URL(location.href).searchParams.get('tab') ?? '');
      if (Number.isInteger(asked) && asked > 0) return asked;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    pageSummary: (tabId) => popup.pageSummary(tabId),
    reveal: (tabId, itemNumber) => popup.reveal(tabId, itemNumber, null),
    onTabChange(callback) {
      const activated = () => callback();
      const updated = (_id: number, change: { status?: string }) => {
        if (change.status === 'complete') callback();
      };
      browser.tabs.onActivated.addListener(activated);
      browser.tabs.onUpdated.addListener(updated);
      return () => {
        browser.tabs.onActivated.removeListener(activated);
        browser.tabs.onUpdated.removeListener(updated);
      };
    },
    async open(path) {
      await browser.tabs.create({ url: extensionPageUrl(path) });
    },
  };
}

async function main(): Promise<void> {
  const db = await openExtensionPage();
  render(<SidePanel db={db} env={sidePanelEnv()} follows={browserFollowEnv()} />, document.getElementById('app')!);
}

void main();
