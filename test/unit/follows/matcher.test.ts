/** Which follows a newly published meeting matches, and the entry each match makes (pure). */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { matchMeeting, newsEntry, newsKey, updatedEntry, type PublishedMeeting } from '../../../lib/follows/matcher.ts';
import type { FollowRow, FollowTarget } from '../../../lib/follows/model.ts';
import { followIdentity } from '../../../lib/follows/identity.ts';
import type { Outcome } from '../../../lib/model.ts';
import { item, meeting } from '../store-helpers.ts';

const AT = '2026-05-01T10:00:00.000Z';
const KEY = 'lejre';

function follow(id: string, target: FollowTarget, name: string | null = null): FollowRow {
  return { id, identity: followIdentity(target), name, target, createdAt: AT, updatedAt: AT, lastCheck: null };
}

const caseOf = (caseNumber: string, municipalityKey = KEY): FollowTarget => ({ kind: 'case', municipalityKey, municipality: 'Lejre', portal: 'https://dagsordener.lejre.dk', caseNumber });
const searchOf = (words: string, outcomes: Outcome[] = [], municipalityKey: string | null = null): FollowTarget => ({ kind: 'search', municipalityKey, municipality: null, portal: null, words, outcomes });

function published(over: Partial<Parameters<typeof meeting>[0]> = {}): PublishedMeeting {
  const m = meeting({
    kind: 'dagsorden',
    committee: 'Teknik- og Miljøudvalget',
    items: [
      item(1, { title: 'Godkendelse af dagsorden', caseNumbers: [], cases: [], decision: null, outcome: 'none' }),
      item(2, { title: 'Vejbelysning i Nørreby', caseNumbers: ['24-002111'], decision: null, outcome: 'none', cases: [{ raw: '24-002111', format: 'yy-serial', normalized: '24-002111', confidence: 'labelled', index: 0 }] }),
      item(3, { title: 'Affaldsordning for sommerhuse', caseNumbers: ['25-000042'], decision: null, outcome: 'none', cases: [{ raw: '25-000042', format: 'yy-serial', normalized: '25-000042', confidence: 'labelled', index: 0 }] }),
    ],
    ...over,
  });
  return { municipalityKey: KEY, meetingId: `${KEY}|2026-05-10|teknik-og-miljøudvalget`, url: 'https://dagsordener.lejre.dk/vis?Dagsorden-x&id=1', committeeId: 'c-teknik', meeting: m };
}

describe('matching a new meeting', () => {
  it('a case: the items that carry it, in its own municipality only', () => {
    const here = follow('f1', caseOf('24-002111'));
    const elsewhere = follow('f2', caseOf('24-002111', 'https://lejre.dk'));
    const other = follow('f3', caseOf('24-009999'));
    const matches = matchMeeting([here, elsewhere, other], published());
    expect(matches.map((m) => [m.follow.id, m.item?.number])).toEqual([['f1', 2]]);
  });

  it('a committee: the meeting, by the portal\'s committee id or by its name', () => {
    const byName = follow('n', { kind: 'committee', municipalityKey: KEY, municipality: null, portal: null, committee: 'teknik- og miljøudvalget', committeeId: null });
    const byId = follow('i', { kind: 'committee', municipalityKey: KEY, municipality: null, portal: null, committee: 'Udvalget der skiftede navn', committeeId: 'c-teknik' });
    const other = follow('o', { kind: 'committee', municipalityKey: KEY, municipality: null, portal: null, committee: 'Økonomiudvalget', committeeId: 'c-oek' });
    expect(matchMeeting([byName, byId, other], published()).map((m) => [m.follow.id, m.item])).toEqual([['n', null], ['i', null]]);
  });

  it('a search: every item the search page would find (prefix, all words, a shortened case number), within its outcomes', () => {
    const words = follow('w', searchOf('vejbel nørreby'));
    const shortCase = follow('c', searchOf('25-42'));
    const missingWord = follow('m', searchOf('vejbelysning skole'));
    const onlyApproved = follow('a', searchOf('vejbelysning', ['approved']));
    const minutes = published({ kind: 'referat' });
    const agendaMatches = matchMeeting([words, shortCase, missingWord, onlyApproved], published());
    expect(agendaMatches.map((m) => [m.follow.id, m.item?.number])).toEqual([['w', 2], ['c', 3]]);
    const approved = { ...minutes, meeting: { ...minutes.meeting, items: minutes.meeting.items.map((i) => (i.number === 2 ? { ...i, outcome: 'approved' as const, decision: 'Godkendt.' } : i)) } };
    expect(matchMeeting([onlyApproved], approved).map((m) => m.item?.number)).toEqual([2]);
  });

  it('one entry per follow, meeting and item: the key says so', () => {
    expect(newsKey('f', 'm', 3)).not.toBe(newsKey('f', 'm', null));
    const repeated = published({ items: [item(2, { caseNumbers: ['24-002111'] }), item(2, { caseNumbers: ['24-002111'] })] });
    expect(matchMeeting([follow('f1', caseOf('24-002111'))], repeated)).toHaveLength(1);
  });

  it('an entry deep-links to the item; the minutes of an agenda update it, the same match again changes nothing', () => {
    const f = follow('f1', caseOf('24-002111'), 'Vejlys');
    const agenda = published();
    const [match] = matchMeeting([f], agenda);
    const entry = newsEntry(match!, agenda, 'n1', new Date(AT));
    expect(entry).toMatchObject({ key: newsKey('f1', agenda.meetingId, 2), followName: 'Vejlys', link: 'https://dagsordener.lejre.dk/vis?Dagsorden-x&id=1#sagsspor-item=2', meetingKind: 'dagsorden', change: 'new', unread: 1 });

    const minutes = published({ kind: 'referat', items: agenda.meeting.items.map((i) => (i.number === 2 ? { ...i, decision: 'Godkendt.', outcome: 'approved' as const } : i)) });
    const later = new Date('2026-05-12T10:00:00.000Z');
    const fresh = newsEntry(matchMeeting([f], minutes)[0]!, { ...minutes, url: 'https://dagsordener.lejre.dk/vis?Referat-x&id=2' }, 'n2', later);
    const read = { ...entry, unread: 0 as const, readAt: AT, notifiedAt: AT };
    const updated = updatedEntry(read, fresh, later);
    expect(updated).toMatchObject({ id: 'n1', change: 'decision', meetingKind: 'referat', outcome: 'approved', decision: 'Godkendt.', unread: 1, readAt: null, notifiedAt: null, link: 'https://dagsordener.lejre.dk/vis?Referat-x&id=2#sagsspor-item=2', createdAt: AT, updatedAt: later.toISOString() });
    expect(updatedEntry(updated!, fresh, later)).toBeNull();
    expect(updatedEntry(entry, newsEntry(match!, agenda, 'n3', later), later)).toBeNull();
  });
});
