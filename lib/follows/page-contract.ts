/**
 * The part of the follows' message contract a minutes page (the content script) reads: the
 * replies to `follow`, `unfollow` and `list-follows`, cut to what the page's "Følg sagen" button
 * shows, so the content script carries no more schema than it needs. A test checks they accept
 * every full reply (lib/follows/messages.ts).
 */
import * as z from 'zod/mini';
import { ACCESS_STATES, FOLLOW_KINDS } from './model.ts';

/** A follow as the page's button shows it. */
export const PageFollowSchema = z.object({
  id: z.string(),
  access: z.enum(ACCESS_STATES),
  target: z.object({ kind: z.enum(FOLLOW_KINDS), municipalityKey: z.nullable(z.string()), caseNumber: z.optional(z.string()) }),
});
export type PageFollow = z.infer<typeof PageFollowSchema>;

export const PAGE_FOLLOW_REPLIES = {
  follow: z.object({ follow: PageFollowSchema, created: z.boolean() }),
  unfollow: z.object({ removed: z.boolean() }),
  'list-follows': z.object({ follows: z.array(PageFollowSchema) }),
} as const;
export type PageFollowRequestType = keyof typeof PAGE_FOLLOW_REPLIES;
