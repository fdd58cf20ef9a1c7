/**
 * Access to ../shared (seeds, gold files, real fixtures). Tests that need it call
 * `describeShared`: when the folder is absent they are skipped with a visible message,
 * except under CI=true, where a missing ../shared is a failure.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'vitest';

// Resolved from a path, not `new URL`: under happy-dom the global URL is the page's.
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared');
export const sharedAvailable = existsSync(join(SHARED_DIR, 'README.md'));

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}

/** The seed names, e.g. '000_eae494ec270a50b3' (without extension). */
export function seedNames(): string[] {
  return readdirSync(sharedPath('seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
}

export function describeShared(name: string, body: () => void): void {
  if (sharedAvailable) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs ../shared beside the repository', () => {
        throw new Error(`../shared is missing (looked in ${SHARED_DIR}); CI must have it`);
      });
    });
  } else {
    console.warn(`[skipped] ${name}: ../shared is not beside the repository (${SHARED_DIR})`);
    describe.skip(name, body);
  }
}
