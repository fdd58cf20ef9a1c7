/** The OS2web (Drupal 7) meeting markup Sagsspor looks for (counted on the fixtures: ./selector-counts.ts). */
export const SELECTORS = {
  /** The meeting view: each item's "Punkt N Title" link, and the view around the items. */
  minutesMarkup: '.agenda-bullet-list, .view-meeting-details',
} as const;
