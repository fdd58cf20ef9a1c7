/**
 * The parse CLI as a user runs it: JSON on stdout for .txt and .html, and for anything it
 * cannot read, one line on stderr and exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MeetingSchema } from '../../lib/model.ts';
import { describeShared, sharedPath } from '../shared.ts';

function run(file: string) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/parse.ts', file], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderrLines: result.stderr.split('\n').filter((l) => l !== '') };
}

describeShared('parse CLI on real documents', () => {
  it('prints a valid meeting for a saved FirstAgenda page', () => {
    const { code, stdout } = run(sharedPath('fixtures', 'firstagenda-publication-aarhus', 'example_minutes.html'));
    expect(code).toBe(0);
    const meeting = MeetingSchema.parse(JSON.parse(stdout));
    expect(meeting.items.length).toBe(6);
    expect(meeting.committee).toBe('Teknisk Udvalg');
  });
});

describe('parse CLI on files it cannot read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sagsspor-cli-'));
  const binary = join(dir, 'binary.txt');
  writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xa0]));
  const docx = join(dir, 'referat.docx');
  writeFileSync(docx, 'PK');
  const cases: [string, string, RegExp][] = [
    ['a missing file', join(dir, 'missing.txt'), /no such file/],
    ['an unknown type', docx, /unknown file type "\.docx"/],
    ['a PDF (not yet)', join(dir, 'x.pdf'), /PDF input is not supported yet/],
    ['a file that is not UTF-8', binary, /not UTF-8/],
    ['a folder', `${dir}/sub.txt/..`, /./],
  ];
  for (const [what, file, message] of cases) {
    it(`${what}: one clear line on stderr, exit code 1`, () => {
      const { code, stdout, stderrLines } = run(file);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderrLines).toHaveLength(1);
      expect(stderrLines[0]).toMatch(/^sagsspor parse: /);
      expect(stderrLines[0]).toMatch(message);
    });
  }
});
