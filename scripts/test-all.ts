/**
 * `npm test`: build the extension (for Chromium and Firefox), run the unit suite, then the
 * end-to-end suite in real Chromium and Firefox ESR, and end with ONE line a CI reader
 * understands: `N passed, N failed[, N skipped]`.
 *
 *   npm test                       everything
 *   npm test -- --unit-only        unit suite only (no build, no browser)
 *   npm test -- --e2e-only         build + end-to-end only
 *   npm test -- --no-build         reuse the builds in .output/
 *   npm test -- <vitest args>      anything else goes to both vitest runs (e.g. a file filter)
 *
 * Counts come from vitest's JSON reports, but the exit codes are trusted too: a crash with a
 * stale or missing report must not read as "all passed" (../shared/notes/toolchain.md, pitfall 3).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(REPO, 'test-results');
const WXT = join(REPO, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
const VITEST = join(REPO, 'node_modules', 'vitest', 'vitest.mjs');

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/** The parts of vitest's JSON report (jest-compatible) that we read. */
interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

const flags = new Set(['--unit-only', '--e2e-only', '--no-build']);
const args = process.argv.slice(2);
const own = new Set(args.filter((a) => flags.has(a)));
const forwarded = args.filter((a) => !flags.has(a));
if (own.has('--unit-only') && own.has('--e2e-only')) {
  console.error('test-all: --unit-only and --e2e-only exclude each other');
  process.exit(2);
}
const runUnit = !own.has('--e2e-only');
const runE2e = !own.has('--unit-only');
const runBuild = runE2e && !own.has('--no-build');

function section(title: string): () => number {
  console.log(`\n=== ${title} ===`);
  const start = Date.now();
  return () => {
    const seconds = (Date.now() - start) / 1000;
    console.log(`--- ${title}: ${seconds.toFixed(1)} s`);
    return seconds;
  };
}

function run(script: string, scriptArgs: string[], env: Record<string, string> = {}): number {
  // The same node that runs this script: the one `npm test` found first on PATH.
  const result = spawnSync(process.execPath, [script, ...scriptArgs], { cwd: REPO, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

function vitestSuite(name: string, config: string): Tally {
  const report = join(RESULTS, `${name}.json`);
  rmSync(report, { force: true }); // never read last run's report
  const done = section(`${name} tests (vitest --config ${config})`);
  const code = run(VITEST, [
    'run',
    '--config',
    config,
    '--reporter=json',
    `--outputFile.json=${report}`,
    '--reporter=default',
    // A filter meant for one suite must not fail the other for finding nothing.
    ...(forwarded.length > 0 ? ['--passWithNoTests'] : []),
    ...forwarded,
  ]);
  done();
  const tally = readReport(name, report);
  if (code !== 0 && tally.failed === 0) {
    console.log(`${name}: vitest exited with ${code} but reported no failed test (a crash or an unhandled error): counted as 1 failure`);
    tally.failed += 1;
  }
  console.log(`${name}: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped (vitest exit ${code})`);
  return tally;
}

function readReport(name: string, file: string): Tally {
  if (!existsSync(file)) {
    console.log(`${name}: no report at ${file}: counted as 1 failure`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  let report: JsonReport;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
  } catch (error) {
    console.log(`${name}: unreadable report ${file} (${String(error)}): counted as 1 failure`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  // A test file that fails to load has no test results of its own: count the file.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed'),
  );
  for (const file of brokenFiles) console.log(`${name}: ${file.name} failed outside any test: ${file.message ?? ''}`.trim());
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles.length,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

const started = Date.now();
mkdirSync(RESULTS, { recursive: true });
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const add = (t: Tally) => {
  total.passed += t.passed;
  total.failed += t.failed;
  total.skipped += t.skipped;
};

let built = !runBuild;
if (runBuild) {
  const done = section('build (wxt build, wxt build -b firefox)');
  const code = run(WXT, ['build']);
  // The test build with open shadow roots, for the tests that click inside Sagsspor's UI.
  const openRoots = code === 0 ? run(WXT, ['build'], { WXT_OPEN_ROOTS: '1' }) : 1;
  // The Firefox build and its open-roots twin, for the Firefox test (test/e2e/firefox.e2e.test.ts).
  const firefox = openRoots === 0 ? run(WXT, ['build', '-b', 'firefox']) : 1;
  const firefoxOpenRoots = firefox === 0 ? run(WXT, ['build', '-b', 'firefox'], { WXT_OPEN_ROOTS: '1' }) : 1;
  done();
  built = code === 0 && openRoots === 0 && firefox === 0 && firefoxOpenRoots === 0;
  if (!built) {
    console.log(
      `build: wxt build exited with ${code} (test build: ${openRoots}; Firefox: ${firefox}, its test build: ${firefoxOpenRoots}): counted as 1 failure; end-to-end tests skipped`,
    );
    total.failed += 1;
  }
}
if (runUnit) add(vitestSuite('unit', 'test/vitest.config.ts'));
if (runE2e && built) {
  // Screenshots are kept by CI: only this run's may be there.
  rmSync(join(RESULTS, 'screenshots'), { recursive: true, force: true });
  add(vitestSuite('e2e', 'test/e2e/vitest.config.ts'));
}

console.log(`\n=== total (${((Date.now() - started) / 1000).toFixed(1)} s) ===`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
