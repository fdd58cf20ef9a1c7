/** The API's HTML fields as text, and API agendas as Meetings (the recorded Hvidovre answer, the seeds). */
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../../../lib/systems/firstagenda/archive/html-text.ts';
import { agendaToMeeting, meetingPageUrl, planMeeting } from '../../../../../lib/systems/firstagenda/archive/convert.ts';
import { DagsordenSchema } from '../../../../../lib/systems/firstagenda/archive/api.ts';
import { describeShared, readShared } from '../../../../shared.ts';
import { fakeMeetingFrom, seedMeeting } from '../../../../fake-firstagenda/server.ts';

describe('htmlToBlocks', () => {
  it('reads headings as section headings, block elements as paragraphs, <br> as line breaks', () => {
    const blocks = htmlToBlocks("<div id='x'><h3>Beslutning i Økonomiudvalget den 16-03-2026</h3><span>Godkendt.<br/>Afbud: A</span><p>Næste&nbsp;afsnit &amp; mere</p></div>");
    expect(blocks).toEqual([
      { text: 'Beslutning i Økonomiudvalget den 16-03-2026', hint: { role: 'section-heading', headingLevel: 3 } },
      { text: 'Godkendt.\nAfbud: A' },
      { text: 'Næste afsnit & mere' },
    ]);
  });
  it('never keeps markup or scripts as text, and keeps a lone "<" as text', () => {
    const blocks = htmlToBlocks('<p>a < b</p><script>alert(1)</script><style>p{}</style><!-- x --><p>&#230;&#x00F8;&aring; &unknown;</p>');
    expect(blocks.map((b) => b.text)).toEqual(['a < b', 'æøå &unknown;']);
  });
});

describeShared('API agendas as meetings', () => {
  it('reads the recorded Hvidovre answer: numbers, titles, case numbers', () => {
    const agenda = DagsordenSchema.parse(JSON.parse(readShared('fixtures', 'firstagenda-api-hvidovre', 'agenda.abridged.json')));
    const planned = planMeeting('https://dagsordener-referater.hvidovre.dk', { Id: 'c1', Navn: 'Økonomiudvalget' }, { Id: 'm1', Dato: '2026-03-16T16:00:00+01:00', Navn: 'Referat' })!;
    const m = agendaToMeeting('https://dagsordener-referater.hvidovre.dk', planned, agenda, 'Hvidovre');
    expect(m).toMatchObject({ municipality: 'Hvidovre', committee: 'Økonomiudvalget', date: '2026-03-16', time: '16:00', kind: 'referat' });
    expect(m.items.map((i) => [i.number, i.title, i.caseNumbers])).toEqual([
      [1, 'Godkendelse af dagsorden', ['25/26257']],
      [2, 'Meddelelser', ['25/26257']],
    ]);
  });

  it('gives a seed’s items, decisions, outcomes and history back when it is served through the API', () => {
    for (const name of ['000_eae494ec270a50b3', '003_ba268f17f18e87f4']) {
      const seed = seedMeeting(name);
      const fake = fakeMeetingFrom(seed, name);
      const planned = planMeeting('https://x.dk', { Id: fake.committeeId, Navn: fake.committee }, { Id: fake.id, Dato: fake.dato, Navn: fake.navn })!;
      const m = agendaToMeeting('https://x.dk', planned, DagsordenSchema.parse(fake.agenda), seed.municipality);
      const pick = (x: typeof m) => x.items.map((i) => ({ n: i.number, t: i.title, c: i.caseNumbers, d: i.decision, o: i.outcome, h: i.history, a: i.attachments }));
      expect(pick(m)).toEqual(pick(seed));
      expect(m.committee).toBe(seed.committee);
      expect(m.date).toBe(seed.date);
    }
  });

  it('links a meeting the way the portal does', () => {
    expect(meetingPageUrl('https://dagsordener.aarhus.dk', { id: 'g', committee: 'Social- og Beskæftigelsesudvalget', date: '2025-10-01', time: '18:15', kind: 'referat', supplement: false })).toBe(
      'https://dagsordener.aarhus.dk/vis?Referat-Social--og-Beskaeftigelsesudvalget-d.01-10-2025-kl.18.15&id=g',
    );
  });
});
