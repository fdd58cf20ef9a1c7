/**
 * The five seeds as PDFs: each seed text is laid out as FirstAgenda minutes PDFs are
 * (test/pdf/minutes-pdf.ts: running header and "Side N af M" footer, bold headings, wrapped
 * paragraphs, page breaks inside sections and paragraphs, tables, lists), read back with
 * readPdf through pdf.js, and must give the gold file in every field — the same comparison as
 * seeds-gold.test.ts. The PDF stands for the seed, so it is read under the seed's name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Meeting, TextBlock } from '../../../lib/model.ts';
import { readPdf, type PdfBlockRef } from '../../../lib/pdf/index.ts';
import { extractPage } from '../../../lib/pdf/extract.ts';
import { loadNodePdfjs } from '../../../lib/pdf/node.ts';
import { normalize } from '../../../lib/parser/normalize.ts';
import { textToBlocks } from '../../../lib/parser/index.ts';
import { goldTests, ITEM_FIELDS, MEETING_FIELDS, readGold } from '../../gold.ts';
import { minutesPdf, seedHeader, type MinutesPdfOptions } from '../../pdf/minutes-pdf.ts';
import { describeShared, readShared, seedNames } from '../../shared.ts';

interface Read {
  bytes: Uint8Array;
  meeting: Meeting;
  pages: number;
  blocks: TextBlock[];
}

async function readSeedPdf(seed: string, options: MinutesPdfOptions = {}): Promise<Read> {
  const text = readShared('seeds', `${seed}.txt`);
  const bytes = await minutesPdf(text, { header: seedHeader(text), footer: `${seed}.pdf`, ...options });
  const result = await readPdf(bytes, await loadNodePdfjs(), { source: `${seed}.txt` });
  if (!result.ok) throw new Error(`${seed}: ${result.reason}: ${result.message}`);
  return { bytes, meeting: result.meeting, pages: result.pages, blocks: result.blocks };
}

/** Text of every page as pdf.js gives it, before any layout: the furniture is still there. */
async function rawPageTexts(bytes: Uint8Array): Promise<string[]> {
  const task = (await loadNodePdfjs()).getDocument({ data: new Uint8Array(bytes) });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push((await extractPage(doc, n)).items.map((i) => i.str).join('\n'));
    return pages;
  } finally {
    await task.destroy();
  }
}

const linesOf = (blocks: readonly TextBlock[]) => normalize(blocks).map((l) => l.text);

describeShared('seed PDFs (generated from the seeds) read to their gold files', () => {
  for (const seed of seedNames()) {
    describe(seed, () => {
      const text = readShared('seeds', `${seed}.txt`);
      let read: Read;
      beforeAll(async () => {
        read = await readSeedPdf(seed);
      });

      goldTests(seed, readGold(seed), () => read.meeting);

      it(`${seed}: the PDF carries a running header and "Side N af M" footer, and no block does`, async () => {
        const [header, kind] = seedHeader(text);
        const raw = await rawPageTexts(read.bytes);
        expect(raw[1]).toContain(`Side 2 af ${read.pages}`);
        expect(raw[1]).toContain(header);
        expect(raw[1]).toContain(kind);
        const all = read.blocks.map((b) => b.text);
        expect(all.filter((t) => /Side \d+ af \d+/.test(t))).toEqual([]);
        expect(all.filter((t) => t === kind || t.startsWith(`${header}\t`) || t.includes(`${seed}.pdf`))).toEqual([]);
      });

      it(`${seed}: every block links to its page; each item starts on a page of its own`, () => {
        const refs = read.blocks.map((b) => b.ref as PdfBlockRef);
        for (const ref of refs) {
          expect(ref.kind).toBe('pdf');
          expect(ref.page).toBeGreaterThanOrEqual(1);
          expect(ref.endPage).toBeGreaterThanOrEqual(ref.page);
          expect(ref.endPage).toBeLessThanOrEqual(read.pages);
        }
        expect(refs.map((r) => r.page)).toEqual([...refs.map((r) => r.page)].sort((a, b) => a - b));
        const itemPages = read.meeting.items.map((i) => refs[i.span.firstBlock]!.page);
        expect(new Set(itemPages).size).toBe(itemPages.length);
        expect(itemPages[0]).toBeGreaterThan(1);
      });

      it(`${seed}: paragraphs cut by a page break come back whole, as lines of the seed`, () => {
        const seedLines = new Set(linesOf(textToBlocks(text)));
        const joined = read.blocks.filter((b) => (b.ref as PdfBlockRef).endPage > (b.ref as PdfBlockRef).page);
        expect(joined.length).toBeGreaterThan(0);
        for (const line of linesOf(joined)) expect(seedLines.has(line), line.slice(0, 80)).toBe(true);
      });

      it(`${seed}: table rows (the table of contents at least) stay rows, cells apart`, () => {
        const rows = read.blocks.filter((b) => b.text.includes('\t'));
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect(row.text.split('\n')[0]!.split('\t').length).toBeGreaterThan(1);
        expect(rows.some((r) => /\.{3,}\t\d+$/.test(r.text) || /\t\d+$/.test(r.text))).toBe(true);
      });
    });
  }

  // Page breaks land elsewhere when items do not start on new pages and the text is smaller.
  describe('another layout: items in one flow, 9 pt text', () => {
    for (const seed of seedNames()) {
      it(`${seed}: the same gold output`, async () => {
        const { meeting } = await readSeedPdf(seed, { itemPerPage: false, bodySize: 9 });
        const gold = readGold(seed);
        for (const field of MEETING_FIELDS) expect(meeting[field], field).toEqual(gold[field]);
        expect(meeting.items.map((i) => Object.fromEntries(ITEM_FIELDS.map((f) => [f, i[f]])))).toEqual(gold.items);
      });
    }
  });
});
