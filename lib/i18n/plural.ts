/**
 * Counted words through the browser's i18n, which has no plural forms of its own: each counted
 * phrase is two messages, `<key>_one` ("1 møde") and `<key>_other` ("$1 møder"), and the
 * language's plural rule (Intl.PluralRules; Danish and English both have one and other) picks one.
 */
import { currentLocale, t } from './index.ts';

const rules = new Map<string, Intl.PluralRules>();

function category(count: number): 'one' | 'other' {
  const locale = currentLocale();
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count) === 'one' ? 'one' : 'other';
}

/** "1 møde" / "3 møder" for `count_meetings`, in the chosen language. */
export function plural(key: string, count: number): string {
  return t(`${key}_${category(count)}`, String(count));
}
