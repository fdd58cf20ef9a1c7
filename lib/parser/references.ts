// PROVISIONAL stub written by the lead so the parser core can run; helper-1 owns and replaces this file.
import type { Reference } from '../model.ts';
export function findReferences(_text: string): Reference[] { return []; }
