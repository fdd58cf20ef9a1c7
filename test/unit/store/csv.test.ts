import { describe, expect, it } from 'vitest';
import { freshDb, target } from '../store-helpers.ts';
import { addBookmark, listBookmarks, reportAnchors } from '../../../lib/store/bookmarks.ts';
import { CSV_HEADERS, bookmarksToCsv, csvCell } from '../../../lib/store/csv.ts';

/** A small reader of the CSV we write (quoted fields, `;`, CRLF), to check it round-trips. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV for Danish Excel', () => {
  it('starts with a BOM, has Danish headers, `;` separators and CRLF rows', async () => {
    const db = freshDb();
    const { bookmark } = await addBookmark(db, target(2), { tags: ['Budget', 'Skole'], note: 'Linje 1\nLinje "2"; slut' });
    await reportAnchors(db, [{ id: bookmark.id, found: false }]);
    const csv = bookmarksToCsv(await listBookmarks(db));
    expect(csv.startsWith('\uFEFFKommune;Udvalg;Mødedato;Punkt;Titel;')).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_HEADERS]);
    const row = Object.fromEntries(CSV_HEADERS.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({
      Kommune: 'Lejre',
      Udvalg: 'Økonomiudvalget',
      Mødedato: '2024-03-12',
      Punkt: '2',
      Sagsnumre: '24-001002',
      Udfald: 'Godkendt',
      Mærker: 'Budget, Skole',
      Note: 'Linje 1\nLinje "2"; slut',
      Status: 'Ikke fundet på siden',
      Link: 'https://dagsordener.lejre.dk/referat/1',
    });
    expect(row.Oprettet).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(rows).toHaveLength(2);
  });

  it('guards cells Excel would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","klik")')).toBe(`"'=HYPERLINK(""http://evil"",""klik"")"`);
    expect(csvCell('+45 1234')).toBe("'+45 1234");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('Godkendt')).toBe('Godkendt');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell(' mellemrum')).toBe('" mellemrum"');
  });
});
