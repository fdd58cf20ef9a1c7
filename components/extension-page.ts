/**
 * What every extension page (popup, options, case view, archive, reader) does before it renders:
 * open the store, ask to keep it, and follow the user's appearance and language. A store that
 * cannot be read yet leaves the defaults (Danish, the system's light or dark).
 */
import { loadLocale } from '../lib/i18n.ts';
import { openDb, requestPersistentStorage, type SagssporDB } from '../lib/store/db.ts';
import { getSettings } from '../lib/store/settings.ts';
import { applyAppearance } from './theme.ts';

export async function openExtensionPage(): Promise<SagssporDB> {
  const db = openDb();
  void requestPersistentStorage();
  const settings = await getSettings(db).catch(() => null);
  if (settings) {
    applyAppearance(settings);
    await loadLocale(settings.locale);
  }
  return db;
}
