import { render } from 'preact';
import '../../components/styles.css';
import { Popup } from '../../components/Popup.tsx';
import { browserPopupEnv } from '../../components/popup-env.ts';
import { applyAppearance } from '../../components/theme.ts';
import { loadLocale } from '../../lib/i18n.ts';
import { openDb, requestPersistentStorage } from '../../lib/store/db.ts';
import { getSettings } from '../../lib/store/settings.ts';

async function main(): Promise<void> {
  const db = openDb();
  void requestPersistentStorage();
  const settings = await getSettings(db).catch(() => null);
  if (settings) {
    applyAppearance(settings);
    await loadLocale(settings.locale);
  }
  render(<Popup db={db} env={browserPopupEnv()} />, document.getElementById('app')!);
}

void main();
