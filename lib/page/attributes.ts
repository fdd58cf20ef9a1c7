/**
 * The attributes Sagsspor sets on the page's own elements, one name each. The first six are the
 * stable markup for users' own styles and tests (README): an item's element, its decision's
 * wrapper with the outcome, each case number with its value and format. The rest are Sagsspor's
 * own marks (references, a flashed item, which of its UI hosts is which).
 */
export const ATTR = {
  /** The element holding an item: its number. */
  item: 'data-sagsspor-item',
  /** On a closed item's element. */
  closed: 'data-sagsspor-closed',
  /** A decision's wrapper: its outcome (the gold outcome names). */
  outcome: 'data-sagsspor-outcome',
  /** A decision's wrapper: its outcome's tone in the palette (positive, negative, pending, …). */
  tone: 'data-sagsspor-tone',
  /** A case number's mark: the normalised number. */
  case: 'data-sagsspor-case',
  /** A case number's mark: its format. */
  format: 'data-sagsspor-format',
  /** An in-page reference link: what it refers to ('item' or 'attachment'). */
  ref: 'data-sagsspor-ref',
  /** An in-page reference link: the item or attachment number it refers to. */
  target: 'data-sagsspor-target',
  /** An attachment reference: the item it is in, and the attachment's index in that item. */
  inItem: 'data-sagsspor-in-item',
  attachment: 'data-sagsspor-attachment',
  /** An item flashed after a jump to it. */
  flash: 'data-sagsspor-flash',
  /** One of Sagsspor's UI hosts: which item it belongs to, and which part of the UI it is. */
  for: 'data-sagsspor-for',
  part: 'data-sagsspor-part',
} as const;
