// @vitest-environment happy-dom
/**
 * The generic adapter (pages of the other publishing systems) and the block-text walker.
 *
 * The HTML snippets below are MODELLED, not real: hand-written after the descriptions in
 * ../shared/notes/publishing-systems.md §2.2–2.5 and §3 (OS2web Drupal 7 / Roskilde, PolWeb
 * Word-HTML / Odsherred, kk.dk eDoc, FirstAgenda static export), with invented text around
 * the phrases quoted there. No real page of these systems is stored in ../shared.
 */
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../../lib/model.ts';
import { genericBlocks, mainContent } from '../../../../lib/systems/generic/blocks.ts';
import { blocksFromDocument } from '../../../../lib/systems/detect.ts';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html lang="da"><head><title>t</title></head><body>${body}</body></html>`, 'text/html');
}

function shape(blocks: readonly TextBlock[]): (string | [string, number])[] {
  return blocks.map((b) => (b.hint?.headingLevel !== undefined ? [b.text, b.hint.headingLevel] : b.text));
}

// Modelled on an OS2web Drupal 7 meeting page as Roskilde's (§2.4): site chrome around
// .region-content, "Pkt. 42" item, "Sagsnr. 299835 … Åbent punkt", decision label with date.
const OS2WEB = `
  <a href="#main" class="skip-link">Gå til indhold</a>
  <header role="banner"><a href="/">Roskilde Kommune</a><nav><ul><li><a href="/borger">Borger</a></li><li><a href="/politik">Politik</a></li></ul></nav></header>
  <div id="CybotCookiebotDialog"><p>Vi bruger cookies</p><button>OK</button></div>
  <div class="breadcrumb"><a href="/">Forside</a> › Dagsorden og referat</div>
  <div class="region-content">
    <h1 class="meetnig-title">Kultur- og Idrætsudvalget</h1>
    <div class="field">Referat</div>
    <div class="field">Dato: Onsdag, April 3, 2019 - 18:00</div>
    <div class="field">Sted: Mødelokale 1</div>
    <form class="search" action="/search"><label>Søg</label><input name="q"><button>Søg</button></form>
    <script>window.tracking = 'Pkt. 99 must not be read';</script>
    <style>.x { content: 'Pkt. 98'; }</style>
    <noscript>Slå JavaScript til</noscript>
    <h2>Pkt. 42 Tilskud&nbsp;til   idrætsforeninger</h2>
    <div class="bullet-body">
      <p>Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt</p>
      <h3>Resume</h3>
      <p>Forvaltningen foreslår en <em>ny</em> fordeling af tilskud.</p>
      <p><strong>Indstilling</strong></p>
      <ul><li>at fordelingen godkendes</li><li>at sagen sendes videre</li></ul>
      <p hidden>Skjult tekst</p>
      <p aria-hidden="true">Også skjult</p>
      <p><b>Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42</b></p>
      <p>Godkendt.</p>
    </div>
    <aside><h2>Se også</h2><p>Andre møder</p></aside>
  </div>
  <footer><p>Roskilde Kommune · Rådhusbuen 1</p></footer>`;

describe('generic adapter: an OS2web meeting page (modelled)', () => {
  const doc = page(OS2WEB);
  const blocks = genericBlocks(doc);

  it('reads the main content only, block by block, with heading levels', () => {
    expect(mainContent(doc)?.className).toBe('region-content');
    expect(shape(blocks)).toEqual([
      ['Kultur- og Idrætsudvalget', 1],
      'Referat',
      'Dato: Onsdag, April 3, 2019 - 18:00',
      'Sted: Mødelokale 1',
      ['Pkt. 42 Tilskud til idrætsforeninger', 2],
      'Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt',
      ['Resume', 3],
      'Forvaltningen foreslår en ny fordeling af tilskud.',
      'Indstilling',
      'at fordelingen godkendes',
      'at sagen sendes videre',
      'Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42',
      'Godkendt.',
    ]);
  });

  it('keeps a paragraph that is only bold as a plain block: the parser judges its text', () => {
    const indstilling = blocks.find((b) => b.text === 'Indstilling')!;
    expect(indstilling.hint).toBeUndefined();
    expect((indstilling.ref as Element).tagName).toBe('P');
  });

  it('gives every block the element it came from', () => {
    expect(blocks.every((b) => b.ref instanceof Element)).toBe(true);
    expect((blocks[0]!.ref as Element).matches('h1.meetnig-title')).toBe(true);
    expect(blocks.filter((b) => (b.ref as Element).tagName === 'LI').map((b) => b.text)).toEqual(['at fordelingen godkendes', 'at sagen sendes videre']);
  });

  it('is not taken for a FirstAgenda page', () => {
    expect(blocksFromDocument(doc).system).toBe('generic');
  });
});

// Modelled on PolWeb (Nethotel) Word-HTML as Odsherred's (§2.5): .WordSection1, MsoNormal
// paragraphs, the item number and title in a layout table, &nbsp; runs, <br> line breaks.
const POLWEB = `
  <div class="WordSection1">
    <p class="MsoNormal"><b>Referat</b></p>
    <p class="MsoNormal">Mødested:<br>Byrådssalen</p>
    <table class="MsoNormalTable">
      <tr><td><p class="MsoNormal">1.</p></td><td><p class="MsoNormal"><b>Spørgetid&nbsp;for&nbsp;borgerne</b></p></td></tr>
    </table>
    <p class="MsoNormal">Sag 306-2009-600<br>Dok. 306-2019-263412<br>Initialer: PIM<br>Åbent</p>
    <p class="MsoNormal">&nbsp;</p>
    <p class="MsoNormal"><span style="font-size:11pt">Sagsfremstilling</span></p>
    <table>
      <tr><td><p>Første afsnit.</p><p>Andet afsnit.</p></td><td><ol><li>Ét punkt</li></ol></td></tr>
    </table>
  </div>`;

describe('generic adapter: a PolWeb Word-HTML page (modelled)', () => {
  const blocks = genericBlocks(page(POLWEB));

  it('reads a data row as one line, <br> as line ends and &nbsp; as spaces', () => {
    expect(shape(blocks)).toEqual([
      'Referat',
      'Mødested:\nByrådssalen',
      '1. Spørgetid for borgerne',
      'Sag 306-2009-600',
      'Dok. 306-2019-263412',
      'Initialer: PIM',
      'Åbent',
      'Sagsfremstilling',
      'Første afsnit.',
      'Andet afsnit.',
      'Ét punkt',
    ]);
  });

  it('keeps a label ended by <br> with its value, so "Mødested:" keeps "Byrådssalen"', () => {
    const field = blocks[1]!;
    expect(field.text.split('\n')).toEqual(['Mødested:', 'Byrådssalen']);
    expect((field.ref as Element).tagName).toBe('P');
  });

  it('refers a data row to the <tr>, a layout row\'s paragraphs to their own elements', () => {
    expect((blocks[2]!.ref as Element).tagName).toBe('TR');
    expect((blocks.find((b) => b.text === 'Andet afsnit.')!.ref as Element).tagName).toBe('P');
  });
});

// Modelled on a kk.dk eDoc item page (§2.2): an <article> with its own <header>, a meeting
// info table of label/value pairs, sections, attendance inside the decision.
const KK_EDOC = `
  <header class="site-header"><p>Københavns Kommune</p></header>
  <main>
    <article>
      <header><h1>2. Godkendelse af dagsorden ( )</h1></header>
      <table class="meeting-info">
        <tr><th>Mødedato:</th><td>22.04.2021, kl. 17:30</td></tr>
        <tr><td>Udvalg:</td><td>Borgerrepræsentationen</td><td>Mødested:</td><td>Rådhuset</td></tr>
      </table>
      <h2>Indstilling</h2>
      <p>Indstilling om,</p>
      <ol><li>at dagsordenen godkendes</li></ol>
      <h2>Beslutning</h2>
      <div>Godkendt.<br><br>Afbud fra: Hans Hansen (A)</div>
      <footer><p>Sagsnr. 2012-28504</p></footer>
    </article>
  </main>
  <footer class="site-footer"><p>kk.dk</p></footer>`;

describe('generic adapter: a kk.dk eDoc item page (modelled)', () => {
  const doc = page(KK_EDOC);
  const blocks = genericBlocks(doc);

  it('keeps the article\'s own header and footer, drops the site\'s', () => {
    expect(mainContent(doc)?.tagName).toBe('MAIN');
    expect(shape(blocks)).toEqual([
      ['2. Godkendelse af dagsorden ( )', 1],
      'Mødedato: 22.04.2021, kl. 17:30',
      'Udvalg: Borgerrepræsentationen',
      'Mødested: Rådhuset',
      ['Indstilling', 2],
      'Indstilling om,',
      'at dagsordenen godkendes',
      ['Beslutning', 2],
      'Godkendt.',
      'Afbud fra: Hans Hansen (A)',
      'Sagsnr. 2012-28504',
    ]);
  });

  it('reads a row of two label/value pairs as two blocks, each referring to its value cell', () => {
    const udvalg = blocks.find((b) => b.text.startsWith('Udvalg:'))!;
    expect((udvalg.ref as Element).textContent).toBe('Borgerrepræsentationen');
  });
});

describe('generic adapter: choosing the content and reading an element', () => {
  it('takes the element around several articles (a page of item teasers)', () => {
    const doc = page(`<nav>Menu</nav><div id="list"><article><h2>Punkt 1 Godkendelse af dagsorden</h2><p>Godkendt.</p></article>
      <article><h2>Punkt 2 Eventuelt</h2><p>Intet.</p></article></div>`);
    expect(mainContent(doc)?.id).toBe('list');
    expect(shape(genericBlocks(doc))).toEqual([['Punkt 1 Godkendelse af dagsorden', 2], 'Godkendt.', ['Punkt 2 Eventuelt', 2], 'Intet.']);
  });

  it('reads the body when there is no main content element, still without chrome', () => {
    const doc = page(`<header><p>Kommune</p></header><nav><a href="/">Forside</a></nav>
      <div class="content"><h1>Referat</h1><p>Mødedato: 24-09-2019</p></div><footer>Kontakt</footer>`);
    expect(mainContent(doc)?.tagName).toBe('BODY');
    expect(shape(genericBlocks(doc))).toEqual([['Referat', 1], 'Mødedato: 24-09-2019']);
  });

  it('reads a page-wrapping ASP.NET form (the CMS "esdh" modules), but not a search form', () => {
    const long = 'Sagsfremstillingen er lang. '.repeat(80);
    // (Forms cannot nest in HTML: the search form stands beside the wrapper.)
    const doc = page(`<form class="search"><input name="q"><button>Søg</button><p>Søgetips</p></form>
      <form id="aspnetForm" method="post"><div class="esdhRightContent"><h2>1. Godkendelse af dagsorden</h2><p>${long}</p></div></form>`);
    expect(shape(genericBlocks(doc)).map((b) => (typeof b === 'string' ? b.slice(0, 20) : b))).toEqual([
      ['1. Godkendelse af dagsorden', 2],
      'Sagsfremstillingen e',
    ]);
  });

  it('reads an accordion: its toggle button and its folded-in panel, not other buttons', () => {
    // Sites fold panels in with an inline display:none (jQuery slideUp) or hidden="until-found".
    const doc = page(`<main><div class="accordion__item"><button aria-expanded="false" class="accordion__heading__title">Pkt. 3 Budgetopfølgning</button>
      <div class="panel" style="display: none;"><p>Taget til efterretning.</p><button class="print">Udskriv</button></div></div>
      <div class="accordion__item"><h3><button aria-expanded="false">Pkt. 4 Eventuelt</button></h3><div hidden="until-found"><p>Intet.</p></div></div></main>`);
    expect(shape(genericBlocks(doc))).toEqual(['Pkt. 3 Budgetopfølgning', 'Taget til efterretning.', ['Pkt. 4 Eventuelt', 3], 'Intet.']);
  });

  it('reads only the element it is given', () => {
    const doc = page(`<main><section id="a"><h2>Punkt 1 A</h2><p>Tekst A</p></section><section id="b"><h2>Punkt 2 B</h2></section></main>`);
    expect(shape(genericBlocks(doc.getElementById('a')!))).toEqual([['Punkt 1 A', 2], 'Tekst A']);
  });

  it('gives an inline run between blocks its parent element as ref, and splits nested lists', () => {
    const doc = page(`<main><div id="d">Løs tekst <a href="#">med link</a><p>Afsnit</p>efter afsnittet</div>
      <ul><li>Første<ul><li>Under</li></ul></li><li>Anden</li></ul></main>`);
    const blocks = genericBlocks(doc);
    expect(shape(blocks)).toEqual(['Løs tekst med link', 'Afsnit', 'efter afsnittet', 'Første', 'Under', 'Anden']);
    expect((blocks[0]!.ref as Element).id).toBe('d');
    expect((blocks[2]!.ref as Element).id).toBe('d');
  });

  it('gives nothing for an empty page', () => {
    expect(genericBlocks(page(''))).toEqual([]);
  });
});
