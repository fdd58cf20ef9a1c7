/**
 * The closed vocabularies of the model (outcomes, case-number formats) as plain constants, so
 * code that needs the words but not the schemas (the content script) does not pull in Zod.
 * lib/model.ts builds its schemas from these.
 */

/** What a meeting document is: minutes with decisions, or the agenda before the meeting. */
export const MEETING_KINDS = ['referat', 'dagsorden'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Outcome classes of a decision (lib/parser/outcome.ts says how a decision text is classed). */
export const OUTCOMES = [
  'approved',
  'recommended',
  'noted',
  'discussed',
  'postponed',
  'rejected',
  'not_released',
  'mixed',
  'none',
  'other',
] as const;

/** Case-number formats seen on Danish municipal minutes (lib/parser/case-numbers.ts reads them). */
export const CASE_FORMATS = [
  'kle', // 85.02.02-G01-1-17: KLE journal number (SBSYS, Ikast-Brande, Herning)
  'yy-serial', // 24-002111: FirstAgenda PDFs (Lejre, Kalundborg)
  'yy/serial', // 21/16998: Acadre-style (Viborg, Vejen, Hvidovre)
  'municipality-year-serial', // 306-2009-600: PolWeb (Odsherred, Slagelse, Kalundborg)
  'year-serial', // 2012-28504: eDoc
  'emn', // EMN-2025-010561: Aarhus
  'year/serial', // 2012/057275: Odense
  'digits', // 299835: plain digits, only after a "Sagsnr." label (Roskilde)
] as const;
