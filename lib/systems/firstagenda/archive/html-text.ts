/**
 * HTML fragments of FirstAgenda's JSON API (an item's `Felter[].Html`) → parser blocks. Pure:
 * no DOM, so it runs where DOMParser does not (a service worker, Node in tests and the bench).
 * Only text comes out: tags are read for structure (block elements start paragraphs, headings
 * become section headings, <br> ends a line) and dropped; nothing is ever turned back into HTML.
 */
import type { TextBlock } from '../../../model.ts';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements whose content is never text a reader sees. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'iframe', 'object', 'select', 'textarea']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ndash: '–', mdash: '—', hellip: '…',
  aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', aring: 'å', Aring: 'Å', eacute: 'é', Eacute: 'É', uuml: 'ü',
  ouml: 'ö', auml: 'ä', Uuml: 'Ü', Ouml: 'Ö', Auml: 'Ä', laquo: '«', raquo: '»', bull: '•', middot: '·', sect: '§',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bdquo: '„', euro: '€', times: '×', deg: '°', frac12: '½',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED[body] ?? match;
  });
}

const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Blocks of an HTML fragment, in document order. Headings carry `role: 'section-heading'`. */
export function htmlToBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let lines: string[] = [''];
  let heading: number | undefined;
  let skipping: string | null = null;

  const flush = () => {
    const text = lines.map((l) => l.replace(SPACES, ' ').trim()).filter((l) => l !== '').join('\n');
    if (text !== '') {
      blocks.push(heading !== undefined ? { text: text.replace(/\n/g, ' '), hint: { role: 'section-heading', headingLevel: heading } } : { text });
    }
    lines = [''];
  };

  // Comments, <!doctype …>, and tags; a '<' not starting a tag ("a < b") stays text.
  const tagRe = /<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\/?([a-zA-Z][a-zA-Z0-9:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/g;
  let last = 0;
  for (let m = tagRe.exec(html); m !== null; m = tagRe.exec(html)) {
    if (m[0] === '') {
      tagRe.lastIndex++;
      continue;
    }
    if (skipping === null && m.index > last) lines[lines.length - 1] += decodeEntities(html.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[1]?.toLowerCase();
    if (name === undefined || m[0].startsWith('<!')) continue; // comments, doctype, stray '<'
    const closing = m[0][1] === '/';
    if (skipping !== null) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (SKIP.has(name)) {
      if (!closing && !m[0].endsWith('/>')) skipping = name;
      continue;
    }
    if (name === 'br') {
      lines.push('');
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      const level = /^h([1-6])$/.exec(name);
      heading = level && !closing ? Number(level[1]) : undefined;
    }
    // Any other element is inline: its text runs on with the text around it.
  }
  if (skipping === null && last < html.length) lines[lines.length - 1] += decodeEntities(html.slice(last));
  flush();
  return blocks;
}
