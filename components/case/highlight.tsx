/** The words of a search shown as found: each text part that starts a query word is marked. */
import type { ComponentChildren } from 'preact';

/** Query words as the search reads them (lower-case, split on spaces and punctuation). */
export function queryWords(query: string): string[] {
  return query
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .split(/[\s\p{P}]+/u)
    .filter((w) => w.length >= 2);
}

/** `text` with every word that begins with a query word wrapped in <mark>. */
export function Highlight({ text, words }: { text: string; words: readonly string[] }): ComponentChildren {
  if (words.length === 0 || text === '') return text;
  const parts: ComponentChildren[] = [];
  // Words and what lies between them; a word is marked when it starts with a query word.
  const re = /[\p{L}\p{N}]+/gu;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const word = m[0].toLocaleLowerCase('da');
    const hit = words.find((w) => word.startsWith(w));
    if (!hit) continue;
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(<mark key={m.index}>{text.slice(m.index, m.index + hit.length)}</mark>);
    last = m.index + hit.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
