// PROVISIONAL stub written by the lead so the parser core can run; helper-1 owns and replaces this file.
import type { Outcome } from '../model.ts';
export function classifyOutcome(decision: string | null): Outcome {
  if (!decision || decision.trim() === '-' ) return 'none';
  const t = decision.toLowerCase();
  if (/^(ad\.? ?\d|dot \d)/m.test(t) && /\n(ad\.? ?\d|dot \d)/.test(t)) return 'mixed';
  if (/ikke frigivet/.test(t)) return 'not_released';
  if (/udsat/.test(t)) return 'postponed';
  if (/efterretning|orientering/.test(t)) return 'noted';
  if (/anbefal/.test(t)) return 'recommended';
  if (/godkendt|tiltrådt|vedtaget|besluttede/.test(t)) return 'approved';
  if (/drøft/.test(t)) return 'discussed';
  return 'other';
}
