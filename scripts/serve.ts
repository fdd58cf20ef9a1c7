/**
 * A tiny static file server on 127.0.0.1, for the demo site and the end-to-end tests.
 *
 *   node --experimental-strip-types --no-warnings scripts/serve.ts [dir] [port]
 *
 * dir defaults to test/demo-site, port to $PORT or 0 (a free port). Query strings are ignored,
 * a directory serves its index.html, nothing outside dir is ever served.
 */
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml; charset=utf-8',
};

/** The file a request path names inside root, or null if it would leave root. */
function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = resolve(root, '.' + decoded);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * `generated` adds files made in memory, by path (the demo's whole-meeting PDFs); their type
 * comes from the extension of `name`.
 */
export function startServer(
  dir: string,
  port = 0,
  generated: ReadonlyMap<string, { name: string; body: Uint8Array }> = new Map(),
  /** Serve https with this key and certificate (the tests' portals, which are https-only in the manifest). */
  tls?: { key: string; cert: string },
): Promise<RunningServer> {
  const root = resolve(dir);
  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      let file = fileFor(root, path);
      try {
        if (file === null || (req.method !== 'GET' && req.method !== 'HEAD')) throw new Error('refused');
        const made = generated.get(path);
        if (made === undefined && (await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = made?.body ?? (await readFile(file));
        res.writeHead(200, {
          'content-type': TYPES[extname(made?.name ?? file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': body.length,
          // Tests and the demo edit files between runs: never let the browser cache them.
          'cache-control': 'no-store',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end(`404 Not Found: ${path}\n`);
      }
    })();
  };
  const server = tls === undefined ? createServer(handler) : createTlsServer(tls, handler);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = (server.address() as AddressInfo).port;
      resolvePromise({
        url: `${tls === undefined ? 'http' : 'https'}://127.0.0.1:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

// CLI mode: only when run directly, not when imported by a test or another script.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const repo = fileURLToPath(new URL('..', import.meta.url));
  const dir = process.argv[2] ?? join(repo, 'test', 'demo-site');
  const port = Number(process.argv[3] ?? process.env.PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: not a port: ${process.argv[3] ?? process.env.PORT}`);
    process.exit(2);
  }
  const running = await startServer(dir, port);
  console.log(`Serving ${resolve(dir)} at ${running.url}/ (Ctrl+C stops)`);
  process.on('SIGINT', () => void running.close().then(() => process.exit(0)));
  process.on('SIGTERM', () => void running.close().then(() => process.exit(0)));
}
