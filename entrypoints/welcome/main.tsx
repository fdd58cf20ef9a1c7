import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/styles.css';
import { openExtensionPage } from '../../lib/extension-pages/extension-page.ts';
import { t } from '../../lib/i18n/index.ts';
import { WelcomePage, type Shortcut } from '../../components/welcome/WelcomePage.tsx';

/** The keyboard commands as the browser has them now (the user may have changed them). */
async function shortcuts(): Promise<Shortcut[]> {
  try {
    const commands = await browser.commands.getAll();
    // Described in the page's language (the browser gives them in its own).
    const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    return commands
      .filter((c) => c.name !== undefined && c.name !== '_execute_action')
      .map((c) => ({ description: t(`command_${camel(c.name!)}`), keys: c.shortcut ?? '' }));
  } catch {
    return [];
  }
}

async function main(): Promise<void> {
  await openExtensionPage();
  document.title = 'Sagsspor';
  render(
    <WelcomePage shortcuts={await shortcuts()} openOptions={() => void browser.runtime.openOptionsPage()} shortcutsPage={import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts'} />,
    document.getElementById('app')!,
  );
}

void main();
