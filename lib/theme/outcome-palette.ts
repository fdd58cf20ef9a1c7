/**
 * The one outcome palette of every surface (page, popup, side panel, case view, search): each
 * outcome has a tone (its colour) and a symbol, so it reads without colour too. The tones'
 * colours are the user's (options page) for positive, negative and neutral; pending is fixed.
 */
import type { Outcome } from '../model.ts';

export type Tone = 'positive' | 'negative' | 'neutral' | 'pending';

export const OUTCOME_TONE: Record<Outcome, Tone> = {
  approved: 'positive',
  recommended: 'positive',
  noted: 'neutral',
  discussed: 'neutral',
  postponed: 'pending',
  rejected: 'negative',
  not_released: 'negative',
  mixed: 'pending',
  none: 'neutral',
  other: 'neutral',
};

/** A symbol per outcome, so the badge reads without colour. */
export const OUTCOME_SYMBOL: Record<Outcome, string> = {
  approved: '✓',
  recommended: '➚',
  noted: 'i',
  discussed: '…',
  postponed: '‖',
  rejected: '✕',
  not_released: '⊘',
  mixed: '±',
  none: '–',
  other: '•',
};

/** The pending tone (postponed, mixed): orange, dark enough for a symbol on white. */
export const PENDING_COLOUR = '#b35900';

/** The user's colours until they choose others (options page); their schema is ColoursSchema (lib/store/tables/settings.ts). */
export const DEFAULT_COLOURS = { positive: '#1a7f37', negative: '#cf222e', neutral: '#6e7781', bookmark: '#bf8700' } as const;
