/**
 * The demo site's "Hent hele referatet" PDFs. FirstAgenda Publication offers each meeting as one
 * PDF at `/vis/pdf/dagsorden/<id>/?redirectDirectlyToPdf=true` (the id is the button's
 * `data-id`); the demo has no such files, so they are made when the server starts: each meeting
 * page is read with the same DOM adapter as the extension, written out as text the way
 * FirstAgenda's PDF exports are laid out (the seeds' form: "Punkt N: Title", case number,
 * "Beslutning", sections, "Bilag"), and set as an A4 PDF by the tests' PDF writer. So the
 * demo's PDF holds the same meeting as its page, and the reader can be tried on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Meeting } from '../../lib/model.ts';
import { parseBlocks } from '../../lib/parser/index.ts';
import { blocksFromDocument } from '../../lib/systems/detect.ts';
import { htmlDocument } from '../../scripts/html-document.ts';
import { minutesPdf } from '../pdf/minutes-pdf.ts';

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['Søndag', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag'];

/** A FirstAgenda page's path to the whole meeting as PDF. */
export function meetingPdfPath(id: string): string {
  return `/vis/pdf/dagsorden/${id}/`;
}

/** The meeting as the text of a FirstAgenda PDF export (paragraphs apart by blank lines). */
export function minutesTextOf(meeting: Meeting): string {
  const out: string[] = [];
  const [y, m, d] = (meeting.date ?? '').split('-').map(Number);
  const dated = y !== undefined && m !== undefined && d !== undefined && !Number.isNaN(y + m + d);
  const kind = meeting.kind === 'dagsorden' ? 'DAGSORDEN' : 'REFERAT';
  out.push(`${kind} ${meeting.committee ?? ''}${dated ? ` d. ${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}` : ''}`);
  if (dated) {
    const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
    out.push(`Mødedato ${weekday} d. ${String(d).padStart(2, '0')}. ${MONTHS[m - 1]} ${y}${meeting.time ? ` kl. ${meeting.time}` : ''}`);
  }
  if (meeting.location) out.push(`Mødested ${meeting.location}`);
  if (meeting.participants.length > 0) out.push(`Mødedeltagere ${meeting.participants.join(', ')}`);
  if (meeting.absent.length > 0) out.push(`Afbud ${meeting.absent.join(', ')}`);
  for (const item of meeting.items) {
    out.push(`Punkt ${item.number}: ${item.closed ? `Lukket: ${item.title}` : item.title}`);
    if (item.closed) continue;
    if (item.caseNumbers.length > 0) out.push(item.caseNumbers.join(', '));
    // As in FirstAgenda's exports the decision comes first, then the case text.
    if (item.decision !== null) out.push(item.decisionLabel ?? 'Beslutning', item.decision);
    for (const section of item.sectionTexts) {
      if (section.heading === (item.decisionLabel ?? 'Beslutning')) continue;
      out.push(section.heading, ...section.text.split('\n').filter((line) => line.trim() !== ''));
    }
    if (item.attachmentDetails.length > 0) out.push('Bilag', ...item.attachmentDetails.map((a) => a.title));
  }
  return out.join('\n\n') + '\n';
}

/**
 * What the page's own script does before the meeting can be read: the rows kept in a
 * <template> go into the agenda table's empty <tbody>. Done on the HTML text, because
 * happy-dom parses a template's table rows out of their table context and drops them.
 */
function runPageScript(html: string): string {
  const rows = /<template id="demo-punkter">([\s\S]*?)<\/template>/.exec(html)?.[1];
  return rows === undefined ? html : html.replace(/(<table id="dagsordenDetaljer"[\s\S]*?<tbody>)(<\/tbody>)/, (_, open: string, close: string) => open + rows + close);
}

/** The meeting of one demo page and its PDF's id (the "Hent hele referatet" button's data-id), or null. */
export function demoMeetingOf(html: string, source: string): Promise<{ id: string; meeting: Meeting } | null> {
  return htmlDocument(runPageScript(html), (doc) => {
    const id = doc.querySelector('#hentHeledagsorden')?.getAttribute('data-id');
    if (!id) return null;
    return { id, meeting: parseBlocks(blocksFromDocument(doc).blocks, { source }) };
  });
}

/** Every demo meeting's whole-meeting PDF, by path. */
export async function demoMeetingPdfs(siteDir: string): Promise<Map<string, Uint8Array>> {
  const pdfs = new Map<string, Uint8Array>();
  const dir = join(siteDir, 'vis');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
    const read = await demoMeetingOf(readFileSync(join(dir, name), 'utf8'), name);
    if (read === null) continue;
    const { id, meeting } = read;
    const header: [string, string] = [`${meeting.committee ?? ''} ${meeting.date ?? ''}`.trim(), 'Referat'];
    pdfs.set(meetingPdfPath(id), await minutesPdf(minutesTextOf(meeting), { header, footer: 'Sagsby Kommune (fiktiv)' }));
  }
  return pdfs;
}
