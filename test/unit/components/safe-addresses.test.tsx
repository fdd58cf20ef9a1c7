// @vitest-environment happy-dom
/**
 * Attack: a `javascript:` or `data:` address reaches the store (an import file, a page's report,
 * a bookmark) and is later rendered as a link or opened in a new tab. Every entry refuses it
 * with a clear message and leaves the store as it was; a row already stored with such an
 * address is shown as text and never opened.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BookmarkRow } from '../../../components/BookmarkRow.tsx';
import { sendToBackground } from '../../../lib/messages/send.ts';
import { safeLink, isStorableAddress } from '../../../lib/net/safe-link.ts';
import { addBookmark, listBookmarks, toView } from '../../../lib/store/bookmarks.ts';
import { bookmarkRow } from '../../../lib/store/tables/bookmarks.ts';
import { saveMeeting } from '../../../lib/store/meetings.ts';
import { exportAll, importBackup, serialiseExport } from '../../../lib/store/transfer.ts';
import { localPdfKey } from '../../../lib/extension-pages/reader-path.ts';
import { freshDb, item, meeting, snapshot, target } from '../store-helpers.ts';
import { extensionSender, testBackground } from '../sender-helpers.ts';
import { mount, unmount, useLocale } from './popup-helpers.tsx';

const EVIL = ['javascript:alert(document.cookie)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'https:alert(1)'];

describe('only web addresses are links', () => {
  it('safeLink lets http(s) through and nothing else, the extension\'s own pages only when named', () => {
    expect(safeLink('https://dagsordener.lejre.dk/vis?id=1#sagsspor-item=2')).toBe('https://dagsordener.lejre.dk/vis?id=1#sagsspor-item=2');
    expect(safeLink('http://example.dk/a')).toBe('http://example.dk/a');
    for (const evil of EVIL) expect(safeLink(evil), evil).toBeNull();
    expect(safeLink('chrome-extension://abc/reader.html?url=x')).toBeNull();
    expect(safeLink('chrome-extension://abc/reader.html?url=x', 'chrome-extension://abc/')).toBe('chrome-extension://abc/reader.html?url=x');
    expect(safeLink('blob:chrome-extension://abc/1234', 'chrome-extension://abc/')).toBe('blob:chrome-extension://abc/1234');
    expect(safeLink('blob:https://evil.example/1234', 'chrome-extension://abc/')).toBeNull();
    expect(isStorableAddress(localPdfKey('Referat ØU.pdf'))).toBe(true);
    expect(isStorableAddress('file:///etc/passwd')).toBe(false);
  });
});

describe('no entry accepts a javascript: or data: address', () => {
  it('refuses an import with a javascript: bookmark, saying so, and changes nothing', async () => {
    const source = freshDb();
    await addBookmark(source, target(1));
    const file = await exportAll(source);
    const db = freshDb();
    await addBookmark(db, target(2), { note: 'min egen note' });
    const before = await snapshot(db);
    for (const evil of EVIL) {
      const bad = { ...file, bookmarks: file.bookmarks.map((b) => ({ ...b, url: evil })) };
      const result = await importBackup(db, serialiseExport(bad));
      expect(result, evil).toMatchObject({ ok: false, error: { kind: 'unsafe-address', path: 'bookmarks[0].url' } });
      expect(!result.ok && result.error.detail).toMatch(/only web addresses \(http: or https:\)/);
    }
    const badMeeting = { ...file, meetings: [{ ...(await exportWithMeeting()).meetings[0]!, url: 'data:text/html,x' }] };
    expect(await importBackup(db, serialiseExport(badMeeting))).toMatchObject({ ok: false, error: { kind: 'unsafe-address', path: 'meetings[0].url' } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses report-page and bookmark-item with such an address, and the store functions too', async () => {
    const db = freshDb();
    const listener = testBackground(db);
    const reader = async (m: unknown) => listener(m, extensionSender('reader.html'));
    for (const evil of EVIL) {
      const summary = { url: evil, title: 't', analysed: true, meeting: null, itemCount: 3, decisionCount: 3, caseNumberCount: 3, bookmarkedCount: 0, annotationsOn: true };
      await expect(sendToBackground({ type: 'report-page', summary, meeting: meeting() }, reader)).rejects.toMatchObject({ code: 'invalid-request' });
      await expect(sendToBackground({ type: 'bookmark-item', target: target(1, { url: evil }) }, reader)).rejects.toMatchObject({ code: 'invalid-request' });
      // The router's schema would catch them; the store refuses them by itself as well.
      await expect(addBookmark(db, target(1, { url: evil }))).rejects.toMatchObject({ code: 'invalid' });
      await expect(saveMeeting(db, evil, meeting())).rejects.toMatchObject({ code: 'invalid' });
    }
    expect(await db.bookmarks.count()).toBe(0);
    expect(await db.meetings.count()).toBe(0);
  });

  it('keeps an attachment address from a page only when it is a web address', async () => {
    const db = freshDb();
    const attachments = [
      { title: 'Bilag 1', number: 1, href: 'javascript:alert(1)' },
      { title: 'Bilag 2', number: 2, href: 'https://dagsordener.lejre.dk/bilag/2.pdf' },
    ];
    await saveMeeting(db, 'https://dagsordener.lejre.dk/referat/1', meeting({ items: [item(1, { attachmentDetails: attachments })] }));
    const [stored] = await db.items.toArray();
    expect(stored!.attachmentDetails.map((a) => a.href)).toEqual([null, 'https://dagsordener.lejre.dk/bilag/2.pdf']);
  });
});

describe('a row stored before with another scheme', () => {
  it('is listed, its address shown as text, with no button that would open it', async () => {
    useLocale('da');
    const db = freshDb();
    // As an older version could have stored it, written past today's checks.
    const row = bookmarkRow({ ...(await bookmarkCore()), url: 'javascript:alert(1)' });
    await db.bookmarks.add(row);
    const [view] = await listBookmarks(db);
    expect(view!.url).toBe('javascript:alert(1)');
    let opened = 0;
    const container = await mount(
      <ul>
        <BookmarkRow bookmark={toView(row, null)} selected={false} notice={null} onSelect={() => undefined} onOpen={() => void opened++} onDelete={() => undefined} onSave={async () => undefined} />
      </ul>,
    );
    expect(container.querySelector('a')).toBeNull();
    expect(Array.from(container.querySelectorAll('button')).map((b) => b.textContent)).not.toContain('Åbn');
    expect(container.querySelector('[data-unsafe-url]')!.textContent).toContain('javascript:alert(1)');
    expect(opened).toBe(0);
    await unmount(container);
  });
});

async function exportWithMeeting() {
  const db = freshDb();
  await saveMeeting(db, 'https://dagsordener.lejre.dk/referat/1', meeting());
  return exportAll(db);
}

async function bookmarkCore() {
  const db = freshDb();
  const { bookmark } = await addBookmark(db, target(1));
  const { note: _n, noteUpdatedAt: _u, identity: _i, municipalityKey: _m, caseKeys: _c, meetingId: _mid, pageKey: _p, ...core } = bookmark;
  return core;
}

describe('imported text has length limits', () => {
  it('refuses an export whose parser field is longer than any text the store keeps, naming it', async () => {
    const db = freshDb();
    const file = await exportWithMeeting();
    const long = { ...file, meetings: [{ ...file.meetings[0]!, location: 'x'.repeat(200_001) }] };
    expect(await importBackup(db, serialiseExport(long))).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'meetings[0].location', detail: 'longer than 200000 characters' } });
    const longHref = structuredClone(file);
    longHref.meetings[0]!.items[0]!.attachmentDetails = [{ title: 'Bilag', number: 1, href: `https://x.dk/${'a'.repeat(5000)}` }];
    expect(await importBackup(db, serialiseExport(longHref))).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'meetings[0].items[0].attachmentDetails[0].href' } });
    expect(await db.meetings.count()).toBe(0);
  });
});
