/**
 * Zod schemas of everything the store keeps, and of the pieces messages carry into it. No Dexie
 * here: the content script and the message contract import these schemas without the database.
 * Rows read from IndexedDB, messages and import files are all validated with these.
 */
import { z } from 'zod';
import { ItemSchema, OutcomeSchema, ParseWarningSchema } from '../model.ts';

export { LIMITS } from './limits.ts';
import { isStorableAddress, refusedAddress } from '../safe-link.ts';
import { LIMITS } from './limits.ts';

export const TimestampSchema = z.iso.datetime();
export const DateSchema = z.iso.date();
export const HexColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1a7f37');

/** Tag names: 1–60 characters, no line breaks or control characters. */
export const TagNameSchema = z
  .string()
  .min(1)
  .max(LIMITS.tag)
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'a tag cannot contain line breaks or control characters')
  .refine((s) => s.trim() === s && s.trim() !== '', 'a tag cannot start or end with spaces');

// Defined with the content-safe part of the message contract (the page makes and reads anchors).
export { TextAnchorSchema, type TextAnchor } from '../messages-core.ts';
import { TextAnchorSchema } from '../messages-core.ts';
import { MEETING_KINDS } from '../model-values.ts';

const MeetingKindSchema = z.enum(MEETING_KINDS).nullable();

// ---------------------------------------------------------------------------------------------
// Meetings and items: the parsed pages, kept so a case number can be looked up across meetings.

/** The stored part of an item: the parser's Item without its section bodies and source span. */
export const StoredItemFieldsSchema = ItemSchema.omit({ sectionTexts: true, span: true, decisionSpan: true });
export type StoredItemFields = z.infer<typeof StoredItemFieldsSchema>;

export const MeetingRowSchema = z.object({
  id: z.string(),
  municipalityKey: z.string(),
  /** The municipality as the parser named it (null when it could not be certain). */
  municipality: z.string().nullable(),
  url: z.string().max(LIMITS.url),
  pageKey: z.string(),
  source: z.string(),
  kind: MeetingKindSchema,
  committee: z.string().nullable(),
  date: DateSchema.nullable(),
  time: z.string().nullable(),
  location: z.string().nullable(),
  participants: z.array(z.string()),
  absent: z.array(z.string()),
  warnings: z.array(ParseWarningSchema),
  itemCount: z.number().int().nonnegative(),
  seenAt: TimestampSchema,
});
export type MeetingRow = z.infer<typeof MeetingRowSchema>;

export const ItemRowSchema = StoredItemFieldsSchema.extend({
  id: z.string(),
  meetingId: z.string(),
  municipalityKey: z.string(),
  meetingDate: DateSchema.nullable(),
  meetingCommittee: z.string().nullable(),
  /** `<municipality key>|<normalised case number>` for each case number (multi-entry index). */
  caseKeys: z.array(z.string()),
});
export type ItemRow = z.infer<typeof ItemRowSchema>;

export const CrossReferenceRowSchema = z.object({
  id: z.string(),
  fromItemId: z.string(),
  /** The referenced item in the same meeting, when the meeting has it. */
  toItemId: z.string().nullable(),
  kind: z.enum(['item', 'attachment']),
  target: z.number().int(),
  raw: z.string(),
});
export type CrossReferenceRow = z.infer<typeof CrossReferenceRowSchema>;

// ---------------------------------------------------------------------------------------------
// Bookmarks: what the user saved, with a copy of the item so it stays readable without the page.

export const BookmarkCoreSchema = z.object({
  id: z.string().min(1).max(LIMITS.id),
  /** The page the item was bookmarked on (deep links add `#sagsspor-item=<n>`). */
  url: z.string().min(1).max(LIMITS.url),
  municipality: z.string().max(LIMITS.title).nullable(),
  meetingDate: DateSchema.nullable(),
  meetingCommittee: z.string().max(LIMITS.title).nullable(),
  meetingKind: MeetingKindSchema,
  itemNumber: z.number().int(),
  itemCommittees: z.array(z.string().max(LIMITS.title)),
  title: z.string().max(LIMITS.title),
  decision: z.string().max(LIMITS.text).nullable(),
  outcome: OutcomeSchema,
  /** Normalised case numbers of the item, the first being the bookmark's key. */
  caseNumbers: z.array(z.string().min(1).max(100)),
  anchor: TextAnchorSchema,
  tags: z.array(TagNameSchema).max(LIMITS.tagsPerBookmark),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** When the page annotations last found the item on its page. */
  foundAt: TimestampSchema.nullable(),
  /** Set when the item could not be found on its page ("ikke fundet på siden"); cleared when found. */
  missingSince: TimestampSchema.nullable(),
});
export type BookmarkCore = z.infer<typeof BookmarkCoreSchema>;

export const BookmarkRowSchema = BookmarkCoreSchema.extend({
  identity: z.string(),
  municipalityKey: z.string(),
  caseKeys: z.array(z.string()),
  meetingId: z.string(),
  pageKey: z.string(),
});
export type BookmarkRow = z.infer<typeof BookmarkRowSchema>;

export const NoteRowSchema = z.object({
  bookmarkId: z.string(),
  text: z.string().max(LIMITS.note),
  updatedAt: TimestampSchema,
});
export type NoteRow = z.infer<typeof NoteRowSchema>;

export const TagRowSchema = z.object({
  name: TagNameSchema,
  colour: HexColourSchema.nullable(),
  createdAt: TimestampSchema,
});
export type TagRow = z.infer<typeof TagRowSchema>;

/** A bookmark as pages and messages see it: the row with its note. */
export const BookmarkViewSchema = BookmarkRowSchema.extend({
  note: z.string(),
  noteUpdatedAt: TimestampSchema.nullable(),
});
export type BookmarkView = z.infer<typeof BookmarkViewSchema>;

/** What "delete" hands back so "undo" can put it back exactly. */
export const BookmarkBackupSchema = z.object({ bookmark: BookmarkRowSchema, note: NoteRowSchema.nullable() });
export type BookmarkBackup = z.infer<typeof BookmarkBackupSchema>;

// ---------------------------------------------------------------------------------------------
// Settings.

export const LOCALES = ['da', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

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
  colours: { positive: '#1a7f37', negative: '#cf222e', neutral: '#6e7781', bookmark: '#bf8700' },
};

export const SettingRowSchema = z.object({ key: z.string(), value: z.unknown() });
export type SettingRow = z.infer<typeof SettingRowSchema>;

// ---------------------------------------------------------------------------------------------
// Input pieces that messages carry into the store.

/** The meeting a page shows, as far as the parser knows it. */
export const MeetingRefSchema = z.strictObject({
  municipality: z.string().max(LIMITS.title).nullable(),
  committee: z.string().max(LIMITS.title).nullable(),
  date: DateSchema.nullable(),
  kind: MeetingKindSchema,
});
export type MeetingRef = z.infer<typeof MeetingRefSchema>;

/** The item to bookmark: the parser's Item fields a bookmark keeps a copy of. */
export const ItemRefSchema = z.strictObject({
  number: z.number().int(),
  title: z.string().max(LIMITS.title),
  decision: z.string().max(LIMITS.text).nullable(),
  outcome: OutcomeSchema,
  committees: z.array(z.string().max(LIMITS.title)),
  /** Case numbers as written, or already normalised: the store normalises them again. */
  caseNumbers: z.array(z.string().max(100)),
});
export type ItemRef = z.infer<typeof ItemRefSchema>;

/** An address the store accepts: a web address, or the reader's key of a PDF read from disk (lib/safe-link.ts). */
export const StorableAddressSchema = z
  .string()
  .min(1)
  .max(LIMITS.url)
  .refine(isStorableAddress, { error: (issue) => refusedAddress(String(issue.input)) });

export const BookmarkTargetSchema = z.strictObject({
  url: StorableAddressSchema,
  meeting: MeetingRefSchema,
  item: ItemRefSchema,
  anchor: TextAnchorSchema,
});
export type BookmarkTarget = z.infer<typeof BookmarkTargetSchema>;

