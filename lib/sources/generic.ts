/**
 * Pages of the other publishing systems (OS2web, kk.dk eDoc, PolWeb Word-HTML, static
 * exports, CMS modules): the main content read as paragraphs with heading levels.
 * The parser decides what they are from their text.
 */
import type { TextBlock } from '../model.ts';
import { paragraphs } from './dom-text.ts';

const MAIN_CONTENT = ['main', 'article', '#content', '.region-content', '[role=main]'];
const CHROME = 'nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo]';

export function mainContent(doc: Document): Element | null {
  for (const selector of MAIN_CONTENT) {
    const found = doc.querySelector(selector);
    if (found) return found;
  }
  return doc.body;
}

export function genericBlocks(doc: Document): TextBlock[] {
  const root = mainContent(doc);
  if (!root) return [];
  const blocks: TextBlock[] = [];
  paragraphs(
    root,
    (p) => blocks.push(p.headingLevel !== undefined ? { text: p.text, hint: { headingLevel: p.headingLevel }, ref: p.element } : { text: p.text, ref: p.element }),
    (el) => el !== root && el.matches(CHROME),
  );
  return blocks;
}
