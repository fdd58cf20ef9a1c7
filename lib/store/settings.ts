/** Settings: one row per key; a missing or unreadable value gives the default. */
import type { SagssporDB } from './db.ts';
import { DEFAULT_SETTINGS, SettingsSchema, type SettingKey, type Settings } from './schemas.ts';

export async function getSettings(db: SagssporDB): Promise<Settings> {
  const rows = await db.settings.toArray();
  const out: Settings = structuredClone(DEFAULT_SETTINGS);
  for (const row of rows) {
    if (!(row.key in SettingsSchema.shape)) continue;
    const key = row.key as SettingKey;
    const parsed = SettingsSchema.shape[key].safeParse(row.value);
    if (parsed.success) (out as Record<SettingKey, unknown>)[key] = parsed.data;
  }
  return out;
}

export async function setSetting<K extends SettingKey>(db: SagssporDB, key: K, value: Settings[K]): Promise<void> {
  const parsed = SettingsSchema.shape[key].parse(value);
  await db.settings.put({ key, value: parsed });
}

/** The settings the user changed (rows present), for export. */
export async function storedSettings(db: SagssporDB): Promise<Partial<Settings>> {
  const rows = await db.settings.toArray();
  const out: Partial<Record<SettingKey, unknown>> = {};
  for (const row of rows) {
    if (!(row.key in SettingsSchema.shape)) continue;
    const key = row.key as SettingKey;
    const parsed = SettingsSchema.shape[key].safeParse(row.value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Partial<Settings>;
}
