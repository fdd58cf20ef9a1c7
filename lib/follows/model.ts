/**
 * What a user follows, what a check found, and the state a check keeps between runs, as Zod
 * (zod/mini: the content script reads some of it) schemas. No Dexie, no extension API.
 *
 * - A follow: a case number in a municipality, a committee of a municipality, or a saved search
 *   (words or a case number, in one municipality or in all followed ones, optionally only some
 *   outcomes). It is checked on its municipality's FirstAgenda Publication portal (`portal`, an
 *   origin); a follow without a portal (a site that is not such a portal) says so.
 * - A news entry ("Nyt"): one match of one follow in one meeting (and item). Its `key` is unique,
 *   so the same match never makes a second entry; a dagsorden that later comes as a referat
 *   updates its entry ("nu med beslutning").
 * - A portal's state: which of its meetings are known, its last check and failures, when it may
 *   be asked again. A run: which portals the current check still has to ask. Both live in the
 *   store, so a stopped service worker resumes where it was.
 */
import * as z from 'zod/mini';
import { MEETING_KINDS, OUTCOMES } from '../model-values.ts';
import { LIMITS } from '../store/limits.ts';

export const FOLLOW_KINDS = ['case', 'committee', 'search'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

export const TimestampSchema = z.iso.datetime();
const DateSchema = z.iso.date();
/** A portal: a web origin, `https://dagsordener.lejre.dk` (no path). */
export const OriginSchema = z.string().check(z.maxLength(300), z.regex(/^https?:\/\/[^/?#\s]+$/));
const MunicipalityKeySchema = z.string().check(z.minLength(1), z.maxLength(300));
const CaseNumberSchema = z.string().check(z.minLength(1), z.maxLength(100));
export const FollowNameSchema = z.string().check(z.minLength(1), z.maxLength(200));
const IdSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.id));
export const OutcomeListSchema = z.array(z.enum(OUTCOMES)).check(z.maxLength(OUTCOMES.length));

export const CaseTargetSchema = z.strictObject({
  kind: z.literal('case'),
  municipalityKey: MunicipalityKeySchema,
  /** The municipality as people say it ("Lejre"), for display; null when not known. */
  municipality: z.nullable(z.string().check(z.maxLength(200))),
  portal: z.nullable(OriginSchema),
  /** Normalised (lib/store/keys.ts normaliseCaseNumber). */
  caseNumber: CaseNumberSchema,
});

export const CommitteeTargetSchema = z.strictObject({
  kind: z.literal('committee'),
  municipalityKey: MunicipalityKeySchema,
  municipality: z.nullable(z.string().check(z.maxLength(200))),
  portal: z.nullable(OriginSchema),
  committee: z.string().check(z.minLength(1), z.maxLength(500)),
  /** The portal's own id of the committee (API `Id`), when it was chosen from the portal's list. */
  committeeId: z.nullable(z.string().check(z.maxLength(100))),
});

export const SearchTargetSchema = z.strictObject({
  kind: z.literal('search'),
  /** Null: every municipality the user follows something in. */
  municipalityKey: z.nullable(MunicipalityKeySchema),
  municipality: z.nullable(z.string().check(z.maxLength(200))),
  portal: z.nullable(OriginSchema),
  /** Words or a case number, as the search page takes them (all words must match). */
  words: z.string().check(z.minLength(1), z.maxLength(500)),
  /** Only items with one of these outcomes; empty: any. */
  outcomes: OutcomeListSchema,
});

export const FollowTargetSchema = z.discriminatedUnion('kind', [CaseTargetSchema, CommitteeTargetSchema, SearchTargetSchema]);
export type FollowTarget = z.infer<typeof FollowTargetSchema>;
export type CaseTarget = z.infer<typeof CaseTargetSchema>;
export type CommitteeTarget = z.infer<typeof CommitteeTargetSchema>;
export type SearchTarget = z.infer<typeof SearchTargetSchema>;

/** Why a check failed, as a code the pages put into words (lib/follows/words.ts). */
export const CHECK_ERROR_CODES = [
  /** Sagsspor may not ask the portal (host permission missing). */
  'permission',
  /** The follow's site is not a FirstAgenda Publication portal (nothing to ask). */
  'no-portal',
  /** A search over "all followed municipalities" while none is followed. */
  'nothing-followed',
  /** The address answers, but not as a FirstAgenda portal (404, not JSON, another shape). */
  'not-portal',
  /** No answer at all (network, name not found). */
  'unreachable',
  'timeout',
  /** HTTP 5xx. */
  'server',
  /** HTTP 429 / 503 with Retry-After: the portal asked us to wait. */
  'busy',
  'too-large',
  /** Some meetings could be listed but not read. */
  'meetings',
  'failed',
] as const;
export type CheckErrorCode = (typeof CHECK_ERROR_CODES)[number];

export const CheckErrorSchema = z.strictObject({
  code: z.enum(CHECK_ERROR_CODES),
  /** The technical reason (English), shown under "Tekniske detaljer". */
  detail: z.string().check(z.maxLength(2000)),
  /** The portal that failed (a search over several portals names it). */
  portal: z.nullable(OriginSchema),
});
export type CheckError = z.infer<typeof CheckErrorSchema>;

export const CheckResultSchema = z.strictObject({
  at: TimestampSchema,
  status: z.enum(['ok', 'failed']),
  /** New or updated news entries this check made for the follow (for a portal: in all). */
  newCount: z.int().check(z.nonnegative()),
  error: z.nullable(CheckErrorSchema),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

export const FollowRowSchema = z.strictObject({
  id: IdSchema,
  /** Unique: the same case, committee or search is followed once (followIdentity). */
  identity: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** The user's own name for it (renamed in the popup or options); null: named by what it follows, in the page's language. */
  name: z.nullable(FollowNameSchema),
  target: FollowTargetSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  lastCheck: z.nullable(CheckResultSchema),
});
export type FollowRow = z.infer<typeof FollowRowSchema>;

export const NEWS_CHANGES = [
  /** A match in a meeting not seen before. */
  'new',
  /** The agenda of an earlier entry came as minutes: "nu med beslutning". */
  'decision',
] as const;

export const NewsRowSchema = z.strictObject({
  id: IdSchema,
  /** `<follow id>|<meeting id>|<item number or "meeting">`: unique, so a match is told once. */
  key: z.string().check(z.minLength(1), z.maxLength(2000)),
  followId: IdSchema,
  /** The follow's own name when the entry was made (null: it had none; the follow may be removed later). */
  followName: z.nullable(FollowNameSchema),
  followKind: z.enum(FOLLOW_KINDS),
  municipalityKey: MunicipalityKeySchema,
  municipality: z.nullable(z.string().check(z.maxLength(200))),
  /** The store's meeting id (lib/store/keys.ts meetingId). */
  meetingId: z.string().check(z.maxLength(2000)),
  committee: z.nullable(z.string().check(z.maxLength(500))),
  meetingDate: z.nullable(DateSchema),
  meetingKind: z.enum(MEETING_KINDS),
  /** Null for a committee's whole meeting. */
  itemNumber: z.nullable(z.int()),
  title: z.string().check(z.maxLength(LIMITS.title)),
  caseNumbers: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
  /** The decision's start (minutes only). */
  decision: z.nullable(z.string().check(z.maxLength(1000))),
  outcome: z.enum(OUTCOMES),
  change: z.enum(NEWS_CHANGES),
  /** The portal's page of the meeting. */
  url: z.string().check(z.maxLength(LIMITS.url)),
  /** The deep link: the page at the item (`#sagsspor-item=<n>`), or the page for a meeting. */
  link: z.string().check(z.maxLength(LIMITS.url)),
  /** 1 unread, 0 read (a number, so it can be indexed). */
  unread: z.union([z.literal(0), z.literal(1)]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  readAt: z.nullable(TimestampSchema),
  /** When a browser notification was made for its latest change (or skipped: notifications off). */
  notifiedAt: z.nullable(TimestampSchema),
});
export type NewsRow = z.infer<typeof NewsRowSchema>;

/** A meeting of a portal seen by a check: `<API id>|<kind>` with the meeting's date (for pruning). */
export const KnownMeetingSchema = z.strictObject({
  key: z.string().check(z.maxLength(200)),
  date: DateSchema,
});

export const MAX_KNOWN_MEETINGS = 20_000;

export const PortalStateSchema = z.strictObject({
  version: z.literal(1),
  origin: OriginSchema,
  /** When the portal's meetings were first listed; null until then. Meetings listed then are not news. */
  baselineAt: z.nullable(TimestampSchema),
  known: z.array(KnownMeetingSchema).check(z.maxLength(MAX_KNOWN_MEETINGS)),
  lastCheck: z.nullable(CheckResultSchema),
  /** Failed checks one after another (a missing permission is not the portal's failure). */
  failuresInARow: z.int().check(z.nonnegative()),
  /** Not asked again before this time: the portal asked for it, or failures back off. */
  retryAt: z.nullable(TimestampSchema),
  retryReason: z.nullable(z.enum(['server', 'backoff'])),
});
export type PortalState = z.infer<typeof PortalStateSchema>;

export const RUN_REASONS = ['scheduled', 'manual', 'baseline'] as const;
export type RunReason = (typeof RUN_REASONS)[number];

export const RunSchema = z.strictObject({
  version: z.literal(1),
  id: IdSchema,
  reason: z.enum(RUN_REASONS),
  /** The portals this run asks, in order. */
  queue: z.array(OriginSchema).check(z.maxLength(1000)),
  done: z.array(OriginSchema).check(z.maxLength(1000)),
  /** News entries made or updated for follows that span several portals, by follow id. */
  spanning: z.array(z.strictObject({ followId: IdSchema, count: z.int().check(z.nonnegative()) })).check(z.maxLength(1000)),
  startedAt: TimestampSchema,
  finishedAt: z.nullable(TimestampSchema),
  /** Which service worker runs it, and when it last said so: one runner at a time. */
  runner: z.nullable(z.strictObject({ id: IdSchema, at: TimestampSchema })),
});
export type Run = z.infer<typeof RunSchema>;

/** Checks are never more often than hourly, nor rarer than weekly. */
export const MIN_INTERVAL_HOURS = 1;
export const MAX_INTERVAL_HOURS = 168;
export const INTERVAL_CHOICES = [1, 2, 3, 6, 12, 24, 48, 168] as const;

export const FollowSettingsSchema = z.strictObject({
  intervalHours: z.int().check(z.gte(MIN_INTERVAL_HOURS), z.lte(MAX_INTERVAL_HOURS)),
  /** Browser notifications for news (the "Nyt" list and badge are always there). */
  notify: z.boolean(),
  /** The pause between two requests to portals (politeness). */
  pauseMs: z.int().check(z.gte(0), z.lte(60_000)),
});
export type FollowSettings = z.infer<typeof FollowSettingsSchema>;

export const DEFAULT_FOLLOW_SETTINGS: FollowSettings = { intervalHours: 6, notify: true, pauseMs: 2000 };

export const ScheduleSchema = z.strictObject({
  /** When the next scheduled check runs (the alarm's time); null when nothing is followed. */
  nextAt: z.nullable(TimestampSchema),
  intervalHours: z.int().check(z.gte(MIN_INTERVAL_HOURS), z.lte(MAX_INTERVAL_HOURS)),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

/** Whether Sagsspor may ask a follow's portal. */
export const ACCESS_STATES = ['granted', 'missing', 'no-portal'] as const;
export type AccessState = (typeof ACCESS_STATES)[number];

/** A follow as the pages show it: the row and its visible state. */
export const FollowViewSchema = z.strictObject({
  ...FollowRowSchema.shape,
  access: z.enum(ACCESS_STATES),
  /** The portals it is checked on (one, or every followed one for a search over all). */
  portals: z.array(OriginSchema),
  /** Failed checks in a row of its portal (the worst of several). */
  failuresInARow: z.int().check(z.nonnegative()),
  nextCheckAt: z.nullable(TimestampSchema),
  /** When a portal asked to wait, until when. */
  waitUntil: z.nullable(TimestampSchema),
  unread: z.int().check(z.nonnegative()),
  /** A check is running for it now. */
  checking: z.boolean(),
});
export type FollowView = z.infer<typeof FollowViewSchema>;
