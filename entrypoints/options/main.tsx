import { render } from 'preact';
import '../../components/styles.css';
import { openExtensionPage } from '../../components/extension-page.ts';
import { Options } from '../../components/Options.tsx';
import { browserOptionsEnv } from '../../components/options-env.ts';
import { browserFollowEnv } from '../../components/follows/follow-env.ts';

async function main(): Promise<void> {
  const db = await openExtensionPage();
  render(<Options db={db} env={browserOptionsEnv()} follows={browserFollowEnv()} />, document.getElementById('app')!);
}

void main();
