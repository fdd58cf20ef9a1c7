// @vitest-environment happy-dom
/** The case page: one case's treatments from two real minutes, a manual link, "Kopiér som tekst", and search. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { CasePage, type CaseEnv } from '../../../components/case/CasePage.tsx';
import type { Meeting } from '../../../lib/model.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { deepLink, itemId, meetingId } from '../../../lib/store/keys.ts';
import { addLink } from '../../../lib/store/links.ts';
import { saveMeeting } from '../../../lib/store/meetings.ts';
import { describeShared } from '../../shared.ts';
import { seedMeeting } from '../../fake-firstagenda/server.ts';
import { freshDb } from '../store-helpers.ts';
import { button, click, mount, type, unmount, useLocale } from './popup-helpers.tsx';

const CASE = '24-002111';
const URL_A = 'https://dagsordener.lejre.dk/a';
const URL_B = 'https://dagsordener.lejre.dk/b';

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
}

describeShared('case page', () => {
  let db: SagssporDB;
  let a: Meeting;
  let b: Meeting;
  let root: HTMLElement | null = null;
  const copied: string[] = [];
  const env: CaseEnv = { copy: async (text) => void copied.push(text), pageUrl: (p) => `chrome-extension://x${p}` };

  beforeEach(async () => {
    useLocale('da');
    db = freshDb();
    a = seedMeeting('000_eae494ec270a50b3');
    b = seedMeeting('003_ba268f17f18e87f4');
    await saveMeeting(db, URL_A, a);
    await saveMeeting(db, URL_B, b);
    copied.length = 0;
  });
  afterEach(async () => {
    if (root) await unmount(root);
    root = null;
    vi.restoreAllMocks();
  });

  it('shows both treatments newest first with links to the items, the manual link, and copies the case as text', async () => {
    const itemA = a.items.find((i) => i.caseNumbers.includes(CASE))!;
    const itemB = b.items.find((i) => i.caseNumbers.includes(CASE))!;
    const other = b.items.find((i) => !i.caseNumbers.includes(CASE))!;
    const ref = (m: Meeting) => ({ municipality: m.municipality, committee: m.committee, date: m.date, kind: m.kind });
    await addLink(db, { url: URL_A, meeting: ref(a), itemNumber: itemA.number }, { itemId: itemId(meetingId(ref(b), URL_B), other.number) }, 'Samme tilsyn');

    root = await mount(<CasePage db={db} env={env} search={`?m=lejre&c=${CASE}`} />);
    await until(() => root!.querySelectorAll('li.treatment').length === 2);
    const rows = [...root.querySelectorAll('li.treatment')];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain(b.committee!);
    expect(rows[1]!.textContent).toContain(a.committee!);
    expect(rows[1]!.querySelector(`a[href="${deepLink(URL_A, itemA.number)}"]`)).not.toBeNull();
    expect(rows[0]!.querySelector(`a[href="${deepLink(URL_B, itemB.number)}"]`)).not.toBeNull();
    expect(rows[1]!.textContent).toContain('Samme tilsyn');
    expect(rows[1]!.textContent).toContain(other.title);

    await click(button(root, 'Kopiér som tekst'));
    await until(() => copied.length > 0);
    expect(copied[0]).toContain(`Sag ${CASE}`);
    expect(copied[0]).toContain(itemA.decision!);
    expect(copied[0]).toContain(deepLink(URL_B, itemB.number));
    expect(copied[0]!.indexOf(b.committee!)).toBeLessThan(copied[0]!.indexOf(a.committee!));
  });

  it('searches everything stored and links each hit to its case', async () => {
    root = await mount(<CasePage db={db} env={env} search="" />);
    await until(() => root!.querySelector('p.count') !== null);
    await type(root.querySelector('input[type="search"]'), CASE);
    await until(() => root!.querySelectorAll('ul.search-hits > li').length === 2);
    expect(root.querySelectorAll('ul.search-hits > li')).toHaveLength(2);
    expect(root.querySelector(`a[href="chrome-extension://x/case.html?m=lejre&c=${CASE}"]`)).not.toBeNull();
  });
});
