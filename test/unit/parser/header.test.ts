/**
 * The meeting header: the date, time, committee, place and attendance a reader sees come out
 * right for the layouts minutes print. Hand-written lines of the same forms, invented names.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../lib/parser/classify.ts';
import { readHeader } from '../../../lib/parser/header.ts';
import { parseText } from '../../../lib/parser/index.ts';
import { linesOf } from '../../../lib/parser/lines.ts';

function meeting(text: string) {
  const { committee, date, time, location, participants, absent } = parseText(text, { source: 'test' });
  return { committee, date, time, location, participants, absent };
}

const ITEM = '\n1. Godkendelse af dagsorden\nSagsnr.: 24/1001\nBeslutning\nGodkendt.\n';

describe('fields', () => {
  it('label and value on one line', () => {
    expect(meeting(`Referat\nUdvalg: Teknik- og miljøudvalget\nMødedato: 12. august 2024\nMødested: Lokale 3, Rådhuset\n${ITEM}`)).toMatchObject({
      committee: 'Teknik- og miljøudvalget',
      date: '2024-08-12',
      location: 'Lokale 3, Rådhuset',
    });
  });

  it('the value on the line after its label, labels in capitals', () => {
    expect(meeting(`UDVALG\n\nUdvalget for Kultur\n\nSTED\n\nMødelokale 2\n\nSTARTTIDSPUNKT\n\n04-03-2025 15:30:00\n${ITEM}`)).toMatchObject({
      committee: 'Udvalget for Kultur',
      date: '2025-03-04',
      time: '15:30',
      location: 'Mødelokale 2',
    });
  });

  it('a run of labels followed by the run of their values', () => {
    const m = meeting(`Referat\nMiljøudvalget\nMødedato:\nMødetidspunkt:\nSluttidspunkt:\nMødested:\nBemærkninger:\nMandag den 3. marts 2025\nKl. 16:00\nKl. 18:30\nRådhuset, lokale 4\nMedlemmer:\nAnna Holm (A)\nBo Lund (V)\nFraværende:\nBo Lund\n${ITEM}`);
    expect(m).toMatchObject({ committee: 'Miljøudvalget', date: '2025-03-03', time: '16:00', location: 'Rådhuset, lokale 4', absent: ['Bo Lund'] });
    expect(m.participants).toContain('Anna Holm');
  });

  it('several fields on one line, and a pipe table', () => {
    expect(meeting(`Dato: Onsdag den 9. april 2025 Tid: Kl. 17:30\nUdvalg: Byrådet\n${ITEM}`)).toMatchObject({ date: '2025-04-09', time: '17:30', committee: 'Byrådet' });
    expect(meeting(`Referat\nDato: |\n01-10-2024 17:00:00 |\n---|---|\nUdvalg: |\nKommunalbestyrelsen |\nSted: |\nRådhussalen |\n${ITEM}`)).toMatchObject({
      date: '2024-10-01',
      time: '17:00',
      committee: 'Kommunalbestyrelsen',
      location: 'Rådhussalen',
    });
  });

  it('a time field with a range or a dot, an English-locale date', () => {
    expect(meeting(`Udvalg: Byrådet\nDato: Tirsdag den 6. maj 2025\nTid: 18:00 - 20:15\n${ITEM}`)).toMatchObject({ time: '18:00' });
    expect(meeting(`Dato\n\n03.09.2025\n\nTid\n\n15.00\n${ITEM}`)).toMatchObject({ date: '2025-09-03', time: '15:00' });
    expect(meeting(`Udvalg: Byrådet\nDato: 3. september 2025\nMødetidspunkt: Kl. 9\n${ITEM}`)).toMatchObject({ time: '09:00' });
    expect(meeting(`Udvalg: Byrådet\nMødedato: 7/23/2021 5:30:00 PM\n${ITEM}`)).toMatchObject({ date: '2021-07-23', time: '17:30' });
  });

  it('a date field with a two-digit year; such a number outside a date field is no date', () => {
    expect(meeting(`Udvalg: Byrådet\nMødedato: 12.03.19\n${ITEM}`)).toMatchObject({ date: '2019-03-12' });
    expect(meeting(`Udvalg: Byrådet\nDato: 12-03-19 kl. 15.00\n${ITEM}`)).toMatchObject({ date: '2019-03-12', time: '15:00' });
    expect(meeting(`Udvalg: Byrådet\nMødedato: 2/9-98\n${ITEM}`)).toMatchObject({ date: '1998-09-02' });
    // A KLE journal number reads like one ("01.02.05-…"): not in a date field, no date.
    expect(meeting(`Byrådet\n01.02.05-P16-8-16\n${ITEM}`)).toMatchObject({ date: null });
  });

  it('the end of a time range is no part of the place after it', () => {
    expect(meeting(`Byrådet\nTirsdag den 12. marts 2019 kl. 15.00 – 17.00 i Mødelokale 2\n${ITEM}`)).toMatchObject({
      date: '2019-03-12',
      time: '15:00',
      location: 'Mødelokale 2',
    });
  });

  it('a room number with a dot is a place, not a time', () => {
    expect(meeting(`Udvalg: Byrådet\nDato: 9. april 2025\nSted: Rådhuset, lokale 1.14\n${ITEM}`).location).toBe('Rådhuset, lokale 1.14');
  });

  it('a place field that holds a note is no place', () => {
    expect(meeting(`Dato: Onsdag den 9. april 2025\nSted: BEMÆRK! Lukket møde kl. 16:30\n${ITEM}`).location).toBeNull();
  });

  it('a committee named without a body word; a column head is no name', () => {
    expect(meeting(`Referat\nUdvalg: Klima, Miljø og Teknik\nDato: 3. marts 2025\n${ITEM}`).committee).toBe('Klima, Miljø og Teknik');
    expect(meeting(`Udvalg Dato Type\nByrådet 20-06-2025 16:00 Referat\n${ITEM}`)).toMatchObject({ committee: 'Byrådet', date: '2025-06-20', time: '16:00' });
  });

  it('"Tid og sted", and an update stamp is not the meeting date', () => {
    expect(meeting(`Referat\nOpdateret 12. marts 2025\nUdvalg: Byrådet\nTid og sted: Mandag den 10. marts 2025 kl. 19:00, Byrådssalen\n${ITEM}`)).toMatchObject({
      date: '2025-03-10',
      time: '19:00',
    });
  });

  it('a date field that is not the meeting date ("Dannet den") is not read as it', () => {
    expect(meeting(`Referat\nByrådet\nDannet den: Tirsdag den 10-03-2020\nMødedato: Mandag den 09-03-2020\n${ITEM}`).date).toBe('2020-03-09');
  });
});

describe('titles', () => {
  it('"Referat / til / mødet i X / den D kl. T / i P" over several lines', () => {
    expect(meeting(`Referat\ntil\nmødet i Børneudvalget\nden 2. juni 2025 kl. 08:30\ni Udvalgsværelset\n${ITEM}`)).toMatchObject({
      committee: 'Børneudvalget',
      date: '2025-06-02',
      time: '08:30',
      location: 'Udvalgsværelset',
    });
  });

  it('"Referat - X den D", "X: Referat af mødet D", "X D"', () => {
    expect(meeting(`Referat - Social- og sundhedsudvalget den 14. januar 2025\n${ITEM}`)).toMatchObject({ committee: 'Social- og sundhedsudvalget', date: '2025-01-14' });
    expect(meeting(`Erhvervsudvalg: Referat af mødet 5. maj 2025\n${ITEM}`)).toMatchObject({ committee: 'Erhvervsudvalg', date: '2025-05-05' });
    expect(meeting(`Byrådet 22-11-2024\n${ITEM}`)).toMatchObject({ committee: 'Byrådet', date: '2024-11-22' });
  });

  it('"Dagsorden til Byrådets møde": the body without the genitive', () => {
    expect(meeting(`Dagsorden til Byrådets møde den 5. maj 2025 kl. 19:00\n${ITEM}`)).toMatchObject({ committee: 'Byrådet', date: '2025-05-05', time: '19:00' });
  });

  it('"Dagsorden til ekstraordinært møde i X": the body without the kind of meeting', () => {
    expect(meeting(`Dagsorden til ekstraordinært møde i Byrådet\nden 12. marts 2019 kl. 19.00\n${ITEM}`)).toMatchObject({ committee: 'Byrådet', date: '2019-03-12', time: '19:00' });
    expect(meeting(`Referat fra det konstituerende møde i Kommunalbestyrelsen 1. december 2021\n${ITEM}`)).toMatchObject({ committee: 'Kommunalbestyrelsen' });
  });

  it('"Møde i X" and a period after the name', () => {
    expect(meeting(`Referat\n\nMøde i Regionsrådet 2022-2025\n\nmandag den 6. januar 2025 kl. 16:00\n\nRådssalen\n${ITEM}`)).toMatchObject({
      committee: 'Regionsrådet 2022-2025',
      date: '2025-01-06',
      time: '16:00',
      location: 'Rådssalen',
    });
  });

  it('a body on its own line next to "Godkendt referat", the place after the date', () => {
    expect(meeting(`Byrådet\nGodkendt referat\nmandag den 5. maj 2025 kl. 17:00 -\nDet gamle Rådhus\n${ITEM}`)).toMatchObject({
      committee: 'Byrådet',
      date: '2025-05-05',
      time: '17:00',
      location: 'Det gamle Rådhus',
    });
  });

  it('a committee named by an adjective and "Udvalg" on its own line', () => {
    expect(meeting(`Referat\nTeknisk Udvalg\nMødedato: 3. maj 2025 kl. 16:00\n${ITEM}`)).toMatchObject({ committee: 'Teknisk Udvalg', date: '2025-05-03' });
    expect(meeting(`Referat\nSocialt Udvalg\nMødedato: 3. maj 2025\n${ITEM}`)).toMatchObject({ committee: 'Socialt Udvalg' });
    // A column head with the word "Udvalg" stays no committee.
    expect(meeting(`Referat\nTitel Udvalg\nMødedato: 3. maj 2025\n${ITEM}`)).toMatchObject({ committee: null });
  });

  it('a transcript line: title, date and place in one', () => {
    expect(meeting(`Økonomiudvalg Referat Møde 22. marts 2025 kl. 08:00 i Erhvervshuset\n${ITEM}`)).toMatchObject({
      committee: 'Økonomiudvalg',
      date: '2025-03-22',
      time: '08:00',
      location: 'Erhvervshuset',
    });
    expect(meeting(`Åbent referat til Kulturudvalget Mødedato: Tirsdag den 10. marts 2025 Mødetidspunkt: 9:00\n${ITEM}`)).toMatchObject({
      committee: 'Kulturudvalget',
      date: '2025-03-10',
      time: '09:00',
    });
  });

  it('no header: the first item\'s decision label names the body and the date', () => {
    expect(meeting(`1. Godkendelse af dagsorden\nSagsnr.: 24/1001\nSagsfremstilling\nDagsordenen forelægges.\nBeslutning i Byrådet den 9. oktober 2024:\nGodkendt.\n`)).toMatchObject({
      committee: 'Byrådet',
      date: '2024-10-09',
    });
  });

  it('another body\'s decision label gives no date to a header that names the committee', () => {
    const text = `Referat\nUdvalg: Kommunalbestyrelsen\n\n1. Kirkeskat\nSagsnr.: 24/1001\nBeslutning i Økonomiudvalget den 3. oktober 2024:\nAnbefales.\n`;
    expect(meeting(text)).toMatchObject({ committee: 'Kommunalbestyrelsen', date: null });
    expect(meeting(text.replace('Økonomiudvalget', 'Kommunalbestyrelsen'))).toMatchObject({ date: '2024-10-03' });
  });

  it('a date in an item\'s text is never the meeting date', () => {
    expect(meeting(`1. Godkendelse af dagsorden\nSagsnr.: 24/1001\nSagsfremstilling\nSagen blev drøftet den 9. oktober 2024.\nBeslutning\nGodkendt.\n`).date).toBeNull();
  });
});

describe('attendance', () => {
  it('members with party letters and roles, one per line or comma-separated', () => {
    expect(meeting(`Udvalg: Byrådet\nDeltagere:\nAnna Holm, V\nBo Lund, A\n${ITEM}`).participants).toEqual(['Anna Holm', 'Bo Lund']);
    expect(meeting(`Udvalg: Byrådet\nMedlemmer: Anna Holm (A), Bo Lund (V), Carl Ravn (O)\n${ITEM}`).participants).toEqual(['Anna Holm', 'Bo Lund', 'Carl Ravn']);
    expect(meeting(`Udvalg: Byrådet\nIndkaldelse :\n• Formand Anna Holm (A)\n• Bo Lund (V)\n${ITEM}`).participants).toEqual(['Anna Holm', 'Bo Lund']);
  });

  it('"- afbud" and ": Afbud" in the list put a member among the absent; "(orlov)" leaves them out', () => {
    const m = meeting(`Udvalg: Byrådet\nDeltagere:\n\nAnna Holm (A), Formand\n\nBo Lund (V), 1. næstformand- afbud\n\nCarl Ravn (O)- deltog ikke i behandlingen af punkt: 4\n\nDorte Vang (F) (orlov)\n${ITEM}`);
    expect(m.participants).toEqual(['Anna Holm', 'Carl Ravn']);
    expect(m.absent).toEqual(['Bo Lund']);
    const n = meeting(`Udvalg: Byrådet\nMedlemmer\n• Anna Holm: Deltog\n• Bo Lund: Afbud\n${ITEM}`);
    expect([n.participants, n.absent]).toEqual([['Anna Holm'], ['Bo Lund']]);
  });

  it('names separated by semicolons, a role after the name', () => {
    expect(meeting(`Udvalg: Byrådet\nDeltagere: Anna Holm Formand; Bo Lund; Carl Ravn\n${ITEM}`).participants).toEqual(['Anna Holm', 'Bo Lund', 'Carl Ravn']);
  });

  it('staff named by their post are no participants', () => {
    expect(meeting(`Udvalg: Byrådet\nDeltagere:\nAnna Holm (A)\nBo Lund (V)\nEva Krog (referent)\nOle Dam, kommunaldirektør\n${ITEM}`).participants).toEqual(['Anna Holm', 'Bo Lund']);
  });

  it('staff under "Deltagere" next to a members list are no participants', () => {
    const m = meeting(`Deltagere:\nEva Krog\nUdvalg: Økonomiudvalget\nIndkaldelse :\n• Anna Holm (A)\n• Bo Lund (V)\n${ITEM}`);
    expect(m.participants).toEqual(['Anna Holm', 'Bo Lund']);
  });

  it('a name broken by a hyphen at a line break is joined', () => {
    expect(meeting(`Udvalg: Byrådet\nMedlemmer: Anna Holm (A), Daniel Ro-\nsen (F), Karen Fog-\nHansen (V)\n${ITEM}`).participants).toEqual(['Anna Holm', 'Daniel Rosen', 'Karen Fog-Hansen']);
  });

  it('absence fields and sentences; "Ingen" names nobody', () => {
    expect(meeting(`Udvalg: Byrådet\nAfbud fra: Anna Holm (A)\n${ITEM}`).absent).toEqual(['Anna Holm']);
    expect(meeting(`Udvalg: Byrådet\nFraværende: Ingen\n${ITEM}`).absent).toEqual([]);
    expect(meeting(`Åben dagsorden\nKommunalbestyrelsen\nDen 20. april 2025, kl. 19.00\nAnna Holm og Bo Lund havde meldt forfald.\n${ITEM}`).absent).toEqual(['Anna Holm', 'Bo Lund']);
  });

  it('"Tilstede var:", "Fraværende med afbud:", "Fraværende Ingen"', () => {
    expect(meeting(`Referat for Økonomiudvalget møde den 26. januar 2025\nTilstede var: Anna Holm, Bo Lund\nFraværende med afbud: Carl Ravn\n${ITEM}`)).toMatchObject({
      committee: 'Økonomiudvalget',
      participants: ['Anna Holm', 'Bo Lund'],
      absent: ['Carl Ravn'],
    });
    expect(meeting(`Udvalg Økonomiudvalget\nMødedato: 04-06-2025 09:00:00\nFraværende Ingen\n${ITEM}`)).toMatchObject({ committee: 'Økonomiudvalget', absent: [] });
  });

  it('an empty label before the first item takes no value from it', () => {
    expect(meeting(`Referat\nUdvalg: Byrådet\nMødedato: 2. maj 2025\nFraværende:\n1. Anna Holm orienterede\nSagsnr.: 1\nBeslutning\nTaget til efterretning.\n`).absent).toEqual([]);
  });

  it('"X havde meldt afbud" in the first item\'s decision', () => {
    const m = meeting(`Referat\nUdvalg: Byrådet\nMødedato: 2. maj 2025\n\n1. Meddelelser\nSagsnr.: 1\nBeslutning\nAnna Holm havde meldt afbud, og Bo Lund deltog i stedet.\n\n2. Budget\nSagsnr.: 2\nBeslutning\nGodkendt.\n`);
    expect(m.absent).toEqual(['Anna Holm']);
  });

  it('consecutive attendance sentences in the first item all count ("… havde meldt afbud" / "… udeblev uden afbud")', () => {
    const m = meeting(`Referat\nUdvalg: Byrådet\nMødedato: 2. maj 2025\n\n1. Meddelelser\nBeslutning\nAnna Holm havde meldt afbud, og Bo Lund deltog i stedet.\nCarl Ravn udeblev uden afbud.\nTaget til efterretning.\n\n2. Budget\nBeslutning\nGodkendt.\nDorte Vang var fraværende.\n`);
    // Dorte Vang's sentence stands in another item (she left during the meeting): not the meeting's absent.
    expect(m.absent).toEqual(['Anna Holm', 'Carl Ravn']);
  });

  it('an item titled "Fraværende" (Brønderslev) names the absent', () => {
    const m = meeting(`Referat\nUdvalg: Byrådet\nMødedato: 2. maj 2025\n\n1. Fraværende\nBeslutning\nAnna Holm og Bo Lund.\n\n2. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n`);
    expect(m.absent).toEqual(['Anna Holm', 'Bo Lund']);
    expect(meeting(`Referat\nUdvalg: Byrådet\nMødedato: 2. maj 2025\n\n1. Fraværende\nIngen.\n\n2. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n`).absent).toEqual([]);
  });

  it('"Der var afbud fra X" in a numbered point of the first item', () => {
    const m = meeting(`Dagsorden\nRegionsrådet 24-11-2025 13:00\n\n1. Meddelelser fra formanden\nFølgende blev nævnt:\n1. Afbud. Der var afbud fra Anna Holm. Bo Lund kom senere.\n2. Orientering om budget.\n\n2. Budget\nSagsnr.: 2\nBeslutning\nGodkendt.\n`);
    expect(m.absent).toEqual(['Anna Holm']);
  });

  it('without an absence field, an attendance line in the first item gives the absent', () => {
    const m = meeting(`Referat\nUdvalg: Byrådet\nMødedato: 20-12-2024\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1001\nBeslutning\nGodkendt.\nAfbud: Anna Holm, Bo Lund og Carl Ravn.\n\n2. Meddelelser\nSagsnr.: 24/1002\nBeslutning\nTaget til efterretning.\nFraværende: Dorte Vang\n`);
    expect(m.absent).toEqual(['Anna Holm', 'Bo Lund', 'Carl Ravn']);
  });
});

describe('PDF transcripts', () => {
  it('labels without colons inside a line, a party letter before the next name, "(Orlov)"', () => {
    const m = meeting(`1 Referat Byrådet Mødedato: Mandag den 2. marts 2025 Mødetidspunkt: 19:00-21:00 Mødested: Salen Medlemmer Anna Holm (ah) V Bo Lund (bl) A Carl Ravn (cr) Ø (Orlov) Dorte Vang (dv) F Fraværende Bo Lund (bl) A Bemærkninger\n${ITEM}`);
    expect(m).toMatchObject({ committee: 'Byrådet', date: '2025-03-02', time: '19:00', location: 'Salen', absent: ['Bo Lund'] });
    expect(m.participants).toEqual(['Anna Holm', 'Bo Lund', 'Dorte Vang']);
  });

  it('a run of labels on one line with their values run together', () => {
    const m = meeting(`1 Referat til Kulturudvalget Mødedato: Tirsdag den 4. marts 2025 Mødetidspunkt: 18:30 Mødelokale: Medlemmer: Afbud: Store mødesal Anna Holm, Bo Lund, Carl Ravn Bo Lund\n${ITEM}`);
    expect(m).toMatchObject({ committee: 'Kulturudvalget', location: 'Store mødesal', absent: ['Bo Lund'] });
    expect(m.participants).toEqual(['Anna Holm', 'Bo Lund', 'Carl Ravn']);
  });

  it('a run of labels broken over lines, its values after the last label', () => {
    const m = meeting(`Kulturudvalget Dagsorden Dato: Onsdag den 30. april 2025 Mødetidspunkt: 16:30 Mødelokale: Medlemmer:\nAfbud:\nFraværende: Store mødesal Anna Holm (formand), Bo Lund, Carl Ravn Ingen Ingen\n${ITEM}`);
    expect(m).toMatchObject({ committee: 'Kulturudvalget', location: 'Store mødesal', participants: ['Anna Holm', 'Bo Lund', 'Carl Ravn'], absent: [] });
    // A label alone on its line before another label with its value is an empty field, not a run.
    expect(meeting(`Udvalg: Byrådet\nDeltagere:\nFraværende: Anna Holm\n${ITEM}`)).toMatchObject({ participants: [], absent: ['Anna Holm'] });
  });

  it('a name ends where the next field runs on', () => {
    expect(meeting(`Udvalg: Byrådet\nFraværende: Anna Holm og Jens Chr. Dam Punkt nr. 4: Budget\n${ITEM}`).absent).toEqual(['Anna Holm', 'Jens Chr. Dam']);
    expect(meeting(`Udvalg: Byrådet\nFraværende: Anna Holm, Bo Lund. Til behandling forelå\n${ITEM}`).absent).toEqual(['Anna Holm', 'Bo Lund']);
  });
});

describe('where the header ends', () => {
  it('a members list after the table of contents', () => {
    const m = meeting(`Møde i Regionsrådet den 3. juni 2025\nPunkter på dagsordenen\n1. Godkendelse af dagsorden\n2. Budget\nMedlemmer\n• Anna Holm: Deltog\n• Bo Lund: Afbud\n`);
    expect([m.participants, m.absent]).toEqual([['Anna Holm'], ['Bo Lund']]);
  });

  it('a transcript\'s first page taken for the first item is still read as the header', () => {
    const texts = ['Transkript', '1 Referat Byrådet Mødedato: Mandag den 2. marts 2025 Mødetidspunkt: 19:00 Mødested: Salen', '2 Indholdsfortegnelse 1. Budget'];
    const lines = linesOf(texts.map((text, i) => ({ text, block: i, hint: undefined, paragraphStart: true, tocLike: false, cls: classifyText(text) })));
    expect(readHeader(lines, 1)).toMatchObject({ committee: 'Byrådet', date: '2025-03-02', time: '19:00', location: 'Salen' });
  });

  it('a date in a sentence of the page is not the meeting date', () => {
    expect(meeting(`Referat\nUdvalg: Byrådet\nHer kan du læse referater fra møderne, de ældste fra den 10. februar 2016 og frem.\n${ITEM}`).date).toBeNull();
  });
});

