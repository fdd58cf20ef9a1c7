/**
 * The parse CLI: `npm run parse -- <file>` prints the Meeting of a minutes document as JSON.
 * .txt → plain text; .html/.htm → a saved page, read by the same DOM adapters as the content
 * script (happy-dom builds the DOM; no script runs, nothing is fetched).
 * Any failure: one line on stderr and exit code 1.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Window } from 'happy-dom';
import { MeetingSchema, type Meeting } from '../lib/model.ts';
import { parseBlocks, parseText } from '../lib/parser/index.ts';
import { blocksFromDocument } from '../lib/sources/index.ts';

class CliError extends Error {}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliError(`cannot read "${file}": it is not UTF-8 text`);
  }
}

function parseHtml(html: string, source: string): Meeting {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const { blocks } = blocksFromDocument(doc as unknown as Document);
    return parseBlocks(blocks, { source });
  } finally {
    void window.happyDOM.close();
  }
}

async function readMeeting(file: string): Promise<Meeting> {
  const type = extname(file).toLowerCase();
  const readers: Record<string, (text: string, source: string) => Meeting> = {
    '.txt': (text, source) => parseText(text, { source }),
    '.html': parseHtml,
    '.htm': parseHtml,
  };
  const reader = readers[type];
  if (type === '.pdf') throw new CliError(`cannot read "${file}": PDF input is not supported yet`);
  if (!reader) throw new CliError(`cannot read "${file}": unknown file type "${type || '(none)'}" (use .txt, .html or .htm)`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new CliError(`cannot read "${file}": ${why}`);
  }
  return reader(decodeUtf8(bytes, file), basename(file));
}

async function main(args: string[]): Promise<void> {
  const files = args.filter((a) => a !== '--');
  if (files.length !== 1) throw new CliError('usage: npm run parse -- <file.txt|file.html>');
  const meeting = MeetingSchema.parse(await readMeeting(files[0]!));
  process.stdout.write(`${JSON.stringify(meeting, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof CliError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`sagsspor parse: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exitCode = 1;
});
