// @vitest-environment happy-dom
/**
 * One outcome palette everywhere: "Udsat" (postponed) has the same tone (pending, orange,
 * dashed) and symbol on the page's badge, in the popup's bookmark list and in the case view,
 * and the case view's decision bar takes the outcome's tone, not green for every decision.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CasePage } from '../../../components/case/CasePage.tsx';
import { OutcomeBadge } from '../../../components/OutcomeBadge.tsx';
import { Popup } from '../../../components/Popup.tsx';
import type { PopupEnv } from '../../../lib/extension-pages/popup-env.ts';
import { OUTCOME_SYMBOL, OUTCOME_TONE } from '../../../lib/theme/outcome-palette.ts';
import { parseText } from '../../../lib/parser/index.ts';
import { addBookmark } from '../../../lib/store/bookmarks.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { saveMeeting } from '../../../lib/store/meetings.ts';
import { municipalityKey } from '../../../lib/store/keys.ts';
import { freshDb, target } from '../store-helpers.ts';
import { mount, unmount, useLocale } from './popup-helpers.tsx';

const URL_A = 'https://dagsordener.sagsby.dk/vis/1';
// Modelled minutes: one postponed and one approved item.
const MINUTES = 'Referat\nSagsby Kommune\nØkonomiudvalget\nMødedato: 12.03.2025\n\n1. Plejeboliger på Lærkevej\nSagsnr.: 25-004711\nBeslutning\nUdsat til næste møde.\n\n2. Budget\nSagsnr.: 25-000001\nBeslutning\nGodkendt.\n';

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

function badgeOf(el: ParentNode): { tone: string; symbol: string; words: string } {
  const badge = el.querySelector<HTMLElement>('.badge[data-outcome]')!;
  const tone = [...badge.classList].find((c) => c.startsWith('tone-')) ?? '';
  const symbol = badge.querySelector('.sym[aria-hidden="true"]')?.textContent ?? '';
  return { tone, symbol, words: (badge.textContent ?? '').replace(symbol, '') };
}

const UDSAT = { tone: 'tone-pending', symbol: '‖', words: 'Udsat' };

describe('the outcome palette', () => {
  it('gives postponed the pending tone and its own symbol', () => {
    expect(OUTCOME_TONE.postponed).toBe('pending');
    expect(OUTCOME_SYMBOL.postponed).toBe('‖');
    expect(new Set(Object.values(OUTCOME_SYMBOL)).size).toBe(Object.keys(OUTCOME_SYMBOL).length);
  });

  it('"Udsat" looks the same on the page badge, in the popup and in the case view', async () => {
    root = await mount(<OutcomeBadge outcome="postponed" />);
    expect(badgeOf(root)).toEqual(UDSAT);
    await unmount(root);

    const t = target(1);
    t.item.outcome = 'postponed';
    await addBookmark(db, t);
    const env: PopupEnv = {
      activeTab: async () => null,
      pageSummary: async () => null,
      analyse: async () => null,
      reveal: async () => null,
      setAnnotations: async () => null,
      open: async () => undefined,
      openOptions: async () => undefined,
      allowSite: async () => false,
      openSidePanel: async () => undefined,
    };
    root = await mount(<Popup db={db} env={env} />);
    await vi.waitFor(() => expect(root!.querySelector('li.bookmark')).not.toBeNull());
    expect(badgeOf(root.querySelector('li.bookmark')!)).toEqual(UDSAT);
    await unmount(root);

    const meeting = parseText(MINUTES, { source: URL_A });
    expect(meeting.items.map((i) => i.outcome)).toEqual(['postponed', 'approved']);
    await saveMeeting(db, URL_A, meeting);
    root = await mount(<CasePage db={db} env={{ copy: async () => undefined, pageUrl: (p) => p }} search={`?m=${encodeURIComponent(municipalityKey(URL_A))}&c=25-004711`} />);
    await vi.waitFor(() => expect(root!.querySelector('li.treatment')).not.toBeNull());
    const treatment = root.querySelector('li.treatment')!;
    expect(badgeOf(treatment)).toEqual(UDSAT);
    // The decision bar's colour comes from the treatment's tone: pending, not the positive green.
    expect(treatment.classList.contains('tone-pending')).toBe(true);
    expect(treatment.classList.contains('tone-positive')).toBe(false);
  });
});
