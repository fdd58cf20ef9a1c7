/**
 * Attack: a content script on one site (any page Sagsspor runs on) asks the background for
 * everything: every bookmark with its note, another site's bookmarks, deleting or editing
 * them, or storing a meeting under another site. The background answers a content script only
 * about its own tab's site, and store-wide requests only for the extension's own pages.
 */
import { describe, expect, it } from 'vitest';
import { sendToBackground } from '../../../lib/messages/send.ts';
import type { Transport } from '../../../lib/messages/protocol.ts';
import { addBookmark } from '../../../lib/store/bookmarks.ts';
import type { Sender } from '../../../lib/messages/protocol.ts';
import { freshDb, meeting, snapshot, target } from '../store-helpers.ts';
import { extensionSender, pageSender, testBackground } from '../sender-helpers.ts';

const LEJRE = 'https://dagsordener.lejre.dk/referat/1';
const EVIL = 'https://dagsordener.aarhus.dk/vis?copy-of-lejre';
const SECRET = 'HEMMELIG: borgerens CPR 010203-1234';

async function storeWithSecret() {
  const db = freshDb();
  const { bookmark } = await addBookmark(db, target(1, { url: LEJRE }), { note: SECRET, tags: ['fortroligt'] });
  const listener = testBackground(db);
  const as = (sender: Sender): Transport => async (m) => listener(m, sender);
  return { db, bookmark, as };
}

describe('the background asks who is asking', () => {
  it('gives a content script neither every bookmark nor another meeting\'s', async () => {
    const { as } = await storeWithSecret();
    const evil = as(pageSender(EVIL));
    await expect(sendToBackground({ type: 'list-bookmarks', scope: { kind: 'all' } }, evil)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'list-bookmarks', scope: { kind: 'meeting', meetingId: 'lejre|2024-03-12|økonomiudvalget' } }, evil)).rejects.toMatchObject({ code: 'forbidden' });
    // Naming the Lejre page while running on another site.
    await expect(sendToBackground({ type: 'list-bookmarks', scope: { kind: 'page', url: LEJRE, meeting: null } }, evil)).rejects.toMatchObject({ code: 'forbidden' });
    // Its own page, with the Lejre meeting's text: nothing of Lejre's.
    const own = await sendToBackground({ type: 'list-bookmarks', scope: { kind: 'page', url: EVIL, meeting: target(1).meeting } }, evil);
    expect(JSON.stringify(own)).not.toContain(SECRET);
    expect(own.bookmarks).toEqual([]);
  });

  it('lets a content script neither delete, edit nor mark another site\'s bookmarks', async () => {
    const { db, bookmark, as } = await storeWithSecret();
    const before = await snapshot(db);
    const evil = as(pageSender(EVIL));
    await expect(sendToBackground({ type: 'remove-bookmarks', ids: [bookmark.id] }, evil)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'update-bookmark', id: bookmark.id, note: 'overskrevet' }, evil)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'report-anchors', results: [{ id: bookmark.id, found: false }] }, evil)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'bookmark-item', target: target(2, { url: LEJRE }) }, evil)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('stores no meeting and answers no trail for an address that is not the sender\'s own', async () => {
    const { db, as } = await storeWithSecret();
    const evil = as(pageSender(EVIL));
    const summary = { url: LEJRE, title: 't', analysed: true, meeting: null, itemCount: 3, decisionCount: 3, caseNumberCount: 3, bookmarkedCount: 0, annotationsOn: true };
    await expect(sendToBackground({ type: 'report-page', summary, meeting: meeting() }, evil)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.meetings.count()).toBe(0);
    const ref = { municipality: 'Lejre', committee: 'Økonomiudvalget', date: '2024-03-12', kind: 'referat' as const };
    await expect(sendToBackground({ type: 'page-trail', url: LEJRE, meeting: ref, items: [] }, evil)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'related-items', municipality: 'Lejre', url: LEJRE, caseNumber: '24-001001' }, evil)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'open-case', municipalityKey: 'lejre', caseNumber: '24-001001' }, evil)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses senders that are not this extension, or a page without a tab', async () => {
    const { as } = await storeWithSecret();
    const stranger: Sender = { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' };
    await expect(sendToBackground({ type: 'list-bookmarks', scope: { kind: 'all' } }, as(stranger))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'get-settings' }, as({ id: extensionSender().id, url: LEJRE }))).rejects.toMatchObject({ code: 'forbidden' });
    // A sender whose origin disagrees with its address.
    await expect(sendToBackground({ type: 'get-settings' }, as({ ...pageSender(LEJRE), origin: 'https://evil.example' }))).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('answers the page its own bookmarks, and the extension\'s own pages everything', async () => {
    const { as } = await storeWithSecret();
    const own = await sendToBackground({ type: 'list-bookmarks', scope: { kind: 'page', url: LEJRE, meeting: null } }, as(pageSender(LEJRE)));
    expect(own.bookmarks.map((b) => b.note)).toEqual([SECRET]);
    const all = await sendToBackground({ type: 'list-bookmarks', scope: { kind: 'all' } }, as(extensionSender()));
    expect(all.bookmarks).toHaveLength(1);
  });

  it('no longer knows the requests nothing sent (restore, bulk tags, counts, case lookup, links)', async () => {
    const { as } = await storeWithSecret();
    for (const type of ['restore-bookmarks', 'tag-bookmarks', 'get-counts', 'lookup-case', 'add-link', 'remove-link', 'list-links']) {
      const transport = as(extensionSender());
      expect(await transport({ type })).toBeUndefined();
    }
  });
});
