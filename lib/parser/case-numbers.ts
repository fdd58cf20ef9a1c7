// PROVISIONAL stub written by the lead so the parser core can run; helper-1 owns and replaces this file.
import type { CaseNumber } from '../model.ts';
const YY = /\b\d{2}-\d{6}\b/g;
const KLE = /\b\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}\b/g;
export function findCaseNumbers(text: string): CaseNumber[] {
  const out: CaseNumber[] = [];
  for (const m of text.matchAll(KLE)) out.push({ raw: m[0], format: 'kle', normalized: m[0], confidence: 'pattern', index: m.index });
  for (const m of text.matchAll(YY)) out.push({ raw: m[0], format: 'yy-serial', normalized: m[0], confidence: 'pattern', index: m.index });
  return out;
}
export function classifyCaseNumber(text: string): CaseNumber | null {
  const t = text.trim();
  const f = findCaseNumbers(t);
  return f.length === 1 && f[0]!.raw === t.replace(/^(Sagsnr\.?:?|EMN)\s*/i, '') ? f[0]! : /^EMN-\d{4}-\d{6}$/.test(t) ? { raw: t, format: 'emn', normalized: t, confidence: 'labelled', index: 0 } : null;
}
