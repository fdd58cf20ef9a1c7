/** Settings: one row per key; a missing or unreadable value gives the default. */
import type { SagssporDB } from './db.ts';
import { DEFAULT_SETTINGS, SettingsSchema, storedSettings, type SettingKey, type Settings } from './tables/settings.ts';

export async function getSettings(db: SagssporDB): Promise<Settings> {
  return { ...structuredClone(DEFAULT_SETTINGS), ...(await storedSettings(db)) };
}

export async function setSetting<K extends SettingKey>(db: SagssporDB, key: K, value: Settings[K]): Promise<void> {
  const parsed = SettingsSchema.shape[key].parse(value);
  await db.settings.put({ key, value: parsed });
}
