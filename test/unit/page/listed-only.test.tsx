// @vitest-environment happy-dom
/**
 * Items a page lists in its table of contents but does not carry: the meeting keeps them (for
 * the outline and the store), the page marks only the items it has, and the outline shows the
 * others as listed only, with nothing to jump to. The page is hand-written in the form of a
 * municipal CMS agenda module (contents list, then the items it has).
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Outline } from '../../../lib/page/features/outline/Outline.tsx';
import { readPage } from '../../../lib/page/read-page.ts';

const PAGE = `<!doctype html><html><body><main>
<h1>Referat</h1>
<p>Udvalg: Økonomiudvalget</p><p>Mødedato: 12-03-2026</p>
<h2>Indholdsfortegnelse</h2>
<p>1. Godkendelse af dagsorden</p>
<p>2. Budgetopfølgning 1. kvartal</p>
<p>3. Salg af grund i Nordby</p>
<h3>1. Godkendelse af dagsorden</h3>
<h4>Beslutning</h4><p>Godkendt.</p>
<h3>2. Budgetopfølgning 1. kvartal</h3>
<p>Sagsnr.: 26/1042</p>
<h4>Beslutning</h4><p>Taget til efterretning.</p>
</main></body></html>`;
const URL_PAGE = 'https://www.nordby.dk/politik/dagsordener-og-referater/?agendaId=77';

function load(): Document {
  return new DOMParser().parseFromString(PAGE, 'text/html');
}

describe('an item listed in the contents only', () => {
  it('is in the meeting, marked as listed only; the page items are those with a body', () => {
    const page = readPage(load(), URL_PAGE, { kind: 'meeting', system: 'generic', reason: 'url' })!;
    expect(page.meeting.items.map((i) => [i.number, i.listedOnly === true])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(page.items.map((p) => p.item.number)).toEqual([1, 2]);
  });

  it('shows in the outline as listed only, with nothing to jump to', () => {
    const page = readPage(load(), URL_PAGE, { kind: 'meeting', system: 'generic', reason: 'url' })!;
    const host = document.createElement('div');
    const jumps: number[] = [];
    render(<Outline meeting={page.meeting} open onToggle={() => {}} onJump={(n) => jumps.push(n)} />, host);
    const buttons = [...host.querySelectorAll('li button')] as HTMLButtonElement[];
    expect(buttons.map((b) => b.disabled)).toEqual([false, false, true]);
    expect(buttons[2]!.textContent).toContain('Salg af grund i Nordby');
    expect(buttons[2]!.querySelector('.chip')?.textContent).toBeTruthy();
    buttons[2]!.click();
    buttons[1]!.click();
    expect(jumps).toEqual([2]);
    render(null, host);
  });
});
