/**
 * The outcome of a decision, judged on the decision text only (the rules the seeds' expected
 * parses follow, test/scenarios/seeds-gold.test.ts): the verdict decides, remarks after it do not.
 *
 * How a text is read:
 * 1. No text, or only `-` → none.
 * 2. Numbered parts (`Ad. 1)`, `Ad 2:`, `Dot 1:`, `Pkt. 1:`, or bare `1)`/`2.` lines when the
 *    decision opens with one) are judged one by one. When at least two parts have a definite
 *    outcome and they differ → mixed; when they agree → that outcome. Numbered lines that
 *    open with `at …` are proposals/amendments inside one verdict, not parts.
 * 3. Otherwise the verdict is the first sentence that holds a decisive phrase; within it the
 *    earliest decisive phrase wins (negations such as `ikke godkendt` start earlier than the
 *    verb and so win). `… besluttede, at …` is approved only when the sentence names no more
 *    specific outcome (`besluttede at udsætte sagen` is postponed). Sentences about a
 *    minority's dissent (`Et mindretal …`, `… stemte imod`) are not the verdict.
 * 4. `Drøftet`/`drøftede` counts only when nothing decisive is said anywhere → discussed.
 * 5. Anything else (`Intet under dette punkt`, `Fremsendes til Byrådet` with no stance) → other.
 */
import type { Outcome } from '../model.ts';

/** The words the UI shows for each outcome. */
export const OUTCOME_LABELS: Record<Outcome, { da: string; en: string }> = {
  approved: { da: 'Godkendt', en: 'Approved' },
  recommended: { da: 'Anbefalet', en: 'Recommended' },
  noted: { da: 'Taget til efterretning', en: 'Noted' },
  discussed: { da: 'Drøftet', en: 'Discussed' },
  postponed: { da: 'Udsat', en: 'Postponed' },
  rejected: { da: 'Afvist', en: 'Rejected' },
  not_released: { da: 'Ikke frigivet', en: 'Not released' },
  mixed: { da: 'Blandet', en: 'Mixed' },
  none: { da: 'Ingen beslutning', en: 'No decision' },
  other: { da: 'Anden beslutning', en: 'Other decision' },
};

/** Word boundaries that know Danish letters (\b does not). */
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
/** Modal verbs before a passive: `skal godkendes` is a plan, not a verdict. */
const NOT_MODAL = String.raw`(?<!(?<![\p{L}\p{N}])(?:skal|skulle|kan|kunne|vil|ville|bør|burde|må|endeligt?)\s{1,3})`;

interface Rule {
  outcome: Outcome;
  re: RegExp;
}

function rule(outcome: Outcome, source: string): Rule {
  return { outcome, re: new RegExp(source, 'giu') };
}

/**
 * Decisive phrases. Order breaks ties between phrases starting at the same place, so
 * negated forms (`godkendes ikke`) come before the plain verb (`godkendes`).
 */
const DECISIVE: readonly Rule[] = [
  // "Beslutning ikke frigivet": the decision is not published yet.
  rule('not_released', String.raw`${B}ikke\s+frigivet${E}`),
  // Negated approval or recommendation: "Ikke godkendt", "Godkendes ikke", "kunne ikke tiltræde".
  rule('rejected', String.raw`${B}ikke\s+(?:godkendt|godkendes|tiltrådt|tiltrædes|vedtaget|anbefalet|anbefales|imødekommet)${E}`),
  rule('rejected', String.raw`${B}(?:godkendes|godkendtes|tiltrædes|anbefales|vedtages|imødekommes)\s+ikke${E}`),
  rule('rejected', String.raw`${B}(?:kunne|kan|ville|vil)\s+ikke\s+(?:godkende|tiltræde|anbefale|vedtage|støtte)${E}`),
  // "Afvist", "Indstillingen blev forkastet", "Udvalget afviste …".
  rule('rejected', String.raw`${B}(?:afvist|afvises|afviste|afslået|afslås|forkastet|forkastes|forkastede)${E}`),
  // A motion that fell: "Faldet." as the verdict, "Forslaget faldt" ("ledigheden er faldet" is no verdict).
  rule('rejected', String.raw`${B}(?<=^\s{0,8})(?:faldet|faldt)(?=\s{0,3}\.?\s{0,3}$)`),
  rule('rejected', String.raw`${B}(?:ændrings)?forslag(?:et)?\s{1,3}(?:blev\s{1,3})?(?:faldt|faldet|bortfaldt)${E}`),
  // "… besluttede ikke at imødekomme anmodningen", "besluttede at ikke at godkende".
  rule('rejected', String.raw`${B}besluttede\s+(?:at\s+)?ikke${E}`),
  rule('rejected', String.raw`${B}ikke\s+at\s+(?:godkende|tiltræde|anbefale|vedtage|imødekomme|bevilge|følge)${E}`),
  // "Fremsendes uden anbefaling": forwarded without a stance.
  rule('other', String.raw`${B}uden\s+(?:anbefaling|indstilling)${E}`),
  // "Punktet udsat", "Sagen blev udsat uden behandling", "udsættes", "besluttede at udsætte sagen".
  // The adjective "udsat(te)" (vulnerable: "udsatte borgere", "udsat for") is not a postponement.
  rule('postponed', String.raw`${B}(?<!(?<![\p{L}\p{N}])(?:socialt|særligt|sårbare|mest|meget|mere|en|de|den|det)\s{1,3})udsat${E}(?!\s+for${E})`),
  rule('postponed', String.raw`${B}(?:udsættes|udskudt|udskydes)${E}`),
  rule('postponed', String.raw`${B}(?:udsatte|udsætte|udskød|udskyde)\s+(?:sagen|punktet|behandlingen|beslutningen)${E}`),
  rule('postponed', String.raw`${B}(?:blev\s+)?ikke\s+behandlet${E}`),
  rule('postponed', String.raw`${B}genoptages\s+på\s+(?:et\s+)?(?:senere|næste|kommende)${E}`),
  // "Indstilles godkendt": the committee puts the case forward for approval by the next body.
  rule('recommended', String.raw`${B}indstilles\s+(?:godkendt|vedtaget|til)${E}`),
  // "Anbefales", "Indstillingen anbefales", "Udvalget anbefaler …", "med anbefaling".
  rule('recommended', String.raw`${B}(?:anbefales|anbefaler|anbefalede|anbefalet)${E}`),
  rule('recommended', String.raw`${B}med\s+(?:en\s+)?anbefaling${E}`),
  // "besluttede at anbefale …", "Udvalget kan anbefale …".
  rule('recommended', String.raw`${B}(?:at|kan|kunne)\s+anbefale${E}`),
  // "Taget til efterretning", "Orienteringen blev taget til efterretning", "Taget til orientering".
  rule('noted', String.raw`${B}til\s+efterretning${E}`),
  rule('noted', String.raw`${B}(?:taget|tages|tog)\s+(?:\p{L}{1,30}\s{1,3}){0,2}?til\s+orientering${E}`),
  rule('noted', String.raw`${B}orienteringen\s+(?:blev\s+)?(?:modtaget|taget)${E}`),
  // "Til orientering." as the whole verdict (not "sendes til orientering i byrådet").
  rule('noted', String.raw`${B}(?<=^\s{0,8})til\s+orientering(?=\s{0,3}\.?\s{0,3}$)`),
  // "Godkendt", "Indstillingen tiltrådt", "Vedtaget", "Et flertal kunne tiltræde indstillingen".
  rule('approved', String.raw`${B}${NOT_MODAL}(?:godkendt|godkendte|godkendes|godkender|tiltrådt|tiltrådte|tiltrædes|tiltræder|vedtaget|vedtog|vedtages|bevilget|bevilges|bevilgede|imødekommet)${E}`),
  rule('approved', String.raw`${B}(?:kunne|kan)\s+tiltræde${E}`),
  rule('approved', String.raw`${B}indstillingen\s+(?:blev\s+)?(?:fulgt|følges)${E}`),
];

/** "… besluttede, at …": a positive decision unless the sentence says something more specific. */
// B before each word rather than once before the group: the same matches, found much faster.
const DECIDED = rule('approved', String.raw`(?:${B}besluttede|${B}besluttes|${B}beslutter|${B}besluttet)${E}`);
/** Discussion only: "Drøftet", "Udvalget drøftede …", "havde en drøftelse". */
const DISCUSSED = /(?<![\p{L}\p{N}])drøft\p{L}*/iu;
/** A minority's dissent or a vote tally is not the verdict. */
const DISSENT = new RegExp(
  `(?:${['mindretal(?:let)?', String.raw`stemte\s+imod`, String.raw`imod\s+stemte`, String.raw`undlod\s+at\s+stemme`, String.raw`tager\s+forbehold`, String.raw`tog\s+forbehold`]
    .map((phrase) => B + phrase) // B before each phrase, as for DECIDED
    .join('|')})${E}`,
  'iu',
);

/** Sentences: cut at `.`/`!`/`?` before a space and an upper-case letter, digit or dash; and at line ends. */
function sentences(text: string): string[] {
  // Most decisions are one sentence ("Godkendt."): without a line break or a space after a
  // full stop there is nowhere to cut, and the split is not made.
  if (!MAY_CUT.test(text)) return text.trim() !== '' ? [text] : [];
  return text.split(SENTENCE_BREAK).filter((s) => s.trim() !== '');
}
const SENTENCE_BREAK = /\n+|(?<=[.!?])\s+(?=[\p{Lu}\p{N}"„»(–-])/u;
/** Where SENTENCE_BREAK can cut: a line break, or white space after `.`, `!` or `?`. */
const MAY_CUT = /\n|[.!?]\s/;

/**
 * All decisive phrases as one expression, one group per rule: a search finds the earliest
 * phrase, and where several rules match at the same place the earlier rule's alternative is
 * tried first, so one search gives what running every rule and keeping the earliest would.
 * Every rule opens with the word boundary B, taken out and written once.
 */
const ANY_DECISIVE = new RegExp(
  // The letters the rules' phrases start with (after B), looked at first: a quick test that
  // rules out most places before B and the alternatives are tried. Keep it in step with DECISIVE.
  '(?=[abfgikmotuvæ])' + B + `(?:${DECISIVE.map((r) => `(${r.re.source.slice(B.length)})`).join('|')})`,
  'giu',
);
if (!DECISIVE.every((r) => r.re.source.startsWith(B))) throw new Error('outcome: every decisive rule must open with B');

/**
 * A word stem every decisive phrase holds (each rule of DECISIVE has one of them in a word of its
 * own; keep them in step). The rules open with a look-behind, which the regular expression engine
 * tests at every place of the text; a search for plain stems it makes with a fast scan. So a
 * sentence without one is ruled out first, and most non-verdict sentences cost only this search.
 */
const DECISIVE_STEM =
  /ikke|afvis|afsl|forkast|fald|uden|udsat|udsæt|udsk|genoptages|indstilles|indstillingen|anbefal|efterretning|orientering|godkend|tiltr|vedta|vedtog|bevilg|imødekom/iu;
/** The stem of DECIDED's words. */
const DECIDED_STEM = /beslut/iu;
// A rule whose words hold no stem would never be tried: each rule's source must show one.
if (!DECISIVE.every((r) => DECISIVE_STEM.test(r.re.source))) throw new Error('outcome: every decisive rule needs a stem in DECISIVE_STEM');

/** The earliest decisive phrase in a sentence, or null. */
function decisiveIn(sentence: string): Outcome | null {
  if (DECISIVE_STEM.test(sentence)) {
    ANY_DECISIVE.lastIndex = 0;
    const m = ANY_DECISIVE.exec(sentence);
    if (m) {
      for (let k = 1; k < m.length; k++) if (m[k] !== undefined) return DECISIVE[k - 1]!.outcome;
    }
  }
  if (!DECIDED_STEM.test(sentence)) return null;
  DECIDED.re.lastIndex = 0;
  return DECIDED.re.test(sentence) ? 'approved' : null;
}

/** The outcome of one verdict (no numbered parts). */
function verdictOf(text: string): Outcome {
  const all = sentences(text);
  const own = all.filter((s) => !isDissent(s));
  for (const sentence of own.length > 0 ? own : all) {
    const outcome = decisiveIn(sentence);
    if (outcome) return outcome;
  }
  return DISCUSSED_STEM.test(text) && DISCUSSED.test(text) ? 'discussed' : 'other';
}

/** A word every DISSENT phrase holds, searched first (see DECISIVE_STEM). */
const DISSENT_STEM = /mindretal|imod|undlod|forbehold/iu;
const DISCUSSED_STEM = /drøft/iu;

function isDissent(sentence: string): boolean {
  return DISSENT_STEM.test(sentence) && DISSENT.test(sentence);
}

/** `Ad. 1)`, `Ad 2:`, `Ad pkt. 3`, `Dot 1:`, `Pkt. 2:`, `Punkt 3:` (optionally after a bullet). */
const PART_MARK = /^[ \t]{0,8}(?:[-–•*][ \t]{0,3})?(?:ad\.?[ \t]{0,3}(?:pkt\.?|punkt)?[ \t]{0,3}\d{1,3}[ \t]{0,3}[).:]?|(?:dot|pkt\.?|punkt)[ \t]{0,3}\d{1,3}[ \t]{0,3}[).:])/iu;
/** A bare `1)`, `2.` or `a)` line start (a part only when the decision opens with one). */
const BARE_MARK = /^[ \t]{0,8}(?:[-–•*][ \t]{0,3})?(?:\d{1,2}|[a-h])[ \t]{0,3}[).](?:[ \t]|$)/iu;
/** Inline parts after a sentence end: "Ad 1: Godkendt. Ad 2: Afvist." */
const INLINE_PART = /(?<=[.;!]\s{1,3})(?=(?:ad\.?\s{0,3}(?:pkt\.?\s{0,3})?|dot\s{0,3})\d{1,3}\s{0,3}[).:])/giu;
/** A numbered line that is a proposal inside one verdict: "1) at afsnit 2 udgår". */
const PROPOSAL = /^[ \t]{0,8}(?:[-–•*][ \t]{0,3})?(?:\d{1,2}|[a-h])[ \t]{0,3}[).][ \t]{0,3}at(?![\p{L}\p{N}])/iu;

const HAS_DIGIT = /\d/;
/**
 * What INLINE_PART looks ahead for, up to the number's first digit: a line without it has no
 * inline part. INLINE_PART opens with a look-behind, which the engine tests at every place of
 * the line; this search it makes with a fast scan.
 */
const INLINE_PART_MARK = /(?:ad\.?\s{0,3}(?:pkt\.?\s{0,3})?|dot\s{0,3})\d/iu;

/** The decision cut into its numbered parts (text before the first part is dropped), or null. */
function partsOf(text: string): string[] | null {
  // Two parts need two lines: one line without a digit (so no inline part) has at most one.
  if (!text.includes('\n') && !HAS_DIGIT.test(text)) return null;
  // An inline part has a number: a line without digits is not searched for one.
  const lines = text.split('\n').flatMap((l) => (INLINE_PART_MARK.test(l) ? l.split(INLINE_PART) : [l]));
  const firstContent = lines.find((l) => l.trim() !== '') ?? '';
  const bare = BARE_MARK.test(firstContent) && !PROPOSAL.test(firstContent);
  const parts: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const isPart = PART_MARK.test(line) || (bare && BARE_MARK.test(line) && !PROPOSAL.test(line));
    if (isPart) {
      current = [line];
      parts.push(current);
    } else if (current) {
      current.push(line);
    }
  }
  // Each part joined once, at the end (joining after every line costs the square of its length).
  return parts.length >= 2 ? parts.map((part) => part.join('\n')) : null;
}

/** Only dashes, dots and white space: no decision recorded. */
const NO_DECISION = /^[-–—.\s]*$/u;
/** What a trimmed NO_DECISION text starts with (tested first: most decisions start with a letter). */
function isNoDecisionStart(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2e;
}

/** The outcome of a decision text (null: no Beslutning text). */
export function classifyOutcome(decision: string | null): Outcome {
  if (decision === null) return 'none';
  const text = decision.trim();
  // Empty, or only dashes/dots: the minutes record no decision.
  if (text === '' || (isNoDecisionStart(text.charCodeAt(0)) && NO_DECISION.test(text))) return 'none';

  const parts = partsOf(text);
  if (parts) {
    const definite = parts
      .map((p) => verdictOf(p.replace(PART_MARK, '').replace(BARE_MARK, '')))
      .filter((o) => o !== 'other' && o !== 'none');
    if (definite.length >= 2) return definite.every((o) => o === definite[0]) ? definite[0]! : 'mixed';
  }
  return verdictOf(text);
}
