/** Field schemas several tables share. No Dexie. */
import { z } from 'zod';
import { MEETING_KINDS } from '../../model-values.ts';

export const TimestampSchema = z.iso.datetime();
export const DateSchema = z.iso.date();
export const HexColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1a7f37');
export const MeetingKindSchema = z.enum(MEETING_KINDS).nullable();
