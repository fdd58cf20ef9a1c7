/** Numbers of the follows that the pages need too (no imports: light for every bundle). */

/** After this many failed checks in a row a follow says so in the popup. */
export const FAILURE_NOTICE_AFTER = 3;

/** A scheduled check takes a portal that is due within this margin (alarms are not exact). */
export const DUE_MARGIN_MS = 5 * 60_000;
