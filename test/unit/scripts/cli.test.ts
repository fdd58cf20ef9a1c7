/**
 * The parse CLI as a user runs it (a child process): JSON on stdout for .txt, .html and .pdf,
 * and for anything it cannot read, exactly one line on stderr and exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingSchema } from '../../../lib/model.ts';
import { ITEM_FIELDS, MEETING_FIELDS, readGold } from '../../gold.ts';
import { encryptedPdf, imageOnlyPdf } from '../../pdf/bad-pdfs.ts';
import { minutesPdf, seedHeader } from '../../pdf/minutes-pdf.ts';
import { describeShared, readShared, seedNames, sharedPath } from '../../shared.ts';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/parse.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, stderrLines: result.stderr.split('\n').filter((l) => l !== '') };
}

/** The field names of ../shared/gold/SPEC.md. */
const SPEC_MEETING = ['source', 'kind', 'municipality', 'committee', 'date', 'time', 'location', 'participants', 'absent', 'items'];
const SPEC_ITEM = ['number', 'title', 'closed', 'committees', 'caseNumbers', 'decision', 'outcome', 'absent', 'sections', 'attachments', 'history'];

describeShared('parse CLI on real documents', () => {
  it('prints a valid meeting with the SPEC field names for a seed .txt', () => {
    const seed = seedNames()[0]!;
    const { code, stdout, stderr } = run(sharedPath('seeds', `${seed}.txt`));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('{\n  "source": ')).toBe(true); // pretty-printed, 2 spaces
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(SPEC_MEETING));
    const meeting = MeetingSchema.parse(json);
    expect(meeting.source).toBe(`${seed}.txt`);
    expect(meeting.items.length).toBeGreaterThan(0);
    const item = (json.items as Record<string, unknown>[])[0]!;
    expect(Object.keys(item)).toEqual(expect.arrayContaining(SPEC_ITEM));
  });

  it('prints a valid meeting for the saved Aarhus FirstAgenda page, quietly', () => {
    const { code, stdout, stderr } = run('--', sharedPath('fixtures', 'firstagenda-publication-aarhus', 'example_minutes.html'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const meeting = MeetingSchema.parse(JSON.parse(stdout));
    expect(meeting.source).toBe('example_minutes.html');
    expect(meeting.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(meeting.committee).toBe('Teknisk Udvalg');
    expect(meeting.items[0]!.caseNumbers).toEqual(['EMN-2025-010561']);
  });

  it('prints the same JSON for a seed laid out as a PDF as for its text, quietly', async () => {
    const seed = seedNames()[0]!;
    const text = readShared('seeds', `${seed}.txt`);
    const dir = mkdtempSync(join(tmpdir(), 'sagsspor-cli-pdf-'));
    try {
      const file = join(dir, `${seed}.pdf`);
      writeFileSync(file, await minutesPdf(text, { header: seedHeader(text), footer: `${seed}.pdf` }));
      const { code, stdout, stderr } = run(file);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout.startsWith('{\n  "source": ')).toBe(true);
      const printed = MeetingSchema.parse(JSON.parse(stdout));
      expect(printed.source).toBe(`${seed}.pdf`);
      const gold = readGold(seed);
      for (const field of MEETING_FIELDS) if (field !== 'source') expect(printed[field], field).toEqual(gold[field]);
      expect(printed.items.map((i) => Object.fromEntries(ITEM_FIELDS.map((f) => [f, i[f]])))).toEqual(gold.items);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints an empty meeting (no items) for a FirstAgenda listing page', () => {
    const { code, stdout } = run(sharedPath('fixtures', 'firstagenda-publication-aarhus', 'example_listings.html'));
    expect(code).toBe(0);
    expect(MeetingSchema.parse(JSON.parse(stdout)).items).toEqual([]);
  });
});

describe('parse CLI on an .htm page of another system', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sagsspor-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads it with the generic adapter, runs no script and fetches nothing', () => {
    const file = join(dir, 'referat.htm');
    // Modelled page: a script that would write to stdout if it ran, a remote stylesheet and image.
    writeFileSync(
      file,
      `<html><head><link rel="stylesheet" href="http://127.0.0.1:9/x.css"><script>console.log('SCRIPT RAN')</script></head>
       <body><main><h1>Referat</h1><p>Mødedato: 24-09-2019</p><h2>Punkt 1 Godkendelse af dagsorden</h2><p>Beslutning</p><p>Godkendt.</p>
       <img src="http://127.0.0.1:9/x.png"><script src="http://127.0.0.1:9/x.js"></script></main></body></html>`,
    );
    const { code, stdout, stderr } = run(file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).not.toContain('SCRIPT RAN');
    const meeting = MeetingSchema.parse(JSON.parse(stdout));
    expect(meeting.source).toBe('referat.htm');
    expect(meeting.date).toBe('2019-09-24');
  });
});

describe('parse CLI on files it cannot read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sagsspor-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const binary = join(dir, 'binary.txt');
  writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xa0]));
  const nul = join(dir, 'nul.html');
  writeFileSync(nul, Buffer.from('PK\u0003\u0004\u0000\u0000binary', 'latin1'));
  const docx = join(dir, 'referat.docx');
  writeFileSync(docx, 'PK');
  const pdf = join(dir, 'referat.pdf');
  writeFileSync(pdf, '%PDF-1.7');
  const htmlPdf = join(dir, 'saved-page.pdf');
  writeFileSync(htmlPdf, '<!doctype html><title>Referat</title>');
  const emptyPdf = join(dir, 'empty.pdf');
  writeFileSync(emptyPdf, '');
  const lockedPdf = join(dir, 'locked.pdf');
  writeFileSync(lockedPdf, encryptedPdf());
  const scanPdf = join(dir, 'scan.pdf');
  beforeAll(async () => writeFileSync(scanPdf, await imageOnlyPdf(1)));
  const folder = join(dir, 'folder.txt');
  mkdirSync(folder);

  const cases: [string, string[], RegExp][] = [
    ['no argument', [], /no file given/],
    ['two files', [binary, docx], /one file at a time/],
    ['a missing file', [join(dir, 'missing.txt')], /^sagsspor parse: cannot read ".*missing\.txt": no such file$/],
    ['a .docx', [docx], /unknown file type "\.docx"/],
    ['a file without extension', [join(dir, 'README')], /unknown file type "\(none\)"/],
    ['a damaged PDF', [pdf], /^sagsspor parse: cannot read ".*referat\.pdf": the PDF is damaged and cannot be read \(.+\)$/],
    ['a .pdf that is not a PDF', [htmlPdf], /cannot read ".*saved-page\.pdf": the file is not a PDF/],
    ['an empty .pdf', [emptyPdf], /cannot read ".*empty\.pdf": the file is empty/],
    ['an encrypted PDF', [lockedPdf], /cannot read ".*locked\.pdf": the PDF is protected by a password/],
    ['a scanned PDF without text', [scanPdf], /cannot read ".*scan\.pdf": the PDF has no text layer \(scanned\?\)/],
    ['a file that is not UTF-8', [binary], /not UTF-8 text/],
    ['a UTF-8 file with NUL bytes', [nul], /not UTF-8 text/],
    ['a folder', [folder], /it is a folder/],
  ];
  for (const [what, args, message] of cases) {
    it(`${what}: one clear line on stderr, exit code 1`, () => {
      const { code, stdout, stderrLines } = run(...args);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderrLines).toHaveLength(1);
      expect(stderrLines[0]).toMatch(/^sagsspor parse: /);
      expect(stderrLines[0]).toMatch(message);
    });
  }
});
