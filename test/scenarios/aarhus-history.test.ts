// @vitest-environment happy-dom
/**
 * The "Sagsforløb" of the real Aarhus FirstAgenda Publication minutes (../shared/fixtures):
 * each "Udvalg: / Dato: / Punktnummer:" entry becomes a history entry of its item (date, body,
 * decision), and the case view lists those earlier treatments of the case.
 */
import 'fake-indexeddb/auto';
import { Window } from 'happy-dom';
import { afterAll, expect, it } from 'vitest';
import { parseBlocks } from '../../lib/parser/index.ts';
import { firstAgendaBlocks } from '../../lib/systems/firstagenda/blocks.ts';
import { municipalityKey } from '../../lib/store/keys.ts';
import { saveMeeting } from '../../lib/store/meetings.ts';
import { caseDossier } from '../../lib/store/trail.ts';
import { describeShared, readShared } from '../shared.ts';
import { freshDb } from '../unit/store-helpers.ts';

const window = new Window({ settings: { handleDisabledFileLoadingAsSuccess: true } });
afterAll(() => window.happyDOM.close());

describeShared('Aarhus Sagsforløb as history', () => {
  const html = readShared('fixtures', 'firstagenda-publication-aarhus', 'example_minutes.html');
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const meeting = parseBlocks(firstAgendaBlocks(doc), { source: 'example_minutes.html' });
  const withHistory = meeting.items.filter((i) => i.sections.includes('Sagsforløb'));

  it('every item with a Sagsforløb has its entries as history, oldest first, none of this meeting', () => {
    expect(withHistory.length).toBeGreaterThan(0);
    for (const item of withHistory) {
      expect(item.history.length, `item ${item.number}`).toBeGreaterThan(0);
      const dates = item.history.map((h) => h.date);
      expect(dates).toEqual([...dates].sort());
      for (const h of item.history) {
        expect(h.date < meeting.date!, `${h.date} before the meeting`).toBe(true);
        expect(h.body).not.toBe('');
        expect(h.body).not.toMatch(/^(Udvalg|Dato|Punktnummer)\b/);
        expect(h.decision).not.toMatch(/^(Udvalg|Dato|Punktnummer):/m);
      }
    }
  });

  it('an entry carries the body, the date and the decision text of that treatment', () => {
    const entries = withHistory.flatMap((i) => i.history);
    // The bodies the page names: the magistrate, the city council and this committee earlier.
    expect(new Set(entries.map((h) => h.body))).toEqual(new Set(['Magistraten', 'Aarhus Byråd', 'Teknisk Udvalg']));
    expect(entries.every((h) => h.decision.length > 0)).toBe(true);
    // An entry's decision is the text under its three label lines, up to the next entry.
    const council = entries.find((h) => h.body === 'Aarhus Byråd')!;
    expect(council.decision).toMatch(/^Fremsendes til Teknisk Udvalg/);
    expect(council.decision).not.toContain('\n');
  });

  it('the case view lists the earlier treatments known only from the Sagsforløb', async () => {
    const db = freshDb();
    const url = 'https://aarhus.example/referat';
    await saveMeeting(db, url, meeting);
    const item = withHistory.find((i) => i.caseNumbers.length > 0)!;
    const dossier = await caseDossier(db, municipalityKey(url), item.caseNumbers[0]!);
    expect(dossier.treatments).toHaveLength(1);
    expect(dossier.treatments[0]!.history.map((h) => [h.entry.date, h.entry.body])).toEqual(item.history.map((h) => [h.date, h.body]));
    expect(dossier.mentions.map((m) => m.date)).toEqual(item.history.map((h) => h.date).sort().reverse());
  });
});
