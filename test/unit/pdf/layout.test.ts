/**
 * The PDF layout on hand-built positioned runs (no pdf.js): lines from runs, running headers,
 * footers and page numbers, paragraphs across page breaks, table rows, list items, headings.
 * Geometry as in an A4 page: 595 × 842 pt, text column 70–520, body text 10 pt on 13 pt lines.
 */
import { describe, expect, it } from 'vitest';
import { layoutPages, pdfPageOf, type PageText, type PdfBlockRef, type PositionedItem } from '../../../lib/pdf/index.ts';
import { parseBlocks } from '../../../lib/parser/index.ts';

const LEFT = 70;
const RIGHT = 520;

/** A run; its width is about half an em per character unless given (a full line: RIGHT - x). */
function run(str: string, x: number, y: number, options: { size?: number; width?: number; page?: number } = {}): PositionedItem {
  const size = options.size ?? 10;
  return { str, x, y, width: options.width ?? str.length * size * 0.5, fontSize: size, page: options.page ?? 1 };
}

/** A line reaching the right edge of the column: the layout wrapped it. */
const full = (str: string, y: number, x = LEFT) => run(str, x, y, { width: RIGHT - x });

function page(n: number, items: PositionedItem[]): PageText {
  return { page: n, width: 595, height: 842, items: items.map((i) => ({ ...i, page: n })) };
}

const texts = (pages: PageText[]) => layoutPages(pages).map((b) => b.text);
/** Body text that differs from page to page in words, not only in a number (which a header may do). */
const BODY = ['Første side handler om budgettet.', 'Anden side handler om ældreplejen.', 'Tredje side handler om trafikken.', 'Fjerde side handler om skolerne.'];
const refOf = (ref: unknown) => ref as PdfBlockRef;

/** Ten lines of body text so that pages have a measurable line spacing and column. */
function bodyParagraph(y: number, count = 3): PositionedItem[] {
  const items: PositionedItem[] = [];
  for (let i = 0; i < count - 1; i++) items.push(full(`brødtekst linje ${i + 1} der fylder hele spalten ud til kanten`, y + 13 * i));
  items.push(run('og slutter her.', LEFT, y + 13 * (count - 1)));
  return items;
}

describe('PDF layout: lines', () => {
  it('puts runs of one baseline left to right and lines top to bottom, whatever the content-stream order', () => {
    const blocks = texts([
      page(1, [
        run('Anden linje', LEFT, 113, { width: 55 }),
        run('verden', 90, 100, { width: 30 }),
        run('Hej', LEFT, 100, { width: 17 }),
      ]),
    ]);
    expect(blocks).toEqual(['Hej verden\nAnden linje']);
  });

  it('keeps a superscript in its line and joins runs split inside a word without a space', () => {
    const blocks = texts([page(1, [run('Beslut', LEFT, 100, { width: 30 }), run('ning', 100, 100, { width: 20 }), run('1', 123, 97, { size: 6, width: 3 })])]);
    expect(blocks).toEqual(['Beslutning 1']);
  });

  it('drops a run drawn twice at almost the same place ("fake bold")', () => {
    const blocks = texts([page(1, [run('Beslutning', LEFT, 100, { width: 50 }), run('Beslutning', LEFT + 0.5, 100, { width: 50 })])]);
    expect(blocks).toEqual(['Beslutning']);
  });

  it('gives no blocks for pages without text', () => {
    expect(layoutPages([page(1, []), page(2, [run('   ', LEFT, 100)])])).toEqual([]);
  });
});

describe('PDF layout: running headers, footers and page numbers', () => {
  const header = (n: number) => [run('Lejre Kommune', LEFT, 40, { size: 8 }), run('Udvalget for Social, Sundhed og Ældre', 330, 40, { size: 8 })];

  it('drops a header and a "Side N af M" footer repeated on every page, and keeps the body', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [...header(n), run(BODY[n - 1]!, LEFT, 100), ...bodyParagraph(130), run(`Side ${n} af 4`, 480, 810, { size: 8 })]),
    );
    const blocks = texts(pages);
    expect(blocks.join('\n')).not.toMatch(/Lejre Kommune|Udvalget for Social|Side \d af 4/);
    expect(blocks.filter((b) => b.includes('side handler'))).toEqual(BODY);
    expect(blocks.filter((b) => b.startsWith('brødtekst'))).toHaveLength(4);
  });

  it('drops a header that varies only by its numbers (page, date) and one missing from the cover page', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [...(n === 1 ? [] : [run(`Referat 06-05-2024, side ${n}`, LEFT, 40, { size: 8 })]), run(BODY[n - 1]!, LEFT, 100)]),
    );
    expect(texts(pages)).toEqual(BODY.slice(0, 3));
  });

  const forms: [string, (n: number) => string][] = [
    ['Side N af M', (n) => `Side ${n} af 3`],
    ['Side N', (n) => `Side ${n}`],
    ['Page N of M', (n) => `Page ${n} of 3`],
    ['N/M', (n) => `${n}/3`],
    ['N af M', (n) => `${n} af 3`],
    ['- N -', (n) => `- ${n} -`],
    ['(N)', (n) => `(${n})`],
    ['a bare number', (n) => String(n)],
    ['a bare number, cover not counted', (n) => String(n - 1)],
  ];
  for (const [name, form] of forms) {
    it(`drops page numbers of the form "${name}" at the foot of the page`, () => {
      const pages = [1, 2, 3].map((n) => page(n, [run(BODY[n - 1]!, LEFT, 100), ...(form(n) === '0' ? [] : [run(form(n), 290, 815)])]));
      expect(texts(pages)).toEqual(BODY.slice(0, 3));
    });
  }

  it('drops a page number at the top of the page as well', () => {
    const pages = [1, 2].map((n) => page(n, [run(`- ${n} -`, 290, 30), run(BODY[n - 1]!, LEFT, 100)]));
    expect(texts(pages)).toEqual(BODY.slice(0, 2));
  });

  it('keeps a number that ends a page but does not count pages (a table cell "2024")', () => {
    const pages = [
      page(1, [run(BODY[0]!, LEFT, 100), run('2024', LEFT, 800)]),
      page(2, [run(BODY[1]!, LEFT, 100), run('Side 2', 290, 815)]),
      page(3, [run(BODY[2]!, LEFT, 100), run('Side 3', 290, 815)]),
    ];
    expect(texts(pages)).toEqual([BODY[0], '2024', BODY[1], BODY[2]]);
    // Alone on a one-page document, too.
    expect(texts([page(1, [run(BODY[0]!, LEFT, 100), run('2024', LEFT, 800)])])).toEqual([BODY[0], '2024']);
  });

  it('keeps a body line that stands at the same place on every page under a title that differs', () => {
    const pages = [2, 5, 9].map((item, i) =>
      page(i + 1, [...header(i + 1), run(`Punkt ${item}: Sag nummer ${item}`, LEFT, 80, { size: 13 }), run('Beslutning', LEFT, 105, { size: 11 }), run('Godkendt.', LEFT, 125)]),
    );
    const blocks = texts(pages);
    expect(blocks.filter((b) => b === 'Beslutning')).toHaveLength(3);
    expect(blocks.filter((b) => b === 'Godkendt.')).toHaveLength(3);
    expect(blocks.filter((b) => b.startsWith('Punkt'))).toEqual(['Punkt 2: Sag nummer 2', 'Punkt 5: Sag nummer 5', 'Punkt 9: Sag nummer 9']);
    expect(blocks.join('\n')).not.toContain('Lejre Kommune');
  });

  it('keeps item numbers standing alone at the top of item pages ("Pkt. 7"), which do not count pages', () => {
    const pages = [7, 8, 12].map((item, i) => page(i + 1, [run(`Pkt. ${item}`, LEFT, 80, { size: 13 }), run(BODY[i]!, LEFT, 105)]));
    expect(texts(pages)).toEqual(['Pkt. 7', BODY[0], 'Pkt. 8', BODY[1], 'Pkt. 12', BODY[2]]);
  });
});

describe('PDF layout: paragraphs', () => {
  it('joins lines the layout wrapped with a space and keeps lines broken on purpose', () => {
    const blocks = texts([
      page(1, [
        full('Udvalget for Social, Sundhed og Ældre besluttede at sende', 100),
        run('sagen i høring.', LEFT, 113),
        run('Afbud: Ivan Mott', LEFT, 126),
        run('Næste afsnit.', LEFT, 152),
      ]),
    ]);
    expect(blocks).toEqual(['Udvalget for Social, Sundhed og Ældre besluttede at sende sagen i høring.\nAfbud: Ivan Mott', 'Næste afsnit.']);
  });

  it('joins a paragraph that a page break cut in two; its ref names both pages', () => {
    const footer = (n: number) => run(`Side ${n} af 2`, 480, 810, { size: 8 });
    const pages = [
      page(1, [...bodyParagraph(100), full('Indstillingen blev tiltrådt, og administrationen går nu i gang med', 760), footer(1)]),
      page(2, [run('at forberede udbuddet.', LEFT, 100), run('Nyt afsnit.', LEFT, 126), footer(2)]),
    ];
    const blocks = layoutPages(pages);
    const joined = blocks.find((b) => b.text.startsWith('Indstillingen'));
    expect(joined?.text).toBe('Indstillingen blev tiltrådt, og administrationen går nu i gang med at forberede udbuddet.');
    expect(refOf(joined?.ref)).toMatchObject({ kind: 'pdf', page: 1, endPage: 2 });
    expect(blocks.map((b) => b.text)).toContain('Nyt afsnit.');
  });

  it('does not join over a page break after a short line, nor where a sentence ends at the foot of the page', () => {
    const pages = [
      page(1, [...bodyParagraph(100), run('Kort sidste linje.', LEFT, 760)]),
      page(2, [run('Næste afsnit begynder her.', LEFT, 100), ...bodyParagraph(130), full('Her slutter en sætning præcis ved kanten af spalten.', 760)]),
      page(3, [run('Ny sætning på ny side.', LEFT, 100)]),
    ];
    const blocks = texts(pages);
    expect(blocks).toContain('Kort sidste linje.');
    expect(blocks).toContain('Næste afsnit begynder her.');
    expect(blocks).toContain('Ny sætning på ny side.');
  });

  it('starts a new block at a larger gap, an indent, or a change of font size; larger text is a heading', () => {
    const blocks = layoutPages([
      page(1, [
        run('Punkt 2: Orientering maj 2024', LEFT, 80, { size: 13 }),
        run('Beslutning', LEFT, 105, { size: 11 }),
        run('Taget til orientering.', LEFT, 120),
        run('Indrykket afsnit.', LEFT + 20, 133),
        run('Efter luft.', LEFT, 160),
      ]),
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Punkt 2: Orientering maj 2024', 'Beslutning', 'Taget til orientering.', 'Indrykket afsnit.', 'Efter luft.']);
    expect(blocks[0]!.hint?.headingLevel).toBe(1);
    expect(blocks[2]!.hint).toBeUndefined();
  });

  it('keeps a paragraph with an indented first line together', () => {
    const blocks = texts([page(1, [full('Første linje er rykket ind, som i en bog, og den fylder', 100, LEFT + 20), run('resten af afsnittet.', LEFT, 113)])]);
    expect(blocks).toEqual(['Første linje er rykket ind, som i en bog, og den fylder resten af afsnittet.']);
  });

  it('breaks a word that filled a whole line (a long URL) without a space', () => {
    const blocks = texts([page(1, [full('<https://www.lejre.dk/borger/stotte-og-pleje/bolig-til-aeldre/aeldre-og-handi', 100), run('capbolig/>', LEFT, 113)])]);
    expect(blocks).toEqual(['<https://www.lejre.dk/borger/stotte-og-pleje/bolig-til-aeldre/aeldre-og-handicapbolig/>']);
  });

  it('gives every block the page it starts on', () => {
    const blocks = layoutPages([page(1, [run('En.', LEFT, 100)]), page(2, [run('To.', LEFT, 100)]), page(3, [run('Tre.', LEFT, 100)])]);
    expect(blocks.map((b) => pdfPageOf(b.ref))).toEqual([1, 2, 3]);
    expect(pdfPageOf({ line: 3 })).toBeNull();
  });
});

describe('PDF layout: tables and lists', () => {
  it('keeps each table row a block of its own, cells separated by tabs', () => {
    const row = (y: number, cells: string[]) => cells.map((c, i) => run(c, [LEFT, 250, 330, 430][i]!, y, { size: 9, width: c.length * 4.5 }));
    const blocks = texts([
      page(1, [
        run('Tabellen viser omgørelsesprocenterne:', LEFT, 100),
        ...row(120, ['Sager', 'Lejre (%)', 'Antal', 'Landsplan (%)']),
        ...row(132, ['Stadfæstelse', '35 %', '6', '51,1 %']),
        ...row(144, ['Hjemvisning', '65 %', '17', '41,3 %']),
      ]),
    ]);
    expect(blocks).toEqual(['Tabellen viser omgørelsesprocenterne:', 'Sager\tLejre (%)\tAntal\tLandsplan (%)', 'Stadfæstelse\t35 %\t6\t51,1 %', 'Hjemvisning\t65 %\t17\t41,3 %']);
  });

  it('keeps a wrapped last cell with its row, and the parser reads rows as fields and table-of-contents lines', () => {
    const blocks = layoutPages([
      page(1, [
        run('REFERAT Udvalget for Social, Sundhed og Ældre d. 06-05-2024', LEFT, 80, { size: 16 }),
        run('Mødedato', LEFT, 110, { width: 45 }),
        run('Mandag d. 06. maj 2024 kl. 18:00', 170, 110),
        run('Mødedeltagere', LEFT, 130, { width: 68 }),
        run('Ivan Mott, Birgitte Schytte, Connie B. Jensen, Flemming', 170, 130, { width: RIGHT - 170 }),
        run('Damgaard Larsen, Henning Nielsen', 170, 143),
        run('Indholdsfortegnelse', LEFT, 170, { size: 11 }),
        run('SSÆ - Godkendelse af dagsorden.....', LEFT, 190),
        run('3', 510, 190, { width: 5 }),
        run('SSÆ - Orientering maj 2024.....', LEFT, 203),
        run('4', 510, 203, { width: 5 }),
      ]),
      page(3, [run('Punkt 1: SSÆ - Godkendelse af dagsorden', LEFT, 80, { size: 13 }), run('Beslutning', LEFT, 105, { size: 11 }), run('Godkendt', LEFT, 125)]),
    ]);
    expect(blocks.map((b) => b.text)).toContain('Mødedeltagere\tIvan Mott, Birgitte Schytte, Connie B. Jensen, Flemming Damgaard Larsen, Henning Nielsen');
    expect(blocks.map((b) => b.text)).toContain('SSÆ - Godkendelse af dagsorden.....\t3');
    const meeting = parseBlocks(blocks, { source: 'x.pdf' });
    expect(meeting).toMatchObject({ date: '2024-05-06', time: '18:00', committee: 'Udvalget for Social, Sundhed og Ældre' });
    expect(meeting.participants).toEqual(['Ivan Mott', 'Birgitte Schytte', 'Connie B. Jensen', 'Flemming Damgaard Larsen', 'Henning Nielsen']);
    expect(meeting.items.map((i) => [i.number, i.title, i.decision])).toEqual([[1, 'SSÆ - Godkendelse af dagsorden', 'Godkendt']]);
    expect(pdfPageOf(blocks[meeting.items[0]!.span.firstBlock]!.ref)).toBe(3);
  });

  it('keeps list items apart: markers standing apart ("•", "-", "–", "1."), a wrapped item on its hanging indent', () => {
    const item = (marker: string, text: string, y: number, options: { full?: boolean } = {}) => [
      run(marker, LEFT, y, { width: 4 }),
      options.full ? run(text, LEFT + 14, y, { width: RIGHT - LEFT - 14 }) : run(text, LEFT + 14, y),
    ];
    const blocks = texts([
      page(1, [
        run('Programmet har fire spor:', LEFT, 100),
        ...item('•', 'IT og digitalisering, herunder velfærdsteknologi og data på tværs af centrene og', 113, { full: true }),
        run('med borgerne', LEFT + 14, 126),
        ...item('-', 'Rekruttering og tilknytning', 139),
        ...item('–', 'Faglig kvalitet', 152),
        ...item('1.', 'at udvalget godkender organiseringen.', 165),
        ...item('2.', 'at udvalget tager orienteringen til efterretning.', 178),
        run('Efter listen.', LEFT, 204),
      ]),
    ]);
    expect(blocks).toEqual([
      'Programmet har fire spor:',
      '• IT og digitalisering, herunder velfærdsteknologi og data på tværs af centrene og med borgerne',
      '- Rekruttering og tilknytning',
      '– Faglig kvalitet',
      '1. at udvalget godkender organiseringen.',
      '2. at udvalget tager orienteringen til efterretning.',
      'Efter listen.',
    ]);
  });

  it('keeps list items apart when the marker is run into the text, even after a full line', () => {
    const blocks = texts([
      page(1, [
        full('1. at Kommunalbestyrelsen tager orienteringen omkring arbejdet til efterretning.', 100),
        full('2. at Lejre Kommune tilkendegiver en interesse overfor Region Sjælland om at', 113),
        run('indgå et samarbejde.', LEFT + 12, 126),
        run('- IT og digitalisering', LEFT, 139),
        run('- Forebyggelse', LEFT, 152),
      ]),
    ]);
    expect(blocks).toEqual([
      '1. at Kommunalbestyrelsen tager orienteringen omkring arbejdet til efterretning.',
      '2. at Lejre Kommune tilkendegiver en interesse overfor Region Sjælland om at indgå et samarbejde.',
      '- IT og digitalisering',
      '- Forebyggelse',
    ]);
  });

  it('keeps the order of the parser-visible lines in a list within a decision', () => {
    const blocks = layoutPages([
      page(1, [
        run('Punkt 4: Strategi', LEFT, 80, { size: 13 }),
        run('Beslutning', LEFT, 105, { size: 11 }),
        run('Socialudvalget anbefaler strategien med følgende ændringer:', LEFT, 125),
        run('-', LEFT, 138, { width: 3.3 }),
        run('1) Et nyt mål', LEFT + 14, 138),
        run('-', LEFT, 151, { width: 3.3 }),
        run('2) En ny frist', LEFT + 14, 151),
        run('Sagsfremstilling', LEFT, 180, { size: 11 }),
        run('Tekst.', LEFT, 200),
      ]),
    ]);
    const meeting = parseBlocks(blocks, { source: 'x.pdf' });
    expect(meeting.items[0]!.decision).toBe('Socialudvalget anbefaler strategien med følgende ændringer:\n- 1) Et nyt mål\n- 2) En ny frist');
    expect(meeting.items[0]!.outcome).toBe('recommended');
  });
});
