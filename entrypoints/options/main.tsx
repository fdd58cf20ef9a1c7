import { render } from 'preact';
import '../../components/styles.css';
import { openExtensionPage } from '../../lib/extension-pages/extension-page.ts';
import { Options } from '../../components/Options.tsx';
import { browserOptionsEnv } from '../../lib/extension-pages/options-env.ts';
import { browserFollowEnv } from '../../lib/extension-pages/follow-env.ts';

async function main(): Promise<void> {
  const db = await openExtensionPage();
  render(<Options db={db} env={browserOptionsEnv()} follows={browserFollowEnv()} />, document.getElementById('app')!);
}

void main();
