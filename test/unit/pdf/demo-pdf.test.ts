/**
 * The demo site's whole-meeting PDFs ("Hent hele referatet", made when the demo server starts
 * from each meeting page): each holds the same meeting as its page, so the reader shows the
 * same items, case numbers, decisions and outcomes as the annotated page.
 */
import { join } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNodePdfjs } from '../../../lib/pdf/node.ts';
import { readPdf } from '../../../lib/pdf/read.ts';
import type { Meeting } from '../../../lib/model.ts';
import { demoMeetingOf, demoMeetingPdfs, meetingPdfPath } from '../../demo-site/meeting-pdf.ts';

const SITE = join(import.meta.dirname, '..', '..', 'demo-site');

const essentials = (m: Meeting) => ({
  committee: m.committee,
  date: m.date,
  items: m.items.map((i) => ({
    number: i.number,
    title: i.title,
    closed: i.closed,
    caseNumbers: i.caseNumbers,
    decision: i.decision,
    outcome: i.outcome,
    attachments: i.attachments,
  })),
});

describe('the demo meetings as PDF', () => {
  it('has one PDF per meeting page, at the path of its "Hent hele referatet" button', async () => {
    const pdfs = await demoMeetingPdfs(SITE);
    const pages = readdirSync(join(SITE, 'vis')).filter((n) => n.endsWith('.html'));
    expect(pdfs.size).toBe(pages.length);
    for (const name of pages) {
      const read = await demoMeetingOf(readFileSync(join(SITE, 'vis', name), 'utf8'), name);
      expect(read, name).not.toBeNull();
      expect(pdfs.has(meetingPdfPath(read!.id)), name).toBe(true);
    }
  });

  it('each PDF reads as the same meeting as its page, the rows a script inserts included', async () => {
    const pdfs = await demoMeetingPdfs(SITE);
    const pdfjs = await loadNodePdfjs();
    for (const name of readdirSync(join(SITE, 'vis')).filter((n) => n.endsWith('.html'))) {
      const page = (await demoMeetingOf(readFileSync(join(SITE, 'vis', name), 'utf8'), name))!;
      expect(page.meeting.items.length, name).toBeGreaterThanOrEqual(7);
      const pdf = await readPdf(pdfs.get(meetingPdfPath(page.id))!, pdfjs, { source: name });
      if (!pdf.ok) throw new Error(`${name}: ${pdf.message}`);
      expect(essentials(pdf.meeting), name).toEqual(essentials(page.meeting));
    }
  });
});
