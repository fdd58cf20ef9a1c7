/**
 * An outcome in words, with a symbol and a colour that both say it too (lib/theme/outcome-palette.ts).
 * The same badge on the page (shadow CSS in lib/page/ui-base.css) and on the extension's pages (styles.css).
 */
import type { Outcome } from '../lib/model.ts';
import { t } from '../lib/i18n/index.ts';
import { OUTCOME_SYMBOL, OUTCOME_TONE } from '../lib/theme/outcome-palette.ts';

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return (
    <span class={`badge tone-${OUTCOME_TONE[outcome]}`} data-outcome={outcome}>
      <span class="sym" aria-hidden="true">
        {OUTCOME_SYMBOL[outcome]}
      </span>
      {t(`outcome_${outcome}`)}
    </span>
  );
}
