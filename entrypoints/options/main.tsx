import { render } from 'preact';
import '../../components/styles.css';
import { Options } from '../../components/Options.tsx';
import { browserOptionsEnv } from '../../components/options-env.ts';
import { loadLocale } from '../../lib/i18n.ts';
import { openDb, requestPersistentStorage } from '../../lib/store/db.ts';
import { getSettings } from '../../lib/store/settings.ts';

async function main(): Promise<void> {
  const db = openDb();
  await requestPersistentStorage();
  const settings = await getSettings(db).catch(() => null);
  if (settings) await loadLocale(settings.locale);
  render(<Options db={db} env={browserOptionsEnv()} />, document.getElementById('app')!);
}

void main();
