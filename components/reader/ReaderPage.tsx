/**
 * The PDF reader (`reader.html`): open a minutes PDF from a link (`?url=`), a URL typed in, or
 * a local file (picker or drag-and-drop); read its text with pdf.js and the shared parser; show
 * it as a clean document that the page features annotate exactly as a minutes page (decisions
 * with outcome badges, case numbers with their cards, outline, bookmarks, the case trail), each
 * block with a link to its page of the original. The meeting is indexed like a page visit.
 * A PDF that cannot be read says why, and nothing is stored.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Meeting } from '../../lib/model.ts';
import { t } from '../../lib/i18n/index.ts';
import { plural } from '../../lib/i18n/plural.ts';
import type { PageSummary } from '../../lib/messages/parts.ts';
import { annotate, type Annotations } from '../../lib/page/annotate.ts';
import type { PageServices } from '../../lib/page/feature.ts';
import { meetingRefOf } from '../../lib/page/meeting-ref.ts';
import { pageMeetingOf } from '../../lib/page/read-page.ts';
import { parseBlocks } from '../../lib/parser/index.ts';
import { localPdfKey } from '../../lib/extension-pages/reader-path.ts';
import { renderReadingDocument, type ReadingBlock } from '../../lib/extension-pages/reading-document.ts';
import { safeLink, webOrigin } from '../../lib/net/safe-link.ts';

/** Why a PDF could not be read (the reasons of lib/pdf, plus fetching). */
export type ReaderFailure =
  | 'not-pdf'
  | 'empty'
  | 'encrypted'
  | 'no-text'
  | 'too-large'
  | 'damaged'
  | 'no-items'
  | 'http'
  | 'network'
  | 'bad-url';

export type PdfText = { ok: true; blocks: ReadingBlock[]; pages: number } | { ok: false; reason: ReaderFailure; message: string };
export type Fetched = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'permission' | 'http' | 'network' | 'bad-url'; message: string };

export interface ReaderEnv {
  /** PDF bytes → text blocks with their pages (pdf.js in this page, its worker bundled). */
  readPdf(bytes: Uint8Array): Promise<PdfText>;
  /** Fetch a PDF; 'permission' when the extension may not read that site yet. */
  fetchPdf(url: string): Promise<Fetched>;
  /** Ask the user for access to an origin (needs the click that calls it). */
  requestAccess(origin: string): Promise<boolean>;
  /** Store the meeting (the background indexes it as it does a page visit). */
  report(summary: PageSummary, meeting: Meeting): Promise<void>;
  services: PageServices;
  /** A local file's own URL (an object URL) to link "Side N" to. */
  objectUrl(file: Blob): string;
}

type State =
  | { step: 'idle' }
  | { step: 'fetching'; url: string }
  | { step: 'reading'; name: string }
  | { step: 'needs-access'; url: string; origin: string }
  | { step: 'failed'; reason: ReaderFailure | 'permission'; detail: string }
  | { step: 'ready'; name: string; pages: number; items: number; decisions: number; href: string | null };

export interface ReaderPageProps {
  env: ReaderEnv;
  /** From `?url=`: open this PDF at once. */
  initialUrl: string | null;
  /** The item to show once read (`#sagsspor-item=N`). */
  initialHash: string;
  /** From `?file=`: a bookmark's PDF read from disk, which the user must choose again. */
  initialFile?: string | null;
}

export function ReaderPage({ env, initialUrl, initialHash, initialFile = null }: ReaderPageProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [typed, setTyped] = useState(initialUrl ?? '');
  const [dragging, setDragging] = useState(false);
  const docRef = useRef<HTMLDivElement>(null);
  const annotations = useRef<Annotations | null>(null);

  const clearDocument = () => {
    annotations.current?.remove();
    annotations.current = null;
    docRef.current?.replaceChildren();
  };

  /** Read bytes into the document, annotate it, store it. `key` is the URL the store files it under. */
  const show = async (bytes: Uint8Array, name: string, key: string, href: string | null) => {
    clearDocument();
    setState({ step: 'reading', name });
    const text = await env.readPdf(bytes);
    if (!text.ok) {
      setState({ step: 'failed', reason: text.reason, detail: text.message });
      return;
    }
    const meeting = parseBlocks(text.blocks, { source: key });
    const container = docRef.current;
    if (meeting.items.length === 0 || container === null) {
      setState({ step: 'failed', reason: 'no-items', detail: `${text.blocks.length} text blocks, no items` });
      return;
    }
    const blocks = renderReadingDocument(container, text.blocks, meeting, href);
    const page = pageMeetingOf(blocks, key, 'generic');
    if (page === null) {
      clearDocument();
      setState({ step: 'failed', reason: 'no-items', detail: 'no items' });
      return;
    }
    // Read as a generic page: no publishing system's own features (FirstAgenda's PDF button) apply.
    annotations.current = annotate(document, key, page, { detection: { kind: 'meeting', system: 'generic', reason: 'content' }, services: env.services, outlineOpen: true });
    const m = page.meeting;
    const decisions = m.items.filter((i) => i.decision !== null).length;
    setState({ step: 'ready', name, pages: text.pages, items: m.items.length, decisions, href });
    document.title = `${[m.committee, m.date].filter(Boolean).join(' · ') || name} – Sagsspor`;
    const summary: PageSummary = {
      url: key.slice(0, 2000),
      title: name.slice(0, 500),
      analysed: true,
      meeting: meetingRefOf(m),
      itemCount: m.items.length,
      decisionCount: decisions,
      caseNumberCount: new Set(m.items.flatMap((i) => i.cases.map((c) => c.normalized))).size,
      bookmarkedCount: 0,
      annotationsOn: true,
    };
    await env.report(summary, m).catch((error: unknown) => console.warn('[sagsspor] the meeting was not stored', error));
    const wanted = /^#sagsspor-item=(\d+)$/.exec(initialHash);
    if (wanted) document.getElementById(`punkt-${wanted[1]}`)?.scrollIntoView({ block: 'start' });
  };

  const openUrl = async (url: string) => {
    const origin = webOrigin(url.trim());
    if (origin === null) {
      setState({ step: 'failed', reason: 'bad-url', detail: url.slice(0, 200) });
      return;
    }
    clearDocument();
    setState({ step: 'fetching', url });
    const fetched = await env.fetchPdf(url.trim());
    if (!fetched.ok) {
      if (fetched.reason === 'permission') setState({ step: 'needs-access', url, origin });
      else setState({ step: 'failed', reason: fetched.reason, detail: fetched.message });
      return;
    }
    await show(fetched.bytes, decodeURIComponent(new URL(url).pathname.split('/').pop() || url), url.trim(), url.trim());
  };

  const openFile = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // A local file has no web address: it is filed under its name (bookmarks still find it).
    await show(bytes, file.name, localPdfKey(file.name), env.objectUrl(file));
  };

  useEffect(() => {
    if (initialUrl) void openUrl(initialUrl);
    return clearDocument;
  }, []);

  const busy = state.step === 'fetching' || state.step === 'reading';
  return (
    <main
      class={`reader${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer?.files[0];
        if (file) void openFile(file);
      }}
    >
      <header class="reader-bar">
        <h1>{t('reader_title')}</h1>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void openUrl(typed);
          }}
        >
          <input
            type="url"
            name="url"
            aria-label={t('reader_urlLabel')}
            placeholder="https://dagsordener.…/referat.pdf"
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
            disabled={busy}
          />
          <button class="primary" type="submit" disabled={busy || typed.trim() === ''}>
            {t('reader_open')}
          </button>
          <label class="file-button">
            {t('reader_chooseFile')}
            <input
              type="file"
              accept="application/pdf,.pdf"
              disabled={busy}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void openFile(file);
              }}
            />
          </label>
        </form>
        <Status state={state} onGrant={async (origin, url) => ((await env.requestAccess(origin)) ? openUrl(url) : setState({ step: 'failed', reason: 'permission', detail: origin }))} />
      </header>
      {state.step === 'idle' && initialFile ? (
        <p class="notice" data-testid="choose-file-again">
          {t('reader_chooseFileAgain', initialFile)}
        </p>
      ) : null}
      {state.step === 'idle' ? <p class="drop-hint">{t('reader_dropHint')}</p> : null}
      <div class="reading-document" ref={docRef} data-testid="reading-document" />
    </main>
  );
}

function Status({ state, onGrant }: { state: State; onGrant(origin: string, url: string): void }) {
  switch (state.step) {
    case 'idle':
      return null;
    case 'fetching':
      return <p role="status">{t('reader_fetching')}</p>;
    case 'reading':
      return <p role="status">{t('reader_reading', state.name)}</p>;
    case 'needs-access':
      return (
        <p role="alert" class="notice">
          {t('reader_needsAccess', new URL(state.origin).host)}{' '}
          <button type="button" class="primary" data-action="grant" onClick={() => onGrant(state.origin, state.url)}>
            {t('reader_grant')}
          </button>
        </p>
      );
    case 'failed':
      return (
        <p role="alert" class="error" data-reason={state.reason}>
          {t(`reader_error_${state.reason.replace(/-/g, '_')}`)} {t('reader_nothingStored')}
          <span class="muted"> ({state.detail})</span>
        </p>
      );
    case 'ready':
      return (
        <p role="status" class="muted" data-testid="reader-summary">
          {t('reader_summary', [state.name, plural('count_pages', state.pages), plural('count_items', state.items), plural('count_decisions', state.decisions)])}{' '}
          {safeLink(state.href, ownOrigin()) !== null ? (
            <a href={safeLink(state.href, ownOrigin())!} target="_blank" rel="noopener noreferrer">
              {t('reader_original')}
            </a>
          ) : null}
        </p>
      );
  }
}

/** This page's origin with a slash (`chrome-extension://<id>/`): its own object URLs may be links. */
function ownOrigin(): string {
  const origin = globalThis.location?.origin;
  return origin && origin !== 'null' ? `${origin}/` : '';
}
