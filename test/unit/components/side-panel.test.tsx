// @vitest-environment happy-dom
/**
 * The side panel against a real store (fake-indexeddb) holding the demo site's two meetings,
 * which share case 25-004711 (Social- og Sundhedsudvalget 4 March 2025 item 3, Økonomiudvalget
 * 12 March 2025 item 2; test/demo-site). Choosing an item shows its trail inline under it: the
 * same case in the other meeting, its "Sagens forløb" with the stored entry linked, a manual
 * "se også" link, the way to the case view. The panel follows the active tab, and the trail
 * follows the store as meetings are read.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidePanel, type SidePanelEnv } from '../../../components/sidepanel/SidePanel.tsx';
import type { PageSummary } from '../../../lib/messages/parts.ts';
import type { Meeting } from '../../../lib/model.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { deepLink, itemId, meetingId, municipalityKey } from '../../../lib/store/keys.ts';
import { addLink } from '../../../lib/store/links.ts';
import { saveMeeting } from '../../../lib/store/meetings.ts';
import { casePagePath } from '../../../lib/extension-pages/search-path.ts';
import { demoMeetingOf } from '../../demo-site/meeting-pdf.ts';
import { click, mount, unmount, useLocale } from './popup-helpers.tsx';
import { freshDb } from '../store-helpers.ts';

const SITE = join(dirname(fileURLToPath(import.meta.url)), '../../demo-site/vis');
const SSU_URL = 'http://dagsordener.sagsby.test/vis/referat-social-og-sundhedsudvalget-2025-03-04.html';
const OKU_URL = 'http://dagsordener.sagsby.test/vis/referat-oekonomiudvalget-2025-03-12.html';
const CASE = '25-004711';

async function demoMeeting(url: string): Promise<Meeting> {
  const name = url.slice(url.lastIndexOf('/') + 1);
  const read = await demoMeetingOf(readFileSync(join(SITE, name), 'utf8'), url);
  if (read === null) throw new Error(`${name} is not a demo meeting`);
  return read.meeting;
}

let ssu: Meeting;
let oku: Meeting;
beforeAll(async () => {
  ssu = await demoMeeting(SSU_URL);
  oku = await demoMeeting(OKU_URL);
});

const ref = (m: Meeting) => ({ municipality: m.municipality, committee: m.committee, date: m.date, kind: m.kind });
function summaryOf(url: string, m: Meeting): PageSummary {
  return { url, title: m.committee ?? '', analysed: true, meeting: ref(m), itemCount: m.items.length, decisionCount: 0, caseNumberCount: 0, bookmarkedCount: 0, annotationsOn: true };
}

/** A browser as the side panel sees it: tabs showing pages, one of them active. */
function fakeTabs(pages: Record<number, PageSummary | null>, active: number) {
  const listeners = new Set<() => void>();
  const env = {
    activeTabId: vi.fn(async () => active),
    pageSummary: vi.fn(async (tabId: number) => pages[tabId] ?? null),
    reveal: vi.fn(async () => undefined),
    onTabChange: (callback: () => void) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    open: vi.fn(async () => undefined),
  } satisfies SidePanelEnv;
  return {
    env,
    /** The user switches to another tab. */
    activate(tabId: number) {
      active = tabId;
      for (const l of listeners) l();
    },
  };
}

let db: SagssporDB;
let root: HTMLElement | null = null;
beforeEach(() => {
  useLocale('da');
  db = freshDb();
});
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
});

const outlineRow = (n: number) => root!.querySelector<HTMLElement>(`.side-outline button[data-item="${n}"]`)!.closest('li')!;
const trail = () => root!.querySelector<HTMLElement>('#side-trail');

describe('the side panel', () => {
  it('shows the chosen item\'s trail inline under it: the other treatment, the resolved "Sagens forløb", a "se også" link, the case view', async () => {
    await saveMeeting(db, SSU_URL, ssu);
    await saveMeeting(db, OKU_URL, oku);
    const ssuItem = ssu.items.find((i) => i.caseNumbers.includes(CASE))!;
    const okuItem = oku.items.find((i) => i.caseNumbers.includes(CASE))!;
    const budget = oku.items.find((i) => i.number !== okuItem.number && i.caseNumbers.length > 0)!;
    const other = ssu.items.find((i) => i.number !== ssuItem.number && i.caseNumbers.length > 0 && !i.caseNumbers.includes(CASE))!;
    await addLink(db, { url: OKU_URL, meeting: ref(oku), itemNumber: okuItem.number }, { itemId: itemId(meetingId(ref(ssu), SSU_URL), other.number) }, 'Samme boligplan');

    const tabs = fakeTabs({ 5: summaryOf(OKU_URL, oku) }, 5);
    root = await mount(<SidePanel db={db} env={tabs.env} />);
    await vi.waitFor(() => expect(root!.querySelectorAll('.side-outline > li')).toHaveLength(oku.items.length));
    expect(trail()).toBeNull();

    await click(root.querySelector(`.side-outline button[data-item="${okuItem.number}"]`));
    expect(tabs.env.reveal).toHaveBeenCalledWith(5, okuItem.number);
    await vi.waitFor(() => expect(trail()?.querySelector('[data-list="elsewhere"] li')).not.toBeNull());
    // Inline: inside the chosen item's row, not somewhere below the outline.
    expect(outlineRow(okuItem.number).contains(trail())).toBe(true);
    expect(outlineRow(okuItem.number).querySelector('button')!.getAttribute('aria-expanded')).toBe('true');
    const box = trail()!;
    expect(box.querySelector('h3')!.textContent).toBe(`Punkt ${okuItem.number}: sagens spor`);
    expect(box.textContent).toContain('Samme sag andre steder (1 anden behandling)');

    // The other treatment: where, what, how it ended, and a link to that exact item.
    const elsewhere = [...box.querySelectorAll('[data-list="elsewhere"] li')];
    expect(elsewhere).toHaveLength(1);
    expect(elsewhere[0]!.textContent).toContain(`${ssu.committee} · 4. marts 2025 · punkt ${ssuItem.number}`);
    expect(elsewhere[0]!.querySelector('a')!.textContent).toBe(ssuItem.title);
    expect(elsewhere[0]!.querySelector('a')!.getAttribute('href')).toBe(deepLink(SSU_URL, ssuItem.number));
    expect(elsewhere[0]!.querySelector('.badge[data-outcome]')!.getAttribute('data-outcome')).toBe(ssuItem.outcome);

    // "Sagens forløb": the entry of 4 March is the stored item, a link; 14 January was never read, text.
    const history = [...box.querySelectorAll('[data-list="history"] li')];
    expect(history.map((li) => li.querySelector('.when')!.textContent)).toEqual(['14. januar 2025', '4. marts 2025']);
    expect(history[0]!.hasAttribute('data-resolved')).toBe(false);
    expect(history[0]!.querySelector('a')).toBeNull();
    expect(history[1]!.querySelector('a')!.getAttribute('href')).toBe(deepLink(SSU_URL, ssuItem.number));
    expect(history[0]!.querySelector('.badge')!.getAttribute('data-outcome')).toBe('postponed');

    // The manual link, with its note.
    const links = box.querySelector('[data-list="links"]')!;
    expect(links.textContent).toContain(other.title);
    expect(links.textContent).toContain('Samme boligplan');

    // The whole trail in the case view.
    await click(box.querySelector(`button[data-case="${CASE}"]`));
    expect(tabs.env.open).toHaveBeenCalledWith(casePagePath(municipalityKey(OKU_URL), CASE));

    // Another item: the trail moves there (one at a time); an item whose case is nowhere else says so.
    await click(root.querySelector(`.side-outline button[data-item="${budget.number}"]`));
    await vi.waitFor(() => expect(trail()?.getAttribute('data-item')).toBe(String(budget.number)));
    expect(root.querySelectorAll('#side-trail')).toHaveLength(1);
    expect(outlineRow(budget.number).contains(trail())).toBe(true);
    await vi.waitFor(() => expect(trail()!.querySelector('[data-empty="elsewhere"]')?.textContent).toBe('Ikke set i andre møder endnu'));
    expect(trail()!.querySelector('[data-list="elsewhere"]')).toBeNull();
  });

  it('follows the store: a meeting read while the trail is open shows up in it', async () => {
    await saveMeeting(db, OKU_URL, oku);
    const okuItem = oku.items.find((i) => i.caseNumbers.includes(CASE))!;
    const tabs = fakeTabs({ 5: summaryOf(OKU_URL, oku) }, 5);
    root = await mount(<SidePanel db={db} env={tabs.env} />);
    await vi.waitFor(() => expect(root!.querySelector(`.side-outline button[data-item="${okuItem.number}"]`)).not.toBeNull());
    await click(root.querySelector(`.side-outline button[data-item="${okuItem.number}"]`));
    await vi.waitFor(() => expect(trail()?.querySelector('[data-empty="elsewhere"]')).not.toBeNull());
    expect(trail()!.querySelector('[data-list="history"] [data-resolved]')).toBeNull();

    await saveMeeting(db, SSU_URL, ssu);
    await vi.waitFor(() => expect(trail()!.querySelectorAll('[data-list="elsewhere"] li')).toHaveLength(1));
    expect(trail()!.querySelectorAll('[data-list="history"] [data-resolved]')).toHaveLength(1);
  });

  it('follows the active tab: another tab\'s meeting replaces the outline and closes the trail', async () => {
    await saveMeeting(db, SSU_URL, ssu);
    await saveMeeting(db, OKU_URL, oku);
    const okuItem = oku.items.find((i) => i.caseNumbers.includes(CASE))!;
    const ssuItem = ssu.items.find((i) => i.caseNumbers.includes(CASE))!;
    const tabs = fakeTabs({ 5: summaryOf(OKU_URL, oku), 9: summaryOf(SSU_URL, ssu), 11: null }, 5);
    root = await mount(<SidePanel db={db} env={tabs.env} />);
    await vi.waitFor(() => expect(root!.querySelectorAll('.side-outline > li')).toHaveLength(oku.items.length));
    await click(root.querySelector(`.side-outline button[data-item="${okuItem.number}"]`));
    await vi.waitFor(() => expect(trail()).not.toBeNull());

    tabs.activate(9);
    await vi.waitFor(() => expect(root!.querySelector('h1')!.textContent).toContain(ssu.committee!));
    await vi.waitFor(() => expect(root!.querySelectorAll('.side-outline > li')).toHaveLength(ssu.items.length));
    expect(trail()).toBeNull();
    await click(root.querySelector(`.side-outline button[data-item="${ssuItem.number}"]`));
    expect(tabs.env.reveal).toHaveBeenLastCalledWith(9, ssuItem.number);
    // Seen from the first meeting, the other treatment is the later one.
    await vi.waitFor(() => expect(trail()?.querySelector('[data-list="elsewhere"] a')?.getAttribute('href')).toBe(deepLink(OKU_URL, okuItem.number)));

    // A tab without minutes: the panel says what to do.
    tabs.activate(11);
    await vi.waitFor(() => expect(root!.querySelector('[data-state="no-meeting"]')).not.toBeNull());
    expect(trail()).toBeNull();
  });
});
