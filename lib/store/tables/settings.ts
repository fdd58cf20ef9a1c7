/**
 * `settings`: one row per setting (`key`, `value`): language, theme, outline open, colours.
 * Values are validated per key on reading; a missing or unreadable one gives the default. The
 * export file's `settings` holds the settings the user changed.
 */
import { z } from 'zod';
import { DEFAULT_COLOURS } from '../../theme/outcome-palette.ts';
import type { SagssporDB } from '../db.ts';
import { HexColourSchema } from './fields.ts';
import type { ExportSection, TableDef } from './table.ts';

export const LOCALES = ['da', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

/** The decision and bookmark colours on every surface (the options page lets the user choose them). */
export const ColoursSchema = z.strictObject({
  /** Approved / recommended decisions. */
  positive: HexColourSchema,
  /** Rejected decisions. */
  negative: HexColourSchema,
  /** Noted, discussed, postponed and other decisions. */
  neutral: HexColourSchema,
  /** Bookmarked items on the page. */
  bookmark: HexColourSchema,
});
export type Colours = z.infer<typeof ColoursSchema>;

export const SettingsSchema = z.strictObject({
  locale: LocaleSchema,
  theme: z.enum(['system', 'light', 'dark']),
  outlineOpen: z.boolean(),
  colours: ColoursSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];

export const DEFAULT_SETTINGS: Settings = {
  locale: 'da',
  theme: 'system',
  // The outline does not cover the page until the user opens it (then that choice is kept).
  outlineOpen: false,
  colours: { ...DEFAULT_COLOURS },
};

export const SettingRowSchema = z.object({ key: z.string(), value: z.unknown() });
export type SettingRow = z.infer<typeof SettingRowSchema>;

export const settingsTable: TableDef<SettingRow> = {
  indexes: 'key',
  row: SettingRowSchema,
  exported: { section: 'settings' },
};

function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SettingsSchema.shape, key);
}

/** The settings the user changed (rows present and readable). */
export async function storedSettings(db: SagssporDB): Promise<Partial<Settings>> {
  const out: Partial<Record<SettingKey, unknown>> = {};
  for (const row of await db.settings.toArray()) {
    if (!isSettingKey(row.key)) continue;
    const parsed = SettingsSchema.shape[row.key].safeParse(row.value);
    if (parsed.success) out[row.key] = parsed.data;
  }
  return out as Partial<Settings>;
}

/** The settings the user changed; on import a value from the file is used only where this browser has none of its own. */
export const settingsSection: ExportSection<Partial<Settings>, { applied: number }> = {
  since: 1,
  schema: SettingsSchema.partial(),
  empty: {},
  read: storedSettings,
  async merge(db, settings) {
    const summary = { applied: 0 };
    for (const [key, value] of Object.entries(settings)) {
      if (value === undefined) continue;
      if ((await db.settings.get(key)) === undefined) {
        await db.settings.put({ key, value });
        summary.applied++;
      }
    }
    return summary;
  },
};
