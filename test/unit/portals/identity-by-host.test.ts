/**
 * Attacks on identity: a page on another host that *says* it is a Lejre meeting (its header
 * names "Lejre Kommune", its items Lejre's case numbers) must neither get Lejre's bookmarks nor
 * put made-up treatments into the real Lejre page's case trail. A meeting belongs to the site
 * it was read on; text that names a municipality is a display label only.
 */
import { describe, expect, it } from 'vitest';
import { addBookmark, listBookmarks } from '../../../lib/store/bookmarks.ts';
import { meetingId, municipalityKey } from '../../../lib/store/keys.ts';
import { lookupCase, saveMeeting } from '../../../lib/store/meetings.ts';
import { caseDossier, pageTrail, relatedForCase } from '../../../lib/store/trail.ts';
import { freshDb, item, meeting, target } from '../store-helpers.ts';

const REAL = 'https://dagsordener.lejre.dk/vis?referat-2024-03-12';
const LOOKALIKE = 'https://dagsordener.lejre-kommune.example/vis?referat-2024-03-12';
const SECRET = 'HEMMELIG: borgerens CPR 010203-1234';
const CASE = '24-001001';

describe('a meeting belongs to the site it was read on', () => {
  it('keys a page by its known portal host, or by its origin, whatever its text says', () => {
    const lejreText = { date: '2024-03-12', committee: 'Økonomiudvalget' };
    expect(municipalityKey(REAL)).toBe('lejre');
    expect(municipalityKey(LOOKALIKE)).toBe('https://dagsordener.lejre-kommune.example');
    expect(meetingId(lejreText, LOOKALIKE)).not.toBe(meetingId(lejreText, REAL));
  });

  it('gives a copy of a bookmarked Lejre meeting on another host none of its bookmarks or notes', async () => {
    const db = freshDb();
    await addBookmark(db, target(1, { url: REAL }), { note: SECRET });
    // The copy shows the same meeting (same municipality text, committee and date) elsewhere.
    const copy = await listBookmarks(db, { kind: 'page', url: LOOKALIKE, meeting: target(1).meeting });
    expect(copy).toEqual([]);
    // The real page still gets its own, by its meeting too after a move on the same site.
    const real = await listBookmarks(db, { kind: 'page', url: 'https://dagsordener.lejre.dk/vis?moved', meeting: target(1).meeting });
    expect(real.map((b) => b.note)).toEqual([SECRET]);
  });

  it('keeps made-up treatments from another host out of the real page\'s trail', async () => {
    const db = freshDb();
    await saveMeeting(db, REAL, meeting({ date: '2024-03-12', items: [item(1, { caseNumbers: [CASE] })] }));
    // A page elsewhere files a "Lejre" treatment of the same case, with a decision of its own.
    const forged = meeting({ date: '2024-06-01', committee: 'Byrådet', items: [item(7, { caseNumbers: [CASE], title: 'Forfalsket behandling', decision: 'Afvist.', outcome: 'rejected' })] });
    await saveMeeting(db, LOOKALIKE, forged);

    const ref = { municipality: 'Lejre', committee: 'Økonomiudvalget', date: '2024-03-12', kind: 'referat' as const };
    const trail = await pageTrail(db, { url: REAL, meeting: ref, items: [{ number: 1, caseNumbers: [CASE], history: [] }] });
    expect(trail.municipalityKey).toBe('lejre');
    expect(trail.items[0]!.count).toBe(0);
    expect(JSON.stringify(trail)).not.toContain('Forfalsket');
    const related = await relatedForCase(db, { municipality: 'Lejre', url: REAL, caseNumber: CASE });
    expect(related.items.map((i) => i.link)).toEqual([`${REAL}#sagsspor-item=1`]);
    const dossier = await caseDossier(db, 'lejre', CASE);
    expect(JSON.stringify(dossier)).not.toContain('Forfalsket');
    // The forged treatment is filed under its own site, where it can be seen for what it is.
    expect((await lookupCase(db, municipalityKey(LOOKALIKE), CASE)).map((i) => i.title)).toEqual(['Forfalsket behandling']);
  });
});
