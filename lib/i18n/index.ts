/**
 * UI text. `t(key, subs)` reads the chosen locale's messages.json when the user picked a
 * language in the options (extension pages load it with `loadLocale`), else the browser's own
 * i18n (which follows the browser's language). Unknown keys come back as the key itself, so a
 * missing translation is visible rather than blank.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { Locale } from '../store/tables/settings.ts';
import { LocaleMessagesSchema, type LocaleMessages } from '../messages/parts.ts';

export type Messages = LocaleMessages;

let chosen: { locale: Locale; messages: Messages } | null = null;

export type Subs = string | number | readonly (string | number)[];

/** Chrome's substitution rules: `$name$` placeholders (their content may be `$1`…), `$1`–`$9`, `$$` for `$`. */
export function formatMessage(entry: Messages[string], subs?: Subs): string {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs.map(String) : [String(subs)];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, d: string) => list[Number(d) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (match, name: string | undefined, digit: string | undefined) => {
    if (match === '$$') return '$';
    if (digit !== undefined) return list[Number(digit) - 1] ?? '';
    const placeholder = entry.placeholders?.[name!.toLowerCase()] ?? entry.placeholders?.[name!];
    return placeholder ? positional(placeholder.content) : match;
  });
}

/** Use these messages (already loaded) for `t`. Null returns to the browser's i18n. */
export function setMessages(locale: Locale | null, messages?: unknown): void {
  if (locale === null || messages === undefined) {
    chosen = null;
    return;
  }
  const lowerCased: Messages = {};
  for (const [key, value] of Object.entries(z.parse(LocaleMessagesSchema, messages))) {
    const placeholders = value.placeholders
      ? Object.fromEntries(Object.entries(value.placeholders).map(([k, v]) => [k.toLowerCase(), v]))
      : undefined;
    lowerCased[key] = placeholders ? { ...value, placeholders } : value;
  }
  chosen = { locale, messages: lowerCased };
}

/** Load the extension's own `_locales/<locale>/messages.json`; on failure fall back to the browser's i18n. */
export async function loadLocale(locale: Locale, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchImpl(browser.runtime.getURL(`/_locales/${locale}/messages.json`));
    if (!response.ok) throw new Error(String(response.status));
    setMessages(locale, await response.json());
    return true;
  } catch {
    setMessages(null);
    return false;
  }
}

export function currentLocale(): Locale {
  if (chosen) return chosen.locale;
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('da') ? 'da' : 'en';
  } catch {
    return 'da';
  }
}

export function t(key: string, subs?: Subs): string {
  const entry = chosen?.messages[key];
  if (entry) return formatMessage(entry, subs);
  try {
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string | string[]) => string;
    const list = subs === undefined ? undefined : Array.isArray(subs) ? subs.map(String) : String(subs);
    const text = getMessage(key, list);
    if (text) return text;
  } catch {
    // No browser i18n here (tests, or a page outside the extension).
  }
  return key;
}

/** Dates as people read them in the chosen language: "12. marts 2024" / "12 March 2024". */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return t('common_noDate');
  const d = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return d.toLocaleDateString(currentLocale() === 'da' ? 'da-DK' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
