/**
 * What every extension page (popup, options, case view, archive, reader) does before it renders:
 * open the store, ask to keep it, and follow the user's appearance and language. A store that
 * cannot be read yet leaves the defaults (Danish, the system's light or dark).
 */
import type { DexieOptions } from 'dexie';
import { loadLocale, t } from '../i18n/index.ts';
import { openDb, requestPersistentStorage, storageAvailable, type SagssporDB } from '../store/db.ts';
import { getSettings } from '../store/settings.ts';
import { applyAppearance } from '../theme/apply-theme.ts';

export async function openExtensionPage(options: { doc?: Document; dbOptions?: DexieOptions } = {}): Promise<SagssporDB> {
  const db = openDb(undefined, options.dbOptions);
  const available = await storageAvailable(db).catch(() => false);
  if (!available) {
    // Nothing can be saved here (Firefox private windows, for one): say so above the page, in the
    // browser's language, and let the page show what it can; every write fails with an error.
    showStorageUnavailable(options.doc ?? document);
    return db;
  }
  void requestPersistentStorage();
  const settings = await getSettings(db).catch(() => null);
  if (settings) {
    applyAppearance(settings);
    await loadLocale(settings.locale);
  }
  return db;
}

/** The notice that the store cannot be opened, first on the page (text only). */
export function showStorageUnavailable(doc: Document): void {
  if (doc.querySelector('[data-storage-unavailable]')) return;
  const notice = doc.createElement('p');
  notice.setAttribute('role', 'alert');
  notice.setAttribute('data-storage-unavailable', '');
  notice.className = 'storage-unavailable';
  notice.textContent = t('storage_unavailable');
  doc.body.prepend(notice);
}
