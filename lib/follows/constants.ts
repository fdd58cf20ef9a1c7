/** Numbers of the follows that the pages need too (no imports: light for every bundle). */

/** After this many failed checks in a row a follow says so in the popup. */
export const FAILURE_NOTICE_AFTER = 3;
