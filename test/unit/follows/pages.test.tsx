// @vitest-environment happy-dom
/**
 * The follows on Sagsspor's pages, through the background's real handlers over a test store:
 * the popup's "Nyt" list (a click opens the deep link and marks read), each follow's state in
 * words (last check, next check, permission, three failures in a row), "Giv adgang" asking the
 * browser from the click, rename and stop; the options' settings; "Følg sagen" on a decision
 * bar; the side panel's "Følg udvalget"; the case view's "Følg sagen" and the search's
 * "Følg søgningen".
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FollowEnv, Permissions } from '../../../components/follows/follow-env.ts';
import { followMessaging } from '../../../components/follows/follow-env.ts';
import { FollowsPanel } from '../../../components/follows/FollowsPanel.tsx';
import { FollowsSection } from '../../../components/follows/FollowsSection.tsx';
import { CasePage } from '../../../components/case/CasePage.tsx';
import { DecisionBar } from '../../../components/page/DecisionBar.tsx';
import { SidePanel, type SidePanelEnv } from '../../../components/sidepanel/SidePanel.tsx';
import { caseFollowClient } from '../../../lib/follows/case-follows.ts';
import { followRouter } from '../../../lib/follows/messages.ts';
import type { FollowTarget, NewsRow } from '../../../lib/follows/model.ts';
import { addFollow, listFollows, loadFollowSettings, savePortalState, freshPortalState } from '../../../lib/follows/store.ts';
import { PageBookmarks } from '../../../lib/page/bookmark-state.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { saveMeeting } from '../../../lib/store/meetings.ts';
import type { Sender } from '../../../lib/messages-core.ts';
import { extensionSender, pageSender } from '../sender-helpers.ts';
import { freshDb, item, meeting } from '../store-helpers.ts';
import { button, click, mount, type, unmount, useLocale } from '../popup-helpers.tsx';
import { Clock, followHandlers } from './helpers.ts';

const NOW = new Date('2026-05-04T08:00:00.000Z');
const PORTAL = 'https://dagsordener.lejre.dk';
const CASE: FollowTarget = { kind: 'case', municipalityKey: 'lejre', municipality: 'Lejre', portal: PORTAL, caseNumber: '24-002111' };

let db: SagssporDB;
let container: HTMLElement | null = null;
const text = () => container?.textContent ?? '';

interface TestEnv extends FollowEnv {
  opened: string[];
  requests: { origins: string[]; notifications: boolean }[];
  granted: Permissions;
}

/** A FollowEnv over the real handlers; the browser's permissions and tabs are fakes. */
function testEnv(granted: Permissions = { origins: ['*://*/*'], notifications: true }, sender: Sender = extensionSender()): TestEnv {
  const state = { granted: { ...granted } };
  const { handlers } = followHandlers(db, new Clock(NOW));
  const router = followRouter(handlers);
  const listeners = new Set<() => void>();
  const env: TestEnv = {
    ...followMessaging((m) => router(m, sender) as Promise<unknown>),
    opened: [],
    requests: [],
    get granted() {
      return state.granted;
    },
    permissions: async () => state.granted,
    request: vi.fn(async (wanted: { origins: string[]; notifications: boolean }) => {
      env.requests.push(wanted);
      state.granted = { origins: [...state.granted.origins, ...wanted.origins], notifications: state.granted.notifications || wanted.notifications };
      for (const l of listeners) l();
      return true;
    }),
    onPermissionsChanged: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    open: async (url) => void env.opened.push(url),
  };
  return env;
}

function news(id: string, followId: string, over: Partial<NewsRow> = {}): NewsRow {
  const at = NOW.toISOString();
  return {
    id, key: `k-${id}`, followId, followName: null, followKind: 'case', municipalityKey: 'lejre', municipality: 'Lejre', meetingId: 'lejre|2026-05-10|byrådet', committee: 'Byrådet', meetingDate: '2026-05-10', meetingKind: 'referat',
    itemNumber: 3, title: 'Plejeboliger på Lærkevej', caseNumbers: ['24-002111'], decision: 'Godkendt.', outcome: 'approved', change: 'decision', url: `${PORTAL}/vis?Referat-Byraadet&id=1`, link: `${PORTAL}/vis?Referat-Byraadet&id=1#sagsspor-item=3`,
    unread: 1, createdAt: at, updatedAt: at, readAt: null, notifiedAt: at, ...over,
  };
}

beforeEach(() => {
  db = freshDb();
  useLocale('da');
});
afterEach(async () => {
  if (container) await unmount(container);
  container = null;
});

describe('the popup\'s follows', () => {
  it('shows "Nyt" with the unread count; a click opens the item on the portal and marks it read', async () => {
    const { follow } = await addFollow(db, CASE, null, NOW);
    await db.news.add(news('n1', follow.id));
    const env = testEnv();
    container = await mount(<FollowsPanel db={db} env={env} />);
    await vi.waitFor(() => expect(container!.querySelector('[data-testid=news-count]')?.textContent).toBe('1'));
    const entry = container.querySelector('li.news-entry')!;
    expect(entry.hasAttribute('data-unread')).toBe(true);
    expect(entry.querySelector('.news-change')!.textContent).toBe('Nu med beslutning: Godkendt');
    expect(entry.querySelector('.chip')!.textContent).toBe('Sag 24-002111 · Lejre');
    expect(entry.querySelector('.news-place')!.textContent).toContain('Byrådet · 10. maj 2026 · punkt 3');
    await click(entry.querySelector('[data-action=open-news]'));
    await vi.waitFor(() => expect(env.opened).toEqual([`${PORTAL}/vis?Referat-Byraadet&id=1#sagsspor-item=3`]));
    await vi.waitFor(() => expect(container!.querySelector('li.news-entry')!.hasAttribute('data-unread')).toBe(false));
    expect(text()).toContain('Alt er læst.');
    expect(container.querySelector('[data-testid=news-count]')).toBeNull();
  });

  it('every follow shows its last check, next check and permission; three failures in a row are told outside the list', async () => {
    const ok = await addFollow(db, CASE, 'Lærkevej', NOW);
    const failing = await addFollow(db, { ...CASE, caseNumber: '24-009999', portal: 'https://dagsordener.roskilde.dk', municipalityKey: 'roskilde', municipality: 'Roskilde' }, null, new Date(NOW.getTime() + 1000));
    await db.follows.update(ok.follow.id, { lastCheck: { at: '2026-05-04T06:05:00.000Z', status: 'ok', newCount: 2, error: null } });
    await db.follows.update(failing.follow.id, { lastCheck: { at: '2026-05-04T06:06:00.000Z', status: 'failed', newCount: 0, error: { code: 'timeout', detail: 'no answer within 30 s', portal: 'https://dagsordener.roskilde.dk' } } });
    await savePortalState(db, { ...freshPortalState('https://dagsordener.roskilde.dk'), failuresInARow: 3, retryAt: '2026-05-05T06:06:00.000Z', retryReason: 'backoff' });
    await db.settings.put({ key: 'follow-schedule', value: { nextAt: '2026-05-04T12:00:00.000Z', intervalHours: 6 } });
    container = await mount(<FollowsPanel db={db} env={testEnv({ origins: [`${PORTAL}/*`], notifications: true })} />);
    await vi.waitFor(() => expect(container!.querySelectorAll('li.follow')).toHaveLength(2));
    const [first, second] = [...container.querySelectorAll('li.follow')] as HTMLElement[];
    const field = (li: HTMLElement, f: string) => li.querySelector(`[data-field=${f}]`)?.textContent;
    expect(first!.querySelector('strong')!.textContent).toBe('Lærkevej');
    expect(field(first!, 'last-check')).toMatch(/^Sidst tjekket 4\. maj 2026 kl\. \d\d[.:]05: 2 nye$/);
    expect(field(first!, 'next-check')).toMatch(/^Næste tjek: 4\. maj 2026 kl\. \d\d[.:]00$/);
    expect(field(first!, 'access')).toBe('Adgang til dagsordener.lejre.dk: givet');
    expect(field(second!, 'last-check')).toMatch(/fejlede: dagsordener\.roskilde\.dk svarede ikke i tide$/);
    expect(second!.querySelector('details.technical')!.textContent).toContain('no answer within 30 s');
    expect(field(second!, 'failing')).toBe('dagsordener.roskilde.dk har fejlet 3 tjek i træk.');
    // Backing off: the next check that asks it is the first scheduled one after its wait.
    expect(field(second!, 'next-check')).toMatch(/^Næste tjek: 5\. maj 2026/);
    expect(field(second!, 'access')).toBe('Sagsspor mangler adgang til dagsordener.roskilde.dk og kan ikke tjekke.');
    // Told even with the list folded away.
    expect(container.querySelector('[data-testid=follow-failing]')!.textContent).toBe('Sag 24-009999 · Roskilde: portalen har fejlet 3 tjek i træk.');
    expect(container.querySelector('[data-testid=follow-missing-access]')!.textContent).toContain('1 ting, du følger, kan ikke tjekkes');
  });

  it('"Giv adgang" asks the browser for the portal from the click; rename and stop', async () => {
    const { follow } = await addFollow(db, CASE, null, NOW);
    const env = testEnv({ origins: [], notifications: true });
    container = await mount(<FollowsPanel db={db} env={env} />);
    await vi.waitFor(() => expect(container!.querySelector('[data-action=allow]')).not.toBeNull());
    await click(container.querySelector('[data-action=allow]'));
    expect(env.requests).toEqual([{ origins: [`${PORTAL}/*`], notifications: false }]);
    await vi.waitFor(() => expect(container!.querySelector('[data-field=access]')!.textContent).toBe('Adgang til dagsordener.lejre.dk: givet'));

    await click(container.querySelector('[data-action=rename]'));
    const input = container.querySelector('form[aria-label=Omdøb] input')!;
    await type(input, 'Plejeboligerne');
    await click(button(container, 'Gem'));
    await vi.waitFor(() => expect(container!.querySelector('li.follow strong')!.textContent).toBe('Plejeboligerne'));
    expect((await listFollows(db))[0]!.name).toBe('Plejeboligerne');

    await click(container.querySelector('[data-action=unfollow]'));
    await vi.waitFor(() => expect(container!.querySelectorAll('li.follow')).toHaveLength(0));
    expect(await listFollows(db)).toEqual([]);
    expect(follow.id).toBeTruthy();
  });

  it('asks to allow notifications once something is followed, or switches them off', async () => {
    await addFollow(db, CASE, null, NOW);
    const env = testEnv({ origins: ['*://*/*'], notifications: false });
    container = await mount(<FollowsPanel db={db} env={env} />);
    await vi.waitFor(() => expect(container!.querySelector('[data-testid=notify-ask]')).not.toBeNull());
    await click(container.querySelector('[data-action=no-notifications]'));
    await vi.waitFor(() => expect(container!.querySelector('[data-testid=notify-ask]')).toBeNull());
    expect((await loadFollowSettings(db)).notify).toBe(false);
  });

  it('follows a committee of a municipality typed as people say it, from the portal\'s own list', async () => {
    const env = testEnv({ origins: [], notifications: true });
    env.send = (async (request: { type: string }) => {
      if (request.type === 'portal-committees') return { committees: [{ id: 'c1', name: 'Byrådet' }, { id: 'c2', name: 'Økonomiudvalget' }] };
      return followMessaging(env.transport).send(request as never);
    }) as FollowEnv['send'];
    container = await mount(<FollowsSection db={db} env={env} />);
    await vi.waitFor(() => expect(container!.querySelector('form.add-follow')).not.toBeNull());
    const form = container.querySelector('form.add-follow')!;
    await type(form.querySelector('input[list]'), 'Lejre Kommune');
    expect(form.textContent).toContain('dagsordener.lejre.dk');
    await click(form.querySelector('[data-action=load-committees]'));
    expect(env.requests).toEqual([{ origins: [`${PORTAL}/*`], notifications: false }]);
    await vi.waitFor(() => expect(form.querySelector('select')).not.toBeNull());
    await type(form.querySelector('select'), 'c2', 'change');
    await click(form.querySelector('[data-action=add-follow]'));
    await vi.waitFor(async () => expect((await listFollows(db)).map((f) => f.target)).toEqual([{ kind: 'committee', municipalityKey: 'lejre', municipality: 'Lejre', portal: PORTAL, committee: 'Økonomiudvalget', committeeId: 'c2' }]));
    await vi.waitFor(() => expect(text()).toContain('Følges nu.'));
  });

  it('the options set how often to check, never under an hour', async () => {
    await addFollow(db, CASE, null, NOW);
    container = await mount(<FollowsSection db={db} env={testEnv()} />);
    await vi.waitFor(() => expect(container!.querySelector('select[data-setting=interval]')).not.toBeNull());
    const select = container.querySelector('select[data-setting=interval]') as HTMLSelectElement;
    expect(select.value).toBe('6');
    expect([...select.options].map((o) => o.textContent)).toEqual(['hver time', 'hver 2. time', 'hver 3. time', 'hver 6. time', 'hver 12. time', 'hver 24. time', 'hver 48. time', 'hver 168. time']);
    await type(select, '12', 'change');
    await vi.waitFor(async () => expect((await loadFollowSettings(db)).intervalHours).toBe(12));
  });
});

describe('"Følg …" where a thing is shown', () => {
  it('the decision bar follows the item\'s case for its page, and says when the portal may not be asked', async () => {
    const url = `${PORTAL}/vis?Referat-Byraadet&id=1`;
    const { handlers, grant } = followHandlers(db, new Clock(NOW));
    grant([]);
    const router = followRouter(handlers);
    const client = caseFollowClient((m) => router(m, pageSender(url)) as Promise<unknown>);
    const bookmarks = new PageBookmarks(null, { meeting: meeting(), items: [] } as never, url);
    container = await mount(<DecisionBar item={item(3, { caseNumbers: ['24-002111'] })} bookmarks={bookmarks} follow={{ client, place: { url } }} />);
    const follow = () => container!.querySelector('[data-action=follow-case]')!;
    await vi.waitFor(() => expect(follow().textContent).toContain('Følg sagen'));
    expect(follow().getAttribute('aria-pressed')).toBe('false');
    await click(follow());
    await vi.waitFor(() => expect(follow().getAttribute('aria-pressed')).toBe('true'));
    expect(follow().textContent).toContain('Følger sagen');
    expect(container.querySelector('[data-follow-note=access]')!.textContent).toContain('Sagsspor mangler adgang til portalen');
    expect((await listFollows(db)).map((f) => f.target)).toEqual([{ ...CASE }]);
    await click(follow());
    await vi.waitFor(() => expect(follow().getAttribute('aria-pressed')).toBe('false'));
    expect(await listFollows(db)).toEqual([]);
  });

  it('the case view follows the case of its municipality, asking for the portal and notifications from the click', async () => {
    await saveMeeting(db, `${PORTAL}/vis?Referat-x&id=1`, meeting({ items: [item(1, { caseNumbers: ['24-002111'] })] }));
    const env = testEnv({ origins: [], notifications: false });
    container = await mount(<CasePage db={db} env={{ copy: async () => undefined, pageUrl: (p) => p, follows: env }} search="?m=lejre&c=24-002111" />);
    const follow = () => container!.querySelector('[data-action=follow-case]');
    await vi.waitFor(() => expect(follow()?.getAttribute('aria-pressed')).toBe('false'));
    await click(follow());
    expect(env.requests).toEqual([{ origins: [`${PORTAL}/*`], notifications: true }]);
    await vi.waitFor(() => expect(follow()?.getAttribute('aria-pressed')).toBe('true'));
    expect((await listFollows(db))[0]!.target).toEqual(CASE);
  });

  it('the search view follows its words in the filtered municipality and outcome', async () => {
    await saveMeeting(db, `${PORTAL}/vis?Referat-x&id=1`, meeting({ items: [item(1, { title: 'Plejeboliger på Lærkevej', caseNumbers: ['24-002111'] })] }));
    const env = testEnv();
    container = await mount(<CasePage db={db} env={{ copy: async () => undefined, pageUrl: (p) => p, follows: env }} search="?q=plejeboliger" />);
    await vi.waitFor(() => expect(container!.querySelector('[data-action=follow-search]')).not.toBeNull());
    const selects = [...container.querySelectorAll('fieldset.search-filters select')] as HTMLSelectElement[];
    await type(selects[0], 'lejre', 'change');
    await type(selects[2], 'approved', 'change');
    await click(container.querySelector('[data-action=follow-search]'));
    await vi.waitFor(() => expect(container!.querySelector('[data-action=follow-search]')!.getAttribute('aria-pressed')).toBe('true'));
    expect((await listFollows(db))[0]!.target).toEqual({ kind: 'search', municipalityKey: 'lejre', municipality: 'Lejre', portal: PORTAL, words: 'plejeboliger', outcomes: ['approved'] });
  });

  it('the side panel follows the meeting\'s committee', async () => {
    const url = `${PORTAL}/vis?Referat-x&id=1`;
    await saveMeeting(db, url, meeting());
    const sideEnv: SidePanelEnv = {
      activeTabId: async () => 3,
      pageSummary: async () => ({ url, title: 'Referat', analysed: true, meeting: { municipality: 'Lejre', committee: 'Økonomiudvalget', date: '2024-03-12', kind: 'referat' }, itemCount: 3, decisionCount: 3, caseNumberCount: 3, bookmarkedCount: 0, annotationsOn: true }),
      reveal: async () => undefined,
      onTabChange: () => () => undefined,
      open: async () => undefined,
    };
    container = await mount(<SidePanel db={db} env={sideEnv} follows={testEnv()} />);
    await vi.waitFor(() => expect(container!.querySelector('[data-action=follow-committee]')).not.toBeNull());
    await click(container.querySelector('[data-action=follow-committee]'));
    await vi.waitFor(async () => expect((await listFollows(db)).map((f) => f.target)).toEqual([{ kind: 'committee', municipalityKey: 'lejre', municipality: 'Lejre', portal: PORTAL, committee: 'Økonomiudvalget', committeeId: null }]));
    await vi.waitFor(() => expect(container!.querySelector('[data-action=follow-committee]')!.textContent).toContain('Følger udvalget'));
    // The side panel has the "Nyt" list too.
    expect(container.querySelector('[data-testid=follows-panel]')).not.toBeNull();
  });
});
