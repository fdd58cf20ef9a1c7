/** axe-core in the end-to-end tests: colour contrast as WCAG AA asks (../shared/notes/toolchain.md: axe sees open shadow roots only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_DIR } from './browser.ts';

/** axe-core's colour-contrast violations on the page (it sees open shadow roots), one line per element. */
export async function contrastViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the extension's pages allow no inline script (CSP).
  await page.evaluate(readFileSync(join(REPO_DIR, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')));
  });
}
