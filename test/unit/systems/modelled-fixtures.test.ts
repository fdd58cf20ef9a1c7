/**
 * The modelled pages of test/fixtures/systems/: each folder says it is modelled, names the
 * system its pages are of, and that system's tests read it (test/unit/systems/<id>/pages.test.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { SYSTEMS } from '../../../lib/systems/index.ts';
import { FOLDERS, SYSTEM_FIXTURES, expectedOf } from './modelled-pages.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

it('has at least four modelled system folders, each with its expectations and the modelled-fixture header', () => {
  expect(FOLDERS.length).toBeGreaterThanOrEqual(4);
  for (const folder of FOLDERS) {
    const expected = expectedOf(folder);
    expect(expected.origin).toBe('modelled');
    for (const page of expected.pages) {
      const html = readFileSync(join(SYSTEM_FIXTURES, folder, page.file), 'utf8');
      expect(html, `${folder}/${page.file}`).toMatch(/<!-- Modelled fixture: written for Sagsspor from publishing-systems\.md §[\d.]+.*; not a saved real page -->/);
    }
  }
});

it('each folder is of a registered system, whose pages test reads it, and each detected page is that system\'s', () => {
  const ids = new Set<string>(SYSTEMS.map((s) => s.id));
  for (const folder of FOLDERS) {
    const expected = expectedOf(folder);
    expect(ids.has(expected.systemId), folder).toBe(true);
    expect(readFileSync(join(HERE, expected.systemId, 'pages.test.ts'), 'utf8')).toContain(`describeModelledPages('${expected.systemId}')`);
    for (const page of expected.pages) {
      if (page.detection.kind === 'meeting') expect(page.detection.system, `${folder}/${page.file}`).toBe(expected.systemId);
    }
  }
});
