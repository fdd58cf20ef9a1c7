/**
 * What the follows' messages carry (their entries are in ./content-to-background.ts: "Følg
 * sagen" on a page, and ./extension-page-to-background.ts: everything else): where a follow is,
 * what to follow, a follow as the page's button shows it. zod/mini.
 */
import * as z from 'zod/mini';
import { ACCESS_STATES, FOLLOW_KINDS, OutcomeListSchema } from '../follows/model.ts';
import { LIMITS } from '../store/limits.ts';

export const FollowIdSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.id));
const UrlSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.url));
export const FollowCaseNumberSchema = z.string().check(z.minLength(1), z.maxLength(100));

/** Where a follow is: a page's address (its site says whose it is), or a municipality key (extension pages only). */
export const PlaceSchema = z.union([z.strictObject({ url: UrlSchema }), z.strictObject({ municipalityKey: z.string().check(z.minLength(1), z.maxLength(300)) })]);
export type Place = z.infer<typeof PlaceSchema>;

/** What to follow, as the pages ask for it; the background fills in municipality and portal. */
export const FollowInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('case'), caseNumber: FollowCaseNumberSchema, place: PlaceSchema }),
  z.strictObject({
    kind: z.literal('committee'),
    committee: z.string().check(z.minLength(1), z.maxLength(500)),
    committeeId: z.nullable(z.string().check(z.maxLength(100))),
    place: PlaceSchema,
  }),
  z.strictObject({
    kind: z.literal('search'),
    words: z.string().check(z.minLength(1), z.maxLength(500)),
    outcomes: OutcomeListSchema,
    /** Null: every municipality followed. */
    place: z.nullable(PlaceSchema),
  }),
]);
export type FollowInput = z.infer<typeof FollowInputSchema>;

/** One case: a page names it by its own address, an extension page (the case view) by a municipality key. */
export const CaseRefSchema = z.strictObject({ place: PlaceSchema, caseNumber: FollowCaseNumberSchema });

/**
 * A follow as the "Følg sagen" button shows it. Not strict: the background's reply is checked
 * against it before it is sent, which leaves out what a page need not know (the follow's name,
 * its news count, its last check).
 */
export const PageFollowSchema = z.object({
  id: z.string(),
  access: z.enum(ACCESS_STATES),
  target: z.object({ kind: z.enum(FOLLOW_KINDS), municipalityKey: z.nullable(z.string()), caseNumber: z.optional(z.string()) }),
});
export type PageFollow = z.infer<typeof PageFollowSchema>;

export const CommitteeChoiceSchema = z.strictObject({ id: z.string(), name: z.string() });
