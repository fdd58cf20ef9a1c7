/**
 * Following a case across meetings, with two real minutes that share a case: Lejre SSÆ
 * 2024-05-06 (seed 000) and Lejre JAI 2024-11-06 (seed 003) both treat case 24-002111.
 * Everything goes through the message contract, as the content script and pages use it.
 */
import { beforeEach, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { parseText } from '../../../lib/parser/index.ts';
import type { Item, Meeting } from '../../../lib/model.ts';
import { sendToBackground } from '../../../lib/messages/send.ts';
import type { Transport } from '../../../lib/messages/protocol.ts';
import { deepLink, itemId, meetingId } from '../../../lib/store/keys.ts';
import { saveMeeting } from '../../../lib/store/meetings.ts';
import { caseDossier } from '../../../lib/store/trail.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { describeShared, readShared } from '../../shared.ts';
import { freshDb } from '../store-helpers.ts';
import { addLink, linksOfItem, removeLink } from '../../../lib/store/links.ts';
import { pageSender, testBackground } from '../sender-helpers.ts';

const CASE = '24-002111';
const URL_000 = 'https://dagsordener.lejre.dk/vis?referat-000';
const URL_003 = 'https://dagsordener.lejre.dk/vis?referat-003';

function seed(name: string): Meeting {
  return parseText(readShared('seeds', `${name}.txt`), { source: name });
}
function withCase(m: Meeting, c: string): Item {
  const found = m.items.find((i) => i.caseNumbers.includes(c));
  if (!found) throw new Error(`no item with ${c}`);
  return found;
}
function ref(m: Meeting) {
  return { municipality: m.municipality, committee: m.committee, date: m.date, kind: m.kind };
}
function pageQuery(m: Meeting) {
  return m.items.map((i) => ({ number: i.number, caseNumbers: i.caseNumbers, history: i.history }));
}

describeShared('a case across meetings (seeds 000 and 003)', () => {
  let db: SagssporDB;
  let send: Transport;
  let m000: Meeting;
  let m003: Meeting;

  beforeEach(async () => {
    db = freshDb();
    const listener = testBackground(db, { now: () => new Date('2025-01-02T10:00:00Z') });
    send = async (m) => listener(m, pageSender(URL_000));
    m000 = seed('000_eae494ec270a50b3');
    m003 = seed('003_ba268f17f18e87f4');
    // Stored the way a page visit stores them: through report-page.
    for (const [url, m] of [[URL_000, m000], [URL_003, m003]] as const) {
      const summary = { url, title: 't', analysed: true, meeting: ref(m), itemCount: m.items.length, decisionCount: 1, caseNumberCount: 1, bookmarkedCount: 0, annotationsOn: true };
      await sendToBackground({ type: 'report-page', summary, meeting: m }, send);
    }
  });

  it('stores every item under its municipality with normalised case keys', async () => {
    const rows = await db.items.where('caseKeys').equals(`lejre|${CASE}`).toArray();
    expect(rows.map((r) => r.meetingDate).sort()).toEqual([m000.date, m003.date].sort());
    expect(await db.items.count()).toBe(m000.items.length + m003.items.length);
  });

  it('lists the other meeting’s item for the case, with a link to that exact item, and not the item itself', async () => {
    const here = withCase(m003, CASE);
    const there = withCase(m000, CASE);
    const reply = await sendToBackground(
      { type: 'related-items', municipality: m003.municipality, url: URL_003, caseNumber: CASE, current: { meeting: ref(m003), itemNumber: here.number } },
      send,
    );
    expect(reply.items).toHaveLength(1);
    const hit = reply.items[0]!;
    expect(hit).toMatchObject({
      committee: m000.committee,
      meetingDate: m000.date,
      itemNumber: there.number,
      title: there.title,
      decision: there.decision,
      outcome: there.outcome,
      url: URL_000,
      link: deepLink(URL_000, there.number),
    });
    expect(hit.link).toContain(`#sagsspor-item=${there.number}`);
    // Without an item to leave out, both treatments, newest first.
    const all = await sendToBackground({ type: 'related-items', municipality: 'Lejre Kommune', url: URL_003, caseNumber: ` ${CASE} ` }, send);
    expect(all.items.map((i) => i.meetingDate)).toEqual([m003.date, m000.date]);
  });

  it('answers a whole page in one message: related items and counts per item', async () => {
    const reply = await sendToBackground({ type: 'page-trail', url: URL_000, meeting: ref(m000), items: pageQuery(m000) }, send);
    expect(reply.items).toHaveLength(m000.items.length);
    const shared = new Set(m003.items.flatMap((i) => i.caseNumbers));
    for (const entry of reply.items) {
      const item = m000.items.find((i) => i.number === entry.itemNumber)!;
      const expected = m003.items.filter((o) => o.caseNumbers.some((c) => item.caseNumbers.includes(c))).length;
      expect(entry.count).toBe(expected);
      expect(entry.related.every((r) => r.meetingDate === m003.date && r.url === URL_003)).toBe(true);
      if (!item.caseNumbers.some((c) => shared.has(c))) expect(entry.related).toEqual([]);
    }
    const withIt = reply.items.find((e) => e.itemNumber === withCase(m000, CASE).number)!;
    expect(withIt.count).toBeGreaterThanOrEqual(1);
    expect(withIt.byCase).toContainEqual({ caseNumber: CASE, count: 1 });
    expect(withIt.related[0]).toMatchObject({ itemNumber: withCase(m003, CASE).number, committee: m003.committee });
  });

  it('resolves "Sagens forløb" entries to stored items when the treatment is stored, else gives committee and date', async () => {
    const here = withCase(m003, CASE);
    expect(here.history.length).toBeGreaterThan(0);
    const before = await sendToBackground({ type: 'page-trail', url: URL_003, meeting: ref(m003), items: [{ number: here.number, caseNumbers: here.caseNumbers, history: here.history }] }, send);
    // Neither committee's meeting of those dates was read: plain committee + date.
    expect(before.items[0]!.history.map((h) => h.item)).toEqual(here.history.map(() => null));
    expect(before.items[0]!.history.map((h) => [h.entry.body, h.entry.date])).toEqual(here.history.map((h) => [h.body, h.date]));

    // Now the first entry's meeting is read (that committee, that date, the same case).
    const entry = here.history[0]!;
    const earlier: Meeting = { ...m000, committee: entry.body, date: entry.date };
    const earlierUrl = 'https://dagsordener.lejre.dk/vis?referat-earlier';
    await saveMeeting(db, earlierUrl, earlier);
    const after = await sendToBackground({ type: 'page-trail', url: URL_003, meeting: ref(m003), items: [{ number: here.number, caseNumbers: here.caseNumbers, history: here.history }] }, send);
    const [first, ...rest] = after.items[0]!.history;
    expect(first!.item).toMatchObject({ committee: entry.body, meetingDate: entry.date, link: deepLink(earlierUrl, withCase(earlier, CASE).number) });
    // The other entries name other committees: still text, never guessed.
    for (const h of rest) expect(h.item).toBeNull();
  });

  it('shows a manual link on both items, keeps it when a page is read again, and removes it from both', async () => {
    const a = withCase(m000, CASE);
    const b = m003.items.find((i) => !i.caseNumbers.includes(CASE))!;
    const bId = itemId(meetingId(ref(m003), URL_003), b.number);
    const link = await addLink(db, { url: URL_000, meeting: ref(m000), itemNumber: a.number }, { itemId: bId }, 'Samme budgetramme');
    expect(link.other).toMatchObject({ itemId: bId, title: b.title, link: deepLink(URL_003, b.number) });

    const fromB = await linksOfItem(db, { itemId: bId });
    expect(fromB).toHaveLength(1);
    expect(fromB[0]).toMatchObject({ note: 'Samme budgetramme', other: { title: a.title, committee: m000.committee, link: deepLink(URL_000, a.number) } });

    // Reading the page again replaces its items and derived references, not the user's link.
    const summary = { url: URL_000, title: 't', analysed: true, meeting: ref(m000), itemCount: 1, decisionCount: 1, caseNumberCount: 1, bookmarkedCount: 0, annotationsOn: true };
    await sendToBackground({ type: 'report-page', summary, meeting: m000 }, send);
    const pageA = await sendToBackground({ type: 'page-trail', url: URL_000, meeting: ref(m000), items: pageQuery(m000) }, send);
    expect(pageA.items.find((e) => e.itemNumber === a.number)!.links.map((l) => l.other.itemId)).toEqual([bId]);
    const pageB = await sendToBackground({ type: 'page-trail', url: URL_003, meeting: ref(m003), items: pageQuery(m003) }, send);
    expect(pageB.items.find((e) => e.itemNumber === b.number)!.links.map((l) => l.other.title)).toEqual([a.title]);

    // Linking the same pair again (either way round) updates the note, no second link.
    await addLink(db, { itemId: bId }, { url: URL_000, meeting: ref(m000), itemNumber: a.number }, 'Ny note');
    const again = await linksOfItem(db, { url: URL_000, meeting: ref(m000), itemNumber: a.number });
    expect(again.map((l) => l.note)).toEqual(['Ny note']);

    expect(await removeLink(db, link.id)).toBe(true);
    expect(await linksOfItem(db, { itemId: bId })).toEqual([]);
    expect(await linksOfItem(db, { url: URL_000, meeting: ref(m000), itemNumber: a.number })).toEqual([]);
  });

  it('refuses a link to an item that was never read, or to itself', async () => {
    const a = withCase(m000, CASE);
    const from = { url: URL_000, meeting: ref(m000), itemNumber: a.number };
    await expect(addLink(db, from, { itemId: 'lejre|1999-01-01|x|#1' }, '')).rejects.toMatchObject({ code: 'not-found' });
    await expect(addLink(db, from, from, '')).rejects.toMatchObject({ code: 'invalid' });
  });

  it('gathers the case view: both treatments newest first, history known only from the text, links', async () => {
    const dossier = await caseDossier(db, 'lejre', CASE);
    expect(dossier.municipality).toBe('Lejre');
    expect(dossier.treatments.map((t) => [t.meetingDate, t.committee])).toEqual([
      [m003.date, m003.committee],
      [m000.date, m000.committee],
    ]);
    const t003 = dossier.treatments[0]!;
    expect(t003.attachments.map((a) => a.title)).toEqual(withCase(m003, CASE).attachments);
    // Every history entry of both items appears once as a mention (none of those meetings was read).
    const entries = [...withCase(m003, CASE).history, ...withCase(m000, CASE).history];
    const distinct = new Set(entries.map((h) => `${h.date}|${h.body.replace(/\s+/g, '')}`));
    expect(dossier.mentions).toHaveLength(distinct.size);
    expect(dossier.mentions.map((m) => m.date)).toEqual([...dossier.mentions.map((m) => m.date)].sort().reverse());
  });
});
