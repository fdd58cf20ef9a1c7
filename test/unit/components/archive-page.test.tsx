// @vitest-environment happy-dom
/**
 * The archive page as a user meets it: a municipality's name finds its portal, the wait for the
 * browser's permission is shown, and every failure is told in words with the technical reason
 * under a disclosure (unreachable, not a FirstAgenda portal, permission refused, server error).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArchivePage, type ArchiveEnv } from '../../../components/archive/ArchivePage.tsx';
import type { FetchLike } from '../../../lib/systems/firstagenda/archive/api.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { freshDb } from '../store-helpers.ts';
import { click, mount, type, unmount, useLocale } from './popup-helpers.tsx';

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

function env(fetch: FetchLike, requestAccess: ArchiveEnv['requestAccess'] = async () => true): ArchiveEnv {
  return { fetch, requestAccess, hasAccess: async () => false };
}

const answer = (status: number, body = ''): Awaited<ReturnType<FetchLike>> => ({ ok: status < 400, status, text: async () => body });

async function ask(e: ArchiveEnv, typed: string): Promise<HTMLElement> {
  root = await mount(<ArchivePage db={db} env={e} />);
  await type(root.querySelector('#archive-address'), typed);
  await click(root.querySelector('form.archive-address button[type=submit]'));
  return root;
}

const alertOf = async (r: HTMLElement) =>
  vi.waitFor(() => {
    const alert = r.querySelector<HTMLElement>('[data-testid=archive-error]');
    if (!alert) throw new Error('no alert yet');
    return { words: alert.querySelector('p')?.textContent ?? '', details: alert.querySelector('details'), all: alert.textContent ?? '' };
  });

describe('archive page', () => {
  it('finds the portal from a municipality name, and shows that it waits for the permission', async () => {
    let grant: (ok: boolean) => void = () => undefined;
    const requestAccess = vi.fn(() => new Promise<boolean>((resolve) => (grant = resolve)));
    const r = await ask(env(async () => answer(200, '{}'), requestAccess), 'Lejre Kommune');
    expect(requestAccess).toHaveBeenCalledWith('https://dagsordener.lejre.dk');
    expect(r.querySelector('[data-testid=archive-found]')?.textContent).toBe('Lejre Kommunes portal: https://dagsordener.lejre.dk');
    await vi.waitFor(() => expect(r.querySelector('[role=status]')?.textContent).toContain('Venter på din tilladelse til at læse portalen'));
    grant(false);
    const alert = await alertOf(r);
    expect(alert.words).toBe('Sagsspor fik ikke lov til at læse portalen. Klik på »Hent udvalg« igen, og vælg »Tillad«, når browseren spørger.');
    expect(r.querySelector('[role=status]')).toBeNull();
  });

  it('an unreachable portal: words, and the browser\'s "Failed to fetch" only under the disclosure', async () => {
    const r = await ask(env(async () => Promise.reject(new TypeError('Failed to fetch'))), 'https://dagsordener.lejre.dk');
    const alert = await alertOf(r);
    expect(alert.words).toBe('Portalen svarer ikke. Tjek adressen og internetforbindelsen, og prøv igen.');
    expect(alert.words).not.toContain('Failed to fetch');
    expect(alert.details?.open).toBe(false);
    expect(alert.details?.textContent).toContain('Failed to fetch');
  });

  it('a site that is not a FirstAgenda portal (HTTP 404, or an HTML page) says so', async () => {
    let r = await ask(env(async () => answer(404, 'Not found')), 'www.example.org');
    let alert = await alertOf(r);
    expect(alert.words).toContain('det er ikke en FirstAgenda-portal');
    expect(alert.details?.textContent).toContain('HTTP 404');
    await unmount(r);
    r = await ask(env(async () => answer(200, '<html>Forside</html>')), 'www.example.org');
    alert = await alertOf(r);
    expect(alert.words).toContain('det er ikke en FirstAgenda-portal');
  });

  it('a server error says to try again later', async () => {
    const r = await ask(env(async () => answer(503)), 'dagsordener.lejre.dk');
    const alert = await alertOf(r);
    expect(alert.words).toBe('Portalen har en fejl på sin server lige nu. Prøv igen senere.');
    expect(alert.details?.textContent).toContain('HTTP 503');
  });

  it('a name it does not know asks for the address instead, without asking for any permission', async () => {
    const requestAccess = vi.fn(async () => true);
    const r = await ask(env(async () => answer(200), requestAccess), 'Sagsby');
    const alert = await alertOf(r);
    expect(alert.words).toBe('Sagsspor kender ingen portal for »Sagsby«. Skriv portalens adresse, fx https://dagsordener.lejre.dk.');
    expect(requestAccess).not.toHaveBeenCalled();
  });
});
