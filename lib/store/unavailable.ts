/** Telling "the browser will not open the store" from other failures, without loading Dexie (the background's handlers use it). */

/** Dexie's errors for a database the browser will not open (no IndexedDB, a private window, a broken profile). */
const UNAVAILABLE = new Set(['OpenFailedError', 'MissingAPIError', 'DatabaseClosedError', 'InvalidStateError', 'UnknownError', 'VersionError']);

/** Whether an error means the store cannot be opened at all (rather than one request failing). */
export function isStorageUnavailable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && UNAVAILABLE.has(String(error.name));
}
