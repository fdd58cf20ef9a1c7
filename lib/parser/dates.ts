// PROVISIONAL stub written by the lead so the parser core can run; helper-1 owns and replaces this file.
export interface DateTimeMatch { date: string | null; time: string | null; raw: string; index: number }
const MONTHS = ['januar','februar','marts','april','maj','juni','juli','august','september','oktober','november','december'];
export function findDateTime(text: string): DateTimeMatch | null {
  let m = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+(?:kl\.\s*)?(\d{1,2})[:.](\d{2}))?/.exec(text);
  if (m) return { date: `${m[3]}-${m[2]!.padStart(2,'0')}-${m[1]!.padStart(2,'0')}`, time: m[4] ? `${m[4].padStart(2,'0')}:${m[5]}` : null, raw: m[0], index: m.index };
  m = /(\d{1,2})\.? ([a-zæøå]+) (\d{4})(?:\s+kl\.\s*(\d{1,2})[:.](\d{2}))?/i.exec(text);
  if (m) { const mo = MONTHS.indexOf(m[2]!.toLowerCase()); if (mo >= 0) return { date: `${m[3]}-${String(mo+1).padStart(2,'0')}-${m[1]!.padStart(2,'0')}`, time: m[4] ? `${m[4].padStart(2,'0')}:${m[5]}` : null, raw: m[0], index: m.index }; }
  return null;
}
export function findDates(text: string): DateTimeMatch[] { const d = findDateTime(text); return d ? [d] : []; }
