/**
 * The Firefox build as addons.mozilla.org's linter sees it: `wxt build -b firefox`, then
 * `web-ext lint` (npm web-ext; no Firefox needed). Zero errors is required; warnings are
 * printed for a person to read (they are about bundled code: Preact's and pdf.js's innerHTML,
 * Function and dynamic import).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from './browser.ts';

const FIREFOX_DIR = join(REPO_DIR, '.output', 'firefox-mv3');

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
}

describe('the Firefox build', () => {
  it('builds with a right strict_min_version, and web-ext lint finds 0 errors', () => {
    const build = spawnSync(process.execPath, [join(REPO_DIR, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build', '-b', 'firefox'], { cwd: REPO_DIR, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as {
      browser_specific_settings: { gecko: { strict_min_version: string; data_collection_permissions?: unknown }; gecko_android?: { strict_min_version: string } };
    };
    // data_collection_permissions exists from Firefox 140 (142 on Android).
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toBeDefined();
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(manifest.browser_specific_settings.gecko_android?.strict_min_version).toBe('142.0');

    const lint = spawnSync(
      process.execPath,
      [join(REPO_DIR, 'node_modules', 'web-ext', 'bin', 'web-ext.js'), 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'],
      { cwd: REPO_DIR, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(lint.stdout) as LintReport;
    console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
    for (const w of report.warnings) console.log(`  warning ${w.code} ${w.file ?? ''}: ${w.message}`);
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 300_000);
});
