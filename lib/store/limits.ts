/** Size limits of what the store keeps and messages carry (no Zod here: the content script uses them). */
export const LIMITS = {
  url: 4096,
  title: 5_000,
  text: 200_000,
  note: 50_000,
  tag: 60,
  tagsPerBookmark: 50,
  quote: 10_000,
  context: 200,
  id: 100,
} as const;
