import { render } from 'preact';
import '../../components/styles.css';
import { openExtensionPage } from '../../components/extension-page.ts';
import { Popup } from '../../components/Popup.tsx';
import { browserPopupEnv } from '../../components/popup-env.ts';
import { browserFollowEnv } from '../../components/follows/follow-env.ts';

async function main(): Promise<void> {
  const db = await openExtensionPage();
  render(<Popup db={db} env={browserPopupEnv()} follows={browserFollowEnv()} />, document.getElementById('app')!);
}

void main();
