/** Resolving "Sagens forløb" entries: committee names as minutes write them, never a guess. */
import { describe, expect, it } from 'vitest';
import { committeeInitials, matchCommittee, resolveHistory } from '../../../lib/trail/history.ts';
import type { RelatedItem } from '../../../lib/messages/trail.ts';

function treatment(over: Partial<RelatedItem>): RelatedItem {
  return {
    itemId: 'x',
    meetingId: 'm',
    municipalityKey: 'lejre',
    meetingDate: '2024-11-04',
    committee: 'Udvalget for Social, Sundhed og Ældre - 2022 - 2025',
    meetingKind: 'referat',
    itemNumber: 3,
    title: 'Status',
    decision: 'Godkendt.',
    outcome: 'approved',
    caseNumbers: ['24-002111'],
    url: 'https://example.dk/a',
    link: 'https://example.dk/a#sagsspor-item=3',
    ...over,
  };
}

describe('committee names', () => {
  it('treat spelling of the election period and "Udvalget for" as the same committee', () => {
    expect(matchCommittee('Udvalget for Social, Sundhed og Ældre - 2022 - 2025', 'Udvalget for Social, Sundhed og Ældre - 2022-2025')).toBe('same');
    expect(matchCommittee('Økonomiudvalget', 'Økonomiudvalget 2022-2025')).toBe('same');
    expect(matchCommittee('Udvalget for Børn og Ungdom - 2022-2025', 'Udvalget for Social, Sundhed og Ældre - 2022 - 2025')).toBe('none');
  });
  it('match a committee code with the initials of a full name', () => {
    expect(committeeInitials('Udvalget for Job, Arbejdsmarked og Integration - 2022-2025')).toBe('JAI');
    expect(matchCommittee('SSÆ', 'Udvalget for Social, Sundhed og Ældre')).toBe('initials');
    expect(matchCommittee('BU', 'Udvalget for Social, Sundhed og Ældre')).toBe('none');
    expect(matchCommittee(null, 'Økonomiudvalget')).toBe('none');
  });
});

describe('resolveHistory', () => {
  const entry = { date: '2024-11-04', body: 'Udvalget for Social, Sundhed og Ældre - 2022 - 2025', decision: 'Indstillingen anbefales' };

  it('resolves to the treatment of that date and committee', () => {
    const t = treatment({ itemId: 'a' });
    const other = treatment({ itemId: 'b', meetingId: 'n', committee: 'Udvalget for Børn og Ungdom - 2022-2025' });
    expect(resolveHistory([entry], [other, t])).toEqual([{ entry, item: t }]);
  });
  it('keeps committee and date as text when no stored treatment is that day', () => {
    expect(resolveHistory([entry], [treatment({ meetingDate: '2024-11-05' })])).toEqual([{ entry, item: null }]);
  });
  it('never guesses between two meetings of equal standing', () => {
    const twice = [treatment({ itemId: 'a', meetingId: 'm1' }), treatment({ itemId: 'b', meetingId: 'm2' })];
    expect(resolveHistory([entry], twice)[0]!.item).toBeNull();
  });
  it('prefers the same name over a matching code, and uses a code when nothing else fits', () => {
    const byName = treatment({ itemId: 'a', meetingId: 'm1' });
    const byCode = treatment({ itemId: 'b', meetingId: 'm2', committee: 'SSÆ' });
    expect(resolveHistory([entry], [byCode, byName])[0]!.item?.itemId).toBe('a');
    expect(resolveHistory([entry], [byCode])[0]!.item?.itemId).toBe('b');
  });
});
