import { render } from 'preact';
import '../../components/styles.css';
import { openExtensionPage } from '../../lib/extension-pages/extension-page.ts';
import { Options } from '../../components/Options.tsx';
import { browserOptionsEnv } from '../../lib/extension-pages/options-env.ts';

async function main(): Promise<void> {
  const db = await openExtensionPage();
  render(<Options db={db} env={browserOptionsEnv()} />, document.getElementById('app')!);
}

void main();
