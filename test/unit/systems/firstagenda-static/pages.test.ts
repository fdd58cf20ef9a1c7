// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/** FirstAgenda's static HTML export, Holbæk style: the modelled pages of test/fixtures/systems/, detected, read, annotated and restored (../modelled-pages.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYSTEM_FIXTURES, describeModelledPages, startController } from '../modelled-pages.ts';

describe('firstagenda-static pages', () => {
  describeModelledPages('firstagenda-static');
});

describe('text after the last item', () => {
  // The Holbæk-style export with one paragraph after the last item, as exports often end
  // ("Udskrevet fra …", "Mødet hævet kl. …"). The parser's last item runs to the end of the
  // page, so its elements reach outside its own div.punkt; the items feature must still mark
  // the item's own box, not an element holding every item.
  it('the last item is marked on its own element, not on one holding every item', () => {
    const html = readFileSync(join(SYSTEM_FIXTURES, 'firstagenda-static-holbaek', 'agenda_2873.html'), 'utf8').replace(
      /(\s*<\/div>\s*<\/body>)/, // after div.dagsorden, inside div.page
      '\n    <p class="generated">Udskrevet fra FirstAgenda</p>$1',
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('p.generated')).not.toBeNull();
    startController(doc, 'https://dagsordner.holbaek.dk/committee_148/agenda_2873/agenda_2873.html');
    const last = doc.querySelector('[data-sagsspor-item="54"]');
    expect(last).not.toBeNull();
    expect(last!.querySelectorAll('h2.punkt-overskrift').length).toBe(1);
  });
});
