import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, setMessages, t } from '../../../lib/i18n/index.ts';
import { OUTCOMES } from '../../../lib/model.ts';
import { localeMessages } from './popup-helpers.tsx';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every literal key passed to t() in the popup, options and shared components. */
function usedKeys(): string[] {
  const keys = new Set<string>();
  for (const file of [...sources('components'), ...sources('entrypoints/popup'), ...sources('entrypoints/options')]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
  }
  for (const o of OUTCOMES) keys.add(`outcome_${o}`);
  for (const c of ['positive', 'negative', 'neutral', 'bookmark']) keys.add(`appearance_colour_${c}`);
  for (const k of ['too_large', 'empty', 'encoding', 'not_json', 'not_object', 'not_sagsspor', 'unsupported_version', 'invalid', 'duplicate', 'write_failed']) keys.add(`import_error_${k}`);
  return [...keys].sort();
}

describe('UI text in Danish and English', () => {
  const da = localeMessages('da');
  const en = localeMessages('en');

  it('every key used by the pages exists in both languages', () => {
    const keys = usedKeys();
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !da[k])).toEqual([]);
    expect(keys.filter((k) => !en[k])).toEqual([]);
  });

  it('both files have the same keys, and only names Chrome accepts', () => {
    expect(Object.keys(da).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(da).filter((k) => !/^[A-Za-z0-9_@]+$/.test(k))).toEqual([]);
  });

  it('placeholders are filled as Chrome fills them', () => {
    setMessages('da', da);
    expect(t('popup_pageCounts', [12, 9, 2])).toBe('Punkter: 12 · Beslutninger: 9 · Bogmærket: 2');
    setMessages('en', en);
    expect(t('popup_pageCounts', [12, 9, 2])).toBe('Items: 12 · Decisions: 9 · Bookmarked: 2');
    expect(formatMessage({ message: 'Pris: $$$1, $NAME$', placeholders: { name: { content: '$2' } } }, ['5', 'Ida'])).toBe('Pris: $5, Ida');
    expect(t('no_such_key')).toBe('no_such_key');
    setMessages(null);
  });
});
