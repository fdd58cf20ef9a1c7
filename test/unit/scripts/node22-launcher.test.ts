/**
 * scripts/node22.cjs, the plain-JavaScript launcher every `npm run` script goes through, so that
 * `npm ci && npm run demo` works on a machine whose Node is older than 22. An older Node is
 * simulated by a preload that makes `process.version` say v20; the cached Node 22 is a small
 * wrapper around this Node that leaves a trace, so no test downloads anything.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir = '';
let oldNode = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sagsspor-node22-'));
  oldNode = join(dir, 'old-node.cjs');
  writeFileSync(oldNode, "Object.defineProperty(process, 'version', { value: 'v20.20.2' });\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function launch(cache: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--require', oldNode, 'scripts/node22.cjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SAGSSPOR_NODE_CACHE: cache, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderrLines: result.stderr.split('\n').filter((l) => l !== '') };
}

/** A cache holding a "Node 22" that records each run and hands it to this Node. */
function fakeCache(name: string): { cache: string; trace: string } {
  const cache = join(dir, name);
  const trace = join(dir, `${name}.trace`);
  mkdirSync(join(cache, 'package', 'bin'), { recursive: true });
  const binary = join(cache, 'package', 'bin', 'node');
  writeFileSync(
    binary,
    `#!/bin/sh\nif [ "$1" = "-v" ]; then echo v22.23.5; exit 0; fi\necho run >> '${trace}'\nexec '${process.execPath}' "$@"\n`,
  );
  chmodSync(binary, 0o755);
  return { cache, trace };
}

describe('node22 launcher', () => {
  it('runs the TypeScript script under the cached Node 22 when this Node is older, passing arguments and exit code', () => {
    const { cache, trace } = fakeCache('cached');
    const text = join(dir, 'minutes.txt');
    writeFileSync(text, 'Punkt 1. Budget\nBeslutning\nGodkendt.\n');
    const ok = launch(cache, ['scripts/parse.ts', text]);
    expect(ok.stderrLines).toEqual([]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ source: 'minutes.txt' });
    expect(readFileSync(trace, 'utf8')).toContain('run');

    const missing = launch(cache, ['scripts/parse.ts', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderrLines).toHaveLength(1);
  });

  it('says in one line what to install when Node 22 cannot be fetched', () => {
    const cache = join(dir, 'empty');
    // An address nothing listens on: the registry is unreachable.
    const result = launch(cache, ['scripts/parse.ts', '/dev/null'], { npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0' });
    expect(result.code).toBe(1);
    const last = result.stderrLines.at(-1) ?? '';
    expect(last).toMatch(/install Node\.js 22 or newer/);
    expect(existsSync(join(cache, 'package'))).toBe(false);
  });

  it('runs the script directly under a Node that is new enough', () => {
    const result = spawnSync(process.execPath, ['scripts/node22.cjs', 'scripts/parse.ts', join(dir, 'nope.txt')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/fetching/);
  });
});
