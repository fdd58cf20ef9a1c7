/** Reading a reply envelope: the data checked against the reply's schema, or a MessageError naming what is wrong. */
import { describe, expect, it } from 'vitest';
import { CONTENT_TO_BACKGROUND } from '../../../lib/messages/content-to-background.ts';
import { MessageError, errorEnvelope, readReply } from '../../../lib/messages/envelope.ts';

const settingsReply = CONTENT_TO_BACKGROUND['get-settings'].reply;
const settings = { locale: 'da', theme: 'system', outlineOpen: true, colours: { positive: '#1a7f37', negative: '#cf222e', neutral: '#59636e', bookmark: '#9a6700' } };

describe('reading a reply', () => {
  it('gives the data of a reply that matches its schema', () => {
    expect(readReply(settingsReply, { ok: true, data: { settings } }, 'get-settings').settings.colours.neutral).toBe('#59636e');
  });

  it('names the field of a malformed reply', () => {
    const bad = { ok: true, data: { settings: { ...settings, locale: 'xx' } } };
    expect(() => readReply(settingsReply, bad, 'get-settings')).toThrow(/^invalid answer to 'get-settings': data\.settings\.locale: /);
    expect(() => readReply(settingsReply, { ok: true, data: { settings }, extra: 1 }, 'get-settings')).toThrow(/extra: unknown field/);
    expect(() => readReply(settingsReply, { ok: 'yes' }, 'get-settings')).toThrow(MessageError);
    expect(() => readReply(settingsReply, 'ok', 'get-settings')).toThrow(MessageError);
    expect(() => readReply(settingsReply, undefined, 'get-settings')).toThrow(expect.objectContaining({ code: 'no-response' }));
  });

  it('turns an error envelope into a MessageError with its code, and refuses a malformed one', () => {
    const failed = () => readReply(settingsReply, { ok: false, error: { code: 'not-found', message: 'gone' } }, 'get-settings');
    expect(failed).toThrow(expect.objectContaining({ code: 'not-found', message: 'gone' }));
    const bogus = () => readReply(settingsReply, { ok: false, error: { code: 'teapot', message: 'x' } }, 'get-settings');
    expect(bogus).toThrow(expect.objectContaining({ code: 'invalid-response' }));
  });
});

describe('an error as an envelope', () => {
  it('keeps a known code, and calls anything else a failure', () => {
    expect(errorEnvelope(new MessageError('forbidden', 'no'))).toEqual({ ok: false, error: { code: 'forbidden', message: 'no' } });
    expect(errorEnvelope(Object.assign(new Error('gone'), { code: 'not-found' }))).toEqual({ ok: false, error: { code: 'not-found', message: 'gone' } });
    expect(errorEnvelope(Object.assign(new Error('odd'), { code: 'teapot' }))).toEqual({ ok: false, error: { code: 'failed', message: 'odd' } });
  });

  it('names the field of a validation error', () => {
    const result = settingsReply.safeParse({ settings: { ...settings, outlineOpen: 'yes' } });
    expect(result.success).toBe(false);
    expect(errorEnvelope(result.error)).toEqual({ ok: false, error: { code: 'invalid', message: 'settings.outlineOpen: expected boolean, received string' } });
  });
});
