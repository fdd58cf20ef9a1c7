/**
 * The parse CLI: `npm run parse -- <file>` prints the Meeting of a minutes document as JSON
 * (2-space indent) on stdout.
 *   .txt         → plain text, parseText
 *   .html, .htm  → a saved page: happy-dom builds the DOM (no script runs, nothing is loaded
 *                  or fetched), the same adapters as the content script make the blocks
 *   .pdf         → lib/pdf's readPdf with pdf.js's legacy build (no worker, nothing fetched):
 *                  positioned text → lines → paragraphs without headers and footers → parser
 * Any failure: one line "sagsspor parse: …" on stderr and exit code 1.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { MeetingSchema, type Meeting } from '../lib/model.ts';
import { parseBlocks, parseText } from '../lib/parser/index.ts';
import { blocksFromDocument } from '../lib/systems/detect.ts';
import { htmlDocument } from './html-document.ts';

/** A failure the user can act on; its message is the line printed. */
class CliError extends Error {}

type Reader = (bytes: Uint8Array, file: string, source: string) => Promise<Meeting>;

/** The file as UTF-8 text, or a CliError: invalid UTF-8 or NUL bytes mean it is not text. */
function utf8Text(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`cannot read "${file}": it is not UTF-8 text`);
  }
  if (text.includes('\u0000')) throw new CliError(`cannot read "${file}": it is not UTF-8 text (binary data)`);
  return text.replace(/^\uFEFF/, '');
}

/** A PDF: pdf.js is loaded only for PDFs. Its failure reasons become one readable line. */
async function pdfMeeting(bytes: Uint8Array, file: string, source: string): Promise<Meeting> {
  const [{ readPdf }, { loadNodePdfjs }] = await Promise.all([import('../lib/pdf/read.ts'), import('../lib/pdf/node.ts')]);
  const result = await readPdf(bytes, await loadNodePdfjs(), { source });
  if (result.ok) return result.meeting;
  const reason = result.message.replace(/\.$/, '');
  throw new CliError(`cannot read "${file}": ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`);
}

const READERS: Record<string, Reader> = {
  '.txt': async (bytes, file, source) => parseText(utf8Text(bytes, file), { source }),
  '.html': async (bytes, file, source) => htmlDocument(utf8Text(bytes, file), (doc) => parseBlocks(blocksFromDocument(doc).blocks, { source })),
  '.htm': async (bytes, file, source) => READERS['.html']!(bytes, file, source),
  '.pdf': pdfMeeting,
};

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (error instanceof Error ? error.message : String(error));
}

async function readMeeting(file: string): Promise<Meeting> {
  const type = extname(file).toLowerCase();
  const reader = READERS[type];
  if (!reader) throw new CliError(`cannot read "${file}": unknown file type "${type || '(none)'}" (use .txt, .html, .htm or .pdf)`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new CliError(`cannot read "${file}": ${readFailure(error)}`);
  }
  return reader(bytes, file, basename(file));
}

async function main(args: readonly string[]): Promise<void> {
  const files = args.filter((a) => a !== '--');
  if (files.length === 0) throw new CliError('no file given (usage: npm run parse -- <file.txt|file.html|file.pdf>)');
  if (files.length > 1) throw new CliError(`one file at a time, got ${files.length} (usage: npm run parse -- <file.txt|file.html|file.pdf>)`);
  const checked = MeetingSchema.safeParse(await readMeeting(files[0]!));
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new CliError(`internal error: the result does not match the Meeting model (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`);
  }
  process.stdout.write(`${JSON.stringify(checked.data, null, 2)}\n`);
}

// `npm run parse -- x.html | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof CliError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`sagsspor parse: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exitCode = 1;
});
