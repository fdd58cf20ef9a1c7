/** The kk.dk eDoc markup Sagsspor looks for (counted on the fixtures: ./selector-counts.ts). */
export const SELECTORS = {
  /** The meeting overview's table of items (the items are pages of their own). */
  overview: '.agenda-overview',
} as const;
