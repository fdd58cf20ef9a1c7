/**
 * Stage 2: classify lines. Each line gets what it could be, judged on its own text and hint.
 * Context (sequence, evidence around a line) is the tree builder's business.
 */
import { classifyCaseNumber } from './case-numbers.ts';
import type { Line } from './normalize.ts';
import { decisionLabel, FIELD_LABELS, headingStrength, type HeadingStrength } from './vocabulary.ts';

/** How an item heading was written; earlier forms in this list are stronger evidence. */
export const ITEM_FORMS = ['markup', 'punkt-colon', 'pkt', 'punkt', 'numbered'] as const;
export type ItemForm = (typeof ITEM_FORMS)[number];

export type LineClass =
  | { kind: 'meeting-title'; docKind: 'referat' | 'dagsorden'; rest: string }
  | { kind: 'field'; field: (typeof FIELD_LABELS)[string]; label: string; value: string }
  | { kind: 'toc-heading' }
  | { kind: 'item-heading'; form: ItemForm; number: number; title: string }
  /** A number alone ("Pkt. 42", markup span.label): the title is on the next line. */
  | { kind: 'item-number'; form: ItemForm; number: number }
  /** "Sag nr. 130" after a title line (Rødovre): the number of the item whose title came before. */
  | { kind: 'item-number-after'; number: number }
  | { kind: 'case-line' }
  | { kind: 'decision-heading'; body: string | null }
  | { kind: 'section-heading'; strength: HeadingStrength | 'markup' }
  | { kind: 'text' };

/** Longer than this, a line is running text (titles and labels are shorter). */
const LONGEST_STRUCTURAL_LINE = 300;

/** One shared object for the commonest class: running text (most lines of a document). */
const TEXT: LineClass = Object.freeze({ kind: 'text' });

// "Referat: …", "Referat - Økonomiudvalget" (OS2web page titles): the separator is not part of the rest.
const TITLE_LINE = /^(REFERAT|DAGSORDEN|Referat|Dagsorden)\b(?: [-–] |[ :])*(.*)$/;
const TOC_HEADING = /^(Indholdsfortegnelse|Indhold|Dagsordenpunkter|Punkter)$/i;
const PUNKT_COLON = /^Punkt (\d{1,4}) ?: ?(\S.*)$/i;
const PKT = /^Pkt\. ?(\d{1,4})\.?(?: (\S.*))?$/i;
const PUNKT = /^Punkt (\d{1,4})\.?(?: (\S.*))?$/i;
// "49. Title", "1.Title", "1.   Title": a number, a dot, then a word (not "1.000", not "1. at …").
const NUMBERED = /^(\d{1,3})\. ?([A-ZÆØÅ"'«“‘(].*)$/;
const SAG_NR = /^Sag nr\. ?(\d{1,4})$/i;
const MONTH_START = /^(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b/i;
const CASE_LABEL_START = /^(Sagsnr|Sags nr|Sagsnummer|Sagsid|Sag|J\.? ?nr|Journalnr|Journal nr)\b/i;

const FIELD_PATTERN = new RegExp(
  `^(${Object.keys(FIELD_LABELS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?: ?: ?| )(.*)$`,
  'iu',
);

export function fieldOf(text: string): { field: (typeof FIELD_LABELS)[string]; label: string; value: string } | null {
  const m = FIELD_PATTERN.exec(text);
  if (!m) return null;
  const label = m[1] ?? '';
  const field = FIELD_LABELS[label.toLocaleLowerCase('da')];
  if (!field) return null;
  return { field, label, value: (m[2] ?? '').trim() };
}

export function classifyLine(line: Line): LineClass {
  const { text, hint } = line;
  switch (hint?.role) {
    case 'meeting-title': {
      const m = TITLE_LINE.exec(text);
      const docKind = m?.[1]?.toLowerCase() === 'dagsorden' ? 'dagsorden' : 'referat';
      return { kind: 'meeting-title', docKind, rest: m ? (m[2] ?? '') : text };
    }
    case 'field': {
      const label = hint.label ?? '';
      const field = FIELD_LABELS[label.toLocaleLowerCase('da').replace(/:$/, '')];
      const value = text.replace(new RegExp(`^${escapeRegExp(label)}:?\\s*`, 'i'), '');
      return field ? { kind: 'field', field, label, value } : TEXT;
    }
    case 'item-number': {
      const n = /\d{1,4}/.exec(text);
      return n ? { kind: 'item-number', form: 'markup', number: Number(n[0]) } : TEXT;
    }
    case 'item-title': // the builder reads it as the title of the markup number before it
    case 'attachment': // an attachment named "Indstilling" is still an attachment
      return TEXT;
    case 'case-number':
      return { kind: 'case-line' };
    case 'section-heading': {
      const label = decisionLabel(text);
      return label ? { kind: 'decision-heading', body: label.body } : { kind: 'section-heading', strength: 'markup' };
    }
    default:
      break;
  }
  if (line.tocLike) return TEXT;
  // Headings, labels and header lines are short; a long line is running text unless it opens with a case label.
  if (text.length > LONGEST_STRUCTURAL_LINE && !CASE_LABEL_START.test(text)) return TEXT;

  const title = TITLE_LINE.exec(text);
  if (title && text.length < 250) {
    return { kind: 'meeting-title', docKind: title[1]!.toLowerCase() === 'dagsorden' ? 'dagsorden' : 'referat', rest: title[2] ?? '' };
  }
  if (TOC_HEADING.test(text)) return { kind: 'toc-heading' };

  let m = PUNKT_COLON.exec(text);
  if (m) return { kind: 'item-heading', form: 'punkt-colon', number: Number(m[1]), title: m[2]! };
  m = PKT.exec(text);
  if (m) {
    return m[2]
      ? { kind: 'item-heading', form: 'pkt', number: Number(m[1]), title: m[2] }
      : { kind: 'item-number', form: 'pkt', number: Number(m[1]) };
  }
  m = PUNKT.exec(text);
  if (m) {
    return m[2]
      ? { kind: 'item-heading', form: 'punkt', number: Number(m[1]), title: m[2] }
      : { kind: 'item-number', form: 'punkt', number: Number(m[1]) };
  }
  m = NUMBERED.exec(text);
  if (m && !MONTH_START.test(m[2]!)) {
    return { kind: 'item-heading', form: 'numbered', number: Number(m[1]), title: m[2]! };
  }
  m = SAG_NR.exec(text);
  if (m) return { kind: 'item-number-after', number: Number(m[1]) };

  const label = decisionLabel(text);
  if (label) return { kind: 'decision-heading', body: label.body };
  const strength = headingStrength(text);
  if (strength) return { kind: 'section-heading', strength };

  if (classifyCaseNumber(text) || (CASE_LABEL_START.test(text) && text.length < 160 && classifyCaseNumber(firstWords(text)))) {
    return { kind: 'case-line' };
  }
  const field = fieldOf(text);
  if (field) return { kind: 'field', ...field };
  return TEXT;
}

/** "Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt" → "Sagsnr. 299835". */
function firstWords(text: string): string {
  const m = /^(\S+(?: nr\.?)?:? ?\S+)/i.exec(text);
  return m ? m[1]! : text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
