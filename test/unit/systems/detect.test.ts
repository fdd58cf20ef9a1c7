// @vitest-environment happy-dom
/**
 * Detection over the registry (lib/systems/detect.ts): every system is asked for one kind of
 * signal before the next, the first system in the registry's order wins, and a page whose address
 * and title say nothing of minutes costs two id lookups. The CLI picks its adapter by the same
 * signals. Each system's own pages are detected in its folder's tests.
 */
import { describe, expect, it, vi } from 'vitest';
import { blocksFromDocument, detectMinutes } from '../../../lib/systems/detect.ts';
import { GENERIC, SYSTEMS } from '../../../lib/systems/index.ts';

function page(title: string, body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html lang="da"><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');
}

const MINUTES_BODY = '<h2>Punkt 1 Godkendelse</h2><h3>Beslutning</h3><p>Godkendt.</p><h3>Indstilling</h3><p>At godkende.</p>';

describe('the registry', () => {
  it('has each system once, the generic pages last', () => {
    const ids = SYSTEMS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe('generic');
    expect(GENERIC.id).toBe('generic');
    expect(ids).toEqual(expect.arrayContaining(['firstagenda', 'firstagenda-static', 'os2web', 'kk-edoc', 'polweb']));
  });
});

describe('detectMinutes', () => {
  it('a page whose address and title say nothing of minutes is not looked at: two id lookups, no walk, no text', () => {
    const doc = page('Nyheder', `${MINUTES_BODY}<a class="agenda-bullet-list">Punkt 1</a>`);
    const walks = [vi.spyOn(doc, 'querySelector'), vi.spyOn(doc, 'querySelectorAll'), vi.spyOn(doc, 'getElementsByTagName'), vi.spyOn(doc, 'getElementsByClassName')];
    const ids = vi.spyOn(doc, 'getElementById');
    expect(detectMinutes(doc, 'https://www.example-nyheder.dk/forside')).toEqual({ kind: 'none', reason: 'no-signal' });
    for (const walk of walks) expect(walk).not.toHaveBeenCalled();
    expect(ids).toHaveBeenCalledTimes(2);
  });

  it('FirstAgenda\'s ids tell a meeting from a listing before anything else', () => {
    const meeting = page('Forside', '<input id="apiurl" value="http://publication.firstagenda.com"><table id="dagsordenDetaljer"></table>');
    expect(detectMinutes(meeting, 'https://dagsordener.aarhus.dk/vis?id=1')).toEqual({ kind: 'meeting', system: 'firstagenda', reason: 'signature' });
    const listing = page('Referater', '<input id="apiurl" value="http://publication.firstagenda.com"><div id="resultaterplaceholder"><a class="searchresult">1</a></div>');
    expect(detectMinutes(listing, 'https://dagsordener.aarhus.dk/')).toEqual({ kind: 'none', reason: 'listing' });
  });

  it('markup is looked for once the address or title speaks of minutes; FirstAgenda\'s rows come before other markup', () => {
    const both = page('Referat', '<a class="agenda-bullet-list">Punkt 1</a><table><tr class="punktrow"><td>1</td></tr></table>');
    expect(detectMinutes(both, 'https://example.dk/side')).toEqual({ kind: 'meeting', system: 'firstagenda', reason: 'markup' });
    const os2web = page('Referat', '<a class="agenda-bullet-list">Punkt 1</a>');
    expect(detectMinutes(os2web, 'https://example.dk/side')).toEqual({ kind: 'meeting', system: 'os2web', reason: 'markup' });
    const untitled = page('Forside', '<div class="agenda-overview"></div>');
    expect(detectMinutes(untitled, 'https://example.dk/side')).toEqual({ kind: 'none', reason: 'no-signal' });
  });

  it('markup comes before the address; the address names its system, the generic pages\' forms last', () => {
    const plain = page('Side', '<p>Tekst</p>');
    expect(detectMinutes(plain, 'https://www.kk.dk/indhold/x/20052020/edoc-agenda/a/b')).toMatchObject({ system: 'kk-edoc', reason: 'url' });
    expect(detectMinutes(plain, 'http://polweb.nethotel.dk/Produkt/PolWeb/Sog/ShowAgenda.asp?p=odsherred&ID=1')).toMatchObject({ system: 'polweb', reason: 'url' });
    expect(detectMinutes(plain, 'https://dagsordner.holbaek.dk/committee_1/agenda_2/agenda_2.html')).toMatchObject({ system: 'firstagenda-static', reason: 'url' });
    expect(detectMinutes(plain, 'https://www.roskilde.dk/dagsorden-og-referat/moeder/x')).toMatchObject({ system: 'os2web', reason: 'url' });
    expect(detectMinutes(plain, 'https://www.hedensted.dk/agenda?agenda=31-08-2023/ID4144/dagsorden.xml')).toMatchObject({ system: 'generic', reason: 'url' });
    const marked = page('Side', '<div class="agenda-overview"></div>');
    expect(detectMinutes(marked, 'https://www.roskilde.dk/dagsorden-og-referat/moeder/x')).toMatchObject({ system: 'kk-edoc', reason: 'markup' });
  });

  it('a page only titled as minutes is minutes when its headings are those of minutes', () => {
    expect(detectMinutes(page('Referat', MINUTES_BODY), 'https://example.dk/side')).toEqual({ kind: 'meeting', system: 'generic', reason: 'content' });
    expect(detectMinutes(page('Referat', '<h2>Nyheder</h2><p>Tekst</p>'), 'https://example.dk/side')).toEqual({ kind: 'none', reason: 'no-signal' });
  });
});

describe('blocksFromDocument (the CLI)', () => {
  it('reads a saved page by the same signals, without the minutes test: the system\'s adapter, else the generic one', () => {
    expect(blocksFromDocument(page('Side', '<a class="agenda-bullet-list">Punkt 1</a>')).system).toBe('os2web');
    expect(blocksFromDocument(page('Side', '<p>Punkt 1</p>'), 'http://polweb.nethotel.dk/Produkt/PolWeb/Sog/ShowAgenda.asp?ID=1').system).toBe('polweb');
    const plain = blocksFromDocument(page('Side', '<main><p>Punkt 1 Godkendelse</p></main>'));
    expect(plain.system).toBe('generic');
    expect(plain.blocks.map((b) => b.text)).toEqual(['Punkt 1 Godkendelse']);
    const rows = blocksFromDocument(page('Side', '<table><tr class="punktrow"><td><span class="label">1</span><h2 class="overskrift">Godkendelse</h2></td></tr></table>'));
    expect(rows.system).toBe('firstagenda');
    expect(rows.blocks.map((b) => [b.hint?.role, b.text])).toEqual([['item-number', '1'], ['item-title', 'Godkendelse']]);
  });
});
