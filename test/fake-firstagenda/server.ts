/**
 * A fake FirstAgenda Publication portal for the archive indexer's tests and bench: Node http on
 * 127.0.0.1 (a free port), answering `/api/agenda/udvalgsliste` and `/api/agenda/dagsorden/<id>`
 * in the recorded shapes (../shared/fixtures/firstagenda-api-hvidovre; the udvalgsliste shape of
 * the same public scraper), with content built from the seeds. Faults on chosen paths: HTTP
 * errors, slow answers, answers that never come, malformed JSON, JSON of the wrong shape.
 * It counts requests and the most it ever had in flight, so tests can check politeness.
 *
 * For the follows' tests it also publishes during a test (`publish`: a new meeting, or the
 * minutes of a listed agenda), serves each meeting's page at the portal's own address
 * (`/vis?<Type>-<Udvalg>-d.DD-MM-YYYY…&id=<guid>`) in FirstAgenda Publication markup, can serve
 * a folder of static pages beside the API (`staticDir`: the demo site, so a demo page and its
 * portal share one host), can answer over https, and can send `Retry-After` with a fault.
 *
 *   node --experimental-strip-types test/fake-firstagenda/server.ts   (serves the Lejre seeds)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
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
  | { kind: 'status'; status: number; /** fail only this many times, then answer */ times?: number; /** sent as the Retry-After header */ retryAfter?: string }
  | { kind: 'slow'; ms: number }
  | { kind: 'hang' }
  | { kind: 'malformed' }
  | { kind: 'wrong-shape' };

export interface FakeServer {
  origin: string;
  port: number;
  /** Paths requested, in order. */
  requests: string[];
  /** The most requests ever in flight at once. */
  maxInFlight(): number;
  setFault(path: string, fault: Fault | null): void;
  /** Publish a meeting now: a new one, or (same id) a listed one again, e.g. an agenda now as minutes. */
  publish(meeting: FakeMeeting): void;
  close(): Promise<void>;
}

export interface FakeServerOptions {
  faults?: Record<string, Fault>;
  /** Serve this folder's files for any other path (a directory gives its index.html). */
  staticDir?: string;
  /** Answer over https with this key and certificate. */
  tls?: { key: string; cert: string };
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

/** A meeting written for a test: its items with number, title, case number and sections. */
export interface MeetingSpec {
  /** Names the meeting's id (fakeGuid); the minutes of an agenda use the agenda's name to keep its id. */
  name: string;
  committee: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  navn: FakeMeeting['navn'];
  location: string | null;
  items: { number: number; title: string; caseNumber: string | null; sections: { heading: string; text: string }[] }[];
}

/** A meeting as the portal serves it, from a spec (no parser involved: the spec is the API's content). */
export function fakeMeetingOf(spec: MeetingSpec): FakeMeeting {
  const id = fakeGuid(spec.name);
  const month = Number(spec.date.slice(5, 7));
  // Danish summer time (roughly): the offset only has to look like the portal's.
  const offset = month >= 4 && month <= 10 ? '+02:00' : '+01:00';
  return {
    id,
    committeeId: fakeGuid(`committee/${spec.committee}`),
    committee: spec.committee,
    dato: `${spec.date}T${spec.time}:00${offset}`,
    navn: spec.navn,
    sted: spec.location,
    agenda: {
      Dagsordenpunkter: spec.items.map((item, i) => {
        const html = item.sections.map((s) => `<h3>${escapeHtml(s.heading)}</h3><span>${s.text.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</span>`).join('\r\n');
        return {
          Felter: [{ Navn: '', Html: `<div><div id='sagsfremstillingContainer'>${html}</div></div>`, Tekst: null, Link: null, DocumentId: null }],
          SagsNummer: item.caseNumber,
          Navn: item.title,
          Punktnummer: String(item.number),
          Bilag: [],
          Id: fakeGuid(`${id}/${i}`),
          AgendaUid: id,
          Number: String(item.number),
          Sorting: i + 1,
          IsOpen: true,
          CaseNumber: item.caseNumber,
          Caption: item.title,
        };
      }),
    },
  };
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

export async function startFakeFirstAgenda(initial: readonly FakeMeeting[], options: FakeServerOptions = {}): Promise<FakeServer> {
  const faults = new Map<string, Fault>(Object.entries(options.faults ?? {}));
  const failures = new Map<string, number>();
  const requests: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const meetings: FakeMeeting[] = [...initial];
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const pending = new Set<ServerResponse>();

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body);
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const [rawPath, query = ''] = (req.url ?? '/').split('?') as [string, string?];
    const path = decodeURIComponent(rawPath);
    requests.push(path);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight--;
      pending.delete(res);
    });
    pending.add(res);

    // A meeting's own page: /vis?<Type>-<Udvalg>-d.DD-MM-YYYY-kl.HH.MM&id=<guid>
    if (path === '/vis') {
      const id = new URLSearchParams(query).get('id');
      const m = id === null ? undefined : byId.get(id);
      res.writeHead(m ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(m ? meetingPage(m) : '<!DOCTYPE html><title>Not found</title><p>Not found</p>');
      return;
    }
    if (!path.startsWith('/api/') && options.staticDir !== undefined) {
      void serveStatic(options.staticDir, path, res);
      return;
    }

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
        return send(res, fault.status, '<html><body>Server Error</body></html>', fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter });
      }
    }
    if (fault?.kind === 'malformed') return send(res, 200, body.slice(0, Math.floor(body.length / 2)));
    if (fault?.kind === 'wrong-shape') return send(res, 200, JSON.stringify({ Dagsordenpunkter: 'ikke en liste', Udvalg: 7 }));
    if (fault?.kind === 'slow') {
      setTimeout(() => send(res, status, body), fault.ms);
      return;
    }
    send(res, status, body);
  };
  const server = options.tls === undefined ? createServer(handler) : createTlsServer(options.tls, handler);

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${options.tls === undefined ? 'http' : 'https'}://127.0.0.1:${port}`,
    port,
    requests,
    maxInFlight: () => maxInFlight,
    setFault: (path, fault) => (fault === null ? faults.delete(path) : faults.set(path, fault)),
    publish: (meeting) => {
      const at = meetings.findIndex((m) => m.id === meeting.id);
      if (at === -1) meetings.push(meeting);
      else meetings[at] = meeting;
      byId.set(meeting.id, meeting);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of pending) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A file of `dir` (never outside it); 404 for anything else. */
async function serveStatic(dir: string, path: string, res: ServerResponse): Promise<void> {
  const root = resolve(dir);
  let file = resolve(root, `.${path}`);
  try {
    if (file !== root && !file.startsWith(root + sep)) throw new Error('outside');
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`404 Not Found: ${path}\n`);
  }
}

const DANISH_MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/**
 * The portal's page of a meeting, in FirstAgenda Publication markup (the demo site's, which
 * copies the real one's: `h1.dato`, `span.udvalg`, `table#dagsordenDetaljer` with a
 * `tr.punktrow` per item, `span.label` number, `h2.overskrift` title, `span.sagsnummer`, and
 * the API's HTML field inside `div.punkt`). Text is escaped; the field's HTML is the fake's own.
 */
export function meetingPage(m: FakeMeeting): string {
  const [date = '', time = ''] = m.dato.split('T');
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const clock = time.slice(0, 5).replace(':', '.');
  const when = `${d}. ${DANISH_MONTHS[mo - 1]} ${y}${clock === '00.00' ? '' : ` kl. ${clock}`}`;
  const items = ((m.agenda as { Dagsordenpunkter?: Record<string, unknown>[] }).Dagsordenpunkter ?? []).map((item, i) => {
    const number = escapeHtml(String(item.Punktnummer ?? i + 1));
    const title = escapeHtml(String(item.Navn ?? ''));
    const caseNumber = typeof item.SagsNummer === 'string' ? `<span class="sagsnummer">${escapeHtml(item.SagsNummer)}</span>` : '';
    const fields = ((item.Felter as { Html?: string | null }[] | null) ?? []).map((f) => f.Html ?? '').join('');
    return `<tr class="punktrow" id="punktrow_${escapeHtml(String(item.Id ?? i))}"><td class="text-center punkt-tabel"><span class="label label-default">${number}</span></td><td class="punkt-tabel"><button class="overskrift-btn" role="button" aria-expanded="true"><h2 class="overskrift text-left" tabindex="0">${title}</h2></button><div class="details" style="display: block;">${caseNumber}<div class="punkt"><h3></h3>${fields}</div></div></td></tr>`;
  });
  return `<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(m.committee)}</title><link href="/dist/css/sagsby.css" rel="stylesheet"></head>
<body><div class="container">
<input id="apiurl" name="apiurl" type="hidden" value="http://publication.firstagenda.com">
<div class="row"><div class="col-xs-12"><div class="title">
<h1 class="green dato">${escapeHtml(m.navn)} ${escapeHtml(when)}</h1>
<h2 class="black"><span class="udvalg">${escapeHtml(m.committee)}</span><span class="sted-divider"> - </span><span class="sted sted-container">${escapeHtml(m.sted ?? '')}</span></h2>
</div></div></div>
<table class="dagsordeninfo"><tbody><tr><td>Udvalg:</td><td><span class="udvalg">${escapeHtml(m.committee)}</span></td></tr><tr><td>Mødedato:</td><td><span class="dato">${escapeHtml(when)}</span></td></tr></tbody></table>
<table id="dagsordenDetaljer" class="table table-hover dagsorden"><tbody>
${items.join('\n')}
</tbody></table>
</div></body></html>`;
}

/** The Lejre seeds (three committees' minutes) as one portal. */
export const LEJRE_SEEDS = ['000_eae494ec270a50b3', '001_3abba9a295665ced', '003_ba268f17f18e87f4'];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startFakeFirstAgenda(LEJRE_SEEDS.map((n) => fakeMeetingFrom(seedMeeting(n), n)));
  console.log(`fake FirstAgenda portal on ${server.origin}`);
}
