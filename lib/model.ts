/**
 * The Sagsspor data model. Every type in the project that describes a meeting comes from
 * these Zod schemas. Field names of Meeting and Item are those of the CLI's JSON output
 * (scripts/parse.ts, checked against the seeds' expected parses), so the CLI can print a Meeting as it is; richer data lives in extra fields beside them.
 */
import { z } from 'zod';
import { CASE_FORMATS, MEETING_KINDS, OUTCOMES } from './model-values.ts';

export { CASE_FORMATS, OUTCOMES };

export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const CaseFormatSchema = z.enum(CASE_FORMATS);
export type CaseFormat = z.infer<typeof CaseFormatSchema>;

/** One case number found in text. */
export const CaseNumberSchema = z.object({
  /** The text exactly as it stood in the document. */
  raw: z.string(),
  format: CaseFormatSchema,
  /** Canonical form used as a key: trimmed, upper-case letters, no inner spaces. */
  normalized: z.string(),
  /** 'labelled' when a case label (Sagsnr., Sag, J.nr., …) or markup stood before it. */
  confidence: z.enum(['labelled', 'pattern']),
  /** Offset of `raw` in the text it was found in. */
  index: z.number().int().nonnegative(),
});
export type CaseNumber = z.infer<typeof CaseNumberSchema>;

export const AttachmentSchema = z.object({
  /** The attachment's line/name, word for word. */
  title: z.string(),
  /** "Bilag 3 - …" / "Bilag 3: …" gives 3; null when the line has no number. */
  number: z.number().int().nullable(),
  href: z.string().nullable(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** One entry of "Sagens forløb": an earlier treatment of the case by another body. */
export const HistoryEntrySchema = z.object({
  date: z.string(), // YYYY-MM-DD
  body: z.string(),
  decision: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** A reference inside an item's text to another item ("sag nr. 7", "punkt 28") or attachment ("bilag 1"). */
export const ReferenceSchema = z.object({
  kind: z.enum(['item', 'attachment']),
  target: z.number().int(),
  raw: z.string(),
  /** Offset of `raw` in the text it was found in. */
  index: z.number().int().nonnegative(),
});
export type Reference = z.infer<typeof ReferenceSchema>;

/** Where in the source a piece of the meeting came from: indices into the input blocks. */
export const SourceSpanSchema = z.object({
  firstBlock: z.number().int().nonnegative(),
  lastBlock: z.number().int().nonnegative(),
});
export type SourceSpan = z.infer<typeof SourceSpanSchema>;

export const SectionSchema = z.object({
  heading: z.string(),
  /** The section's paragraphs joined with '\n'. */
  text: z.string(),
  span: SourceSpanSchema,
});
export type Section = z.infer<typeof SectionSchema>;

export const ItemSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  closed: z.boolean(),
  committees: z.array(z.string()),
  /** Case numbers as written under the heading (SPEC). */
  caseNumbers: z.array(z.string()),
  decision: z.string().nullable(),
  outcome: OutcomeSchema,
  absent: z.array(z.string()),
  /** Section headings in document order (SPEC). */
  sections: z.array(z.string()),
  /** Attachment lines word for word (SPEC). */
  attachments: z.array(z.string()),
  history: z.array(HistoryEntrySchema),
  // --- richer data beside the SPEC fields ---
  /** The case numbers of `caseNumbers` with their formats and normalised values. */
  cases: z.array(CaseNumberSchema),
  /** The decision label as written when it says more than "Beslutning" (e.g. "Beslutning i Økonomiudvalget den 16-03-2026"). */
  decisionLabel: z.string().nullable(),
  sectionTexts: z.array(SectionSchema),
  attachmentDetails: z.array(AttachmentSchema),
  references: z.array(ReferenceSchema),
  span: SourceSpanSchema,
  /** Blocks of the decision section, heading included (page annotations wrap them); absent in rows stored before it existed. */
  decisionSpan: SourceSpanSchema.nullable().optional(),
  /**
   * The item is listed in the document's table of contents only: its body is not in the text
   * (folded on the page, cut off, an agenda). Its span is the contents line. Absent: false.
   */
  listedOnly: z.boolean().optional(),
});
export type Item = z.infer<typeof ItemSchema>;

export const ParseWarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  block: z.number().int().nullable(),
});
export type ParseWarning = z.infer<typeof ParseWarningSchema>;

export const MeetingSchema = z.object({
  source: z.string(),
  kind: z.enum(MEETING_KINDS).nullable(),
  municipality: z.string().nullable(),
  committee: z.string().nullable(),
  date: z.string().nullable(), // YYYY-MM-DD
  time: z.string().nullable(), // HH:MM
  location: z.string().nullable(),
  participants: z.array(z.string()),
  absent: z.array(z.string()),
  items: z.array(ItemSchema),
  warnings: z.array(ParseWarningSchema),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/**
 * Parser input: one block of text in document order. Sources (DOM, PDF, plain text) make
 * blocks; the parser never sees where they came from except through `hint` and `ref`.
 */
export const BlockHintSchema = z.object({
  /** Heading level from markup (h1 = 1 …) or layout. */
  headingLevel: z.number().int().min(1).max(6).optional(),
  /**
   * What the markup says this block is, when the publishing system marks it up
   * (e.g. FirstAgenda's span.label, h2.overskrift, span.sagsnummer). The parser still decides.
   */
  role: z
    .enum(['meeting-title', 'field', 'item-number', 'item-title', 'case-number', 'section-heading', 'attachment'])
    .optional(),
  /** For role 'field': the label, e.g. "Mødedato". */
  label: z.string().optional(),
  /** For attachments: the link target. */
  href: z.string().optional(),
});
export type BlockHint = z.infer<typeof BlockHintSchema>;

export interface TextBlock {
  text: string;
  hint?: BlockHint;
  /** A reference back to the source (a DOM node, a PDF position); opaque to the parser. */
  ref?: unknown;
}
