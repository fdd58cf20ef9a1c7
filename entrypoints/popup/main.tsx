import { render } from 'preact';
import '../../components/styles.css';
import { openExtensionPage } from '../../lib/extension-pages/extension-page.ts';
import { Popup } from '../../components/Popup.tsx';
import { browserPopupEnv } from '../../lib/extension-pages/popup-env.ts';
import { browserFollowEnv } from '../../lib/extension-pages/follow-env.ts';

async function main(): Promise<void> {
  const db = await openExtensionPage();
  render(<Popup db={db} env={browserPopupEnv()} follows={browserFollowEnv()} />, document.getElementById('app')!);
}

void main();
