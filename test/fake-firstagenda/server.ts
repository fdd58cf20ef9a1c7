/**
 * A fake FirstAgenda Publication portal for the archive indexer's tests and bench: Node http on
 * 127.0.0.1 (a free port), answering `/api/agenda/udvalgsliste` and `/api/agenda/dagsorden/<id>`
 * in the recorded shapes (../shared/fixtures/firstagenda-api-hvidovre; the udvalgsliste shape of
 * the same public scraper), with content built from the seeds. Faults on chosen paths: HTTP
 * errors, slow answers, answers that never come, malformed JSON, JSON of the wrong shape.
 * It counts requests and the most it ever had in flight, so tests can check politeness.
 *
 *   node --experimental-strip-types test/fake-firstagenda/server.ts   (serves the Lejre seeds)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Item, Meeting } from '../../lib/model.ts';
import { parseText } from '../../lib/parser/index.ts';

// ../shared beside the repository (not via test/shared.ts, which needs vitest: the bench runs this too).
const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const sharedPath = (...parts: string[]) => join(SHARED, ...parts);

export interface FakeMeeting {
  id: string;
  committeeId: string;
  committee: string;
  /** "2024-05-06T18:00:00+02:00" */
  dato: string;
  navn: 'Referat' | 'Dagsorden' | 'Tillægsdagsorden';
  sted: string | null;
  /** The body of `/api/agenda/dagsorden/<id>`. */
  agenda: unknown;
}

export type Fault =
  | { kind: 'status'; status: number; /** fail only this many times, then answer */ times?: number }
  | { kind: 'slow'; ms: number }
  | { kind: 'hang' }
  | { kind: 'malformed' }
  | { kind: 'wrong-shape' };

export interface FakeServer {
  origin: string;
  /** Paths requested, in order. */
  requests: string[];
  /** The most requests ever in flight at once. */
  maxInFlight(): number;
  setFault(path: string, fault: Fault | null): void;
  close(): Promise<void>;
}

/** A stable GUID-looking id for a name. */
export function fakeGuid(name: string): string {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An item as the API renders it: the sections as `<h3>` + text in one HTML field, attachments in Bilag. */
function apiItem(item: Item, index: number, agendaId: string): Record<string, unknown> {
  const html = item.sectionTexts
    .filter((s) => !/^bilag$/i.test(s.heading))
    .map((s) => `<h3>${escapeHtml(s.heading)}</h3><span>${s.text.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</span>`)
    .join('\r\n');
  return {
    Lydfiler: null,
    Felter: [{ Navn: '', Html: `<div><div id='sagsfremstillingContainer'>${html}</div></div>`, Tekst: null, Link: null, DocumentId: null }],
    ItemDecision: null,
    SagsNummer: item.caseNumbers[0] ?? null,
    Navn: item.title,
    Punktnummer: String(item.number),
    Bilag: item.attachments.map((a, j) => ({ Id: fakeGuid(`${agendaId}/${index}/${j}`), Navn: a, HarPdfVersion: true })),
    Id: fakeGuid(`${agendaId}/${index}`),
    AgendaUid: agendaId,
    Number: String(item.number),
    Sorting: index + 1,
    IsOpen: !item.closed,
    CaseNumber: item.caseNumbers[0] ?? null,
    Caption: item.title,
  };
}

/** A parsed meeting as the portal would list and serve it. */
export function fakeMeetingFrom(m: Meeting, name: string): FakeMeeting {
  if (m.committee === null || m.date === null) throw new Error(`${name}: no committee or date`);
  const id = fakeGuid(name);
  return {
    id,
    committeeId: fakeGuid(`committee/${m.committee}`),
    committee: m.committee,
    dato: `${m.date}T${m.time ?? '00:00'}:00+02:00`,
    navn: m.kind === 'dagsorden' ? 'Dagsorden' : 'Referat',
    sted: m.location,
    agenda: { Dagsordenpunkter: m.items.map((item, i) => apiItem(item, i, id)) },
  };
}

export function seedMeeting(name: string): Meeting {
  return parseText(readFileSync(sharedPath('seeds', `${name}.txt`), 'utf8'), { source: name });
}

/** The recorded Hvidovre answer (two items), served verbatim as one meeting of a committee. */
export function hvidovreMeeting(): FakeMeeting {
  const agenda: unknown = JSON.parse(readFileSync(sharedPath('fixtures', 'firstagenda-api-hvidovre', 'agenda.abridged.json'), 'utf8'));
  return {
    id: '0cad2b4d-c4a2-4583-a053-60704b2da0e5',
    committeeId: fakeGuid('committee/Økonomiudvalget'),
    committee: 'Økonomiudvalget',
    dato: '2026-03-16T16:00:00+01:00',
    navn: 'Referat',
    sted: 'Rådhuset',
    agenda,
  };
}

/** `/api/agenda/udvalgsliste` for these meetings, grouped as the portal groups them. */
export function udvalgsliste(meetings: readonly FakeMeeting[], period = 'Udvalg 2022-2025'): unknown {
  const committees = new Map<string, { Id: string; Navn: string; Moeder: unknown[] }>();
  for (const m of meetings) {
    const c = committees.get(m.committeeId) ?? { Id: m.committeeId, Navn: m.committee, Moeder: [] };
    c.Moeder.push({
      Id: m.id,
      MeetingBeginUtc: m.dato,
      MeetingEndUtc: m.dato,
      ReleasedDate: m.dato,
      Dato: m.dato,
      Sted: m.sted,
      Afsluttet: m.navn === 'Referat',
      Moededeltagere: null,
      Navn: m.navn,
      Description: null,
      ElasticSearchResults: null,
      SourceId: null,
      IsSupplementaryAgenda: false,
    });
    committees.set(m.committeeId, c);
  }
  return { Udvalg: { [period]: [...committees.values()] } };
}

export async function startFakeFirstAgenda(meetings: readonly FakeMeeting[], options: { faults?: Record<string, Fault> } = {}): Promise<FakeServer> {
  const faults = new Map<string, Fault>(Object.entries(options.faults ?? {}));
  const failures = new Map<string, number>();
  const requests: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const pending = new Set<ServerResponse>();

  const send = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(body);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    requests.push(path);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight--;
      pending.delete(res);
    });
    pending.add(res);

    let body: string | null = null;
    let status = 200;
    if (path === '/api/agenda/udvalgsliste') body = JSON.stringify(udvalgsliste(meetings));
    else if (path.startsWith('/api/agenda/dagsorden/')) {
      const m = byId.get(path.slice('/api/agenda/dagsorden/'.length));
      if (m) body = JSON.stringify(m.agenda);
    }
    if (body === null) {
      status = 404;
      body = JSON.stringify({ Message: 'Not found' });
    }

    const fault = faults.get(path);
    if (fault?.kind === 'hang') return; // never answers (the client's timeout must give up)
    if (fault?.kind === 'status') {
      const n = failures.get(path) ?? 0;
      if (fault.times === undefined || n < fault.times) {
        failures.set(path, n + 1);
        return send(res, fault.status, '<html><body>Server Error</body></html>');
      }
    }
    if (fault?.kind === 'malformed') return send(res, 200, body.slice(0, Math.floor(body.length / 2)));
    if (fault?.kind === 'wrong-shape') return send(res, 200, JSON.stringify({ Dagsordenpunkter: 'ikke en liste', Udvalg: 7 }));
    if (fault?.kind === 'slow') {
      setTimeout(() => send(res, status, body), fault.ms);
      return;
    }
    send(res, status, body);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    setFault: (path, fault) => (fault === null ? faults.delete(path) : faults.set(path, fault)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of pending) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The Lejre seeds (three committees' minutes) as one portal. */
export const LEJRE_SEEDS = ['000_eae494ec270a50b3', '001_3abba9a295665ced', '003_ba268f17f18e87f4'];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startFakeFirstAgenda(LEJRE_SEEDS.map((n) => fakeMeetingFrom(seedMeeting(n), n)));
  console.log(`fake FirstAgenda portal on ${server.origin}`);
}
