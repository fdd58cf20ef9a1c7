/** The pieces messages carry: a messages.json file, an address the store may keep. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LocaleMessagesSchema, StorableAddressSchema } from '../../../lib/messages/parts.ts';

describe('a messages.json file', () => {
  it('checks a messages.json file field by field (an object of entries)', () => {
    const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../../assets/public/_locales/da/messages.json', import.meta.url)), 'utf8')) as unknown;
    expect(LocaleMessagesSchema.safeParse(file).success).toBe(true);
    expect(LocaleMessagesSchema.safeParse({ a: { message: 'x', placeholders: { n: { content: '$1' } } } }).success).toBe(true);
    for (const bad of [[], 'x', null, { a: { text: 'x' } }, { a: 'x' }, { a: { message: 'x', placeholders: { n: 'x' } } }, { a: { message: 'x', placeholders: [] } }]) {
      expect(LocaleMessagesSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('an address the store keeps', () => {
  it('is a web address or the reader\'s key of a file read from disk, and the refusal says which it is not', () => {
    expect(StorableAddressSchema.safeParse('https://dagsordener.lejre.dk/vis?id=1').success).toBe(true);
    expect(StorableAddressSchema.safeParse('file:///referat.pdf').success).toBe(true);
    const refused = StorableAddressSchema.safeParse('javascript:alert(1)');
    expect(refused.error?.issues[0]?.message).toBe('only web addresses (http: or https:) can be stored, not "javascript:alert(1)"');
  });
});
