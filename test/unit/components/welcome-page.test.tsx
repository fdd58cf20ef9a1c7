// @vitest-environment happy-dom
/** The welcome page: the portal list narrows as the user types a municipality, in Danish and English. */
import { afterEach, describe, expect, it } from 'vitest';
import { WelcomePage } from '../../../components/welcome/WelcomePage.tsx';
import { KNOWN_PORTAL_LIST as KNOWN_PORTALS } from '../../../lib/portals/known-portals.ts';
import { mount, type, unmount, useLocale } from './popup-helpers.tsx';

let root: HTMLElement | null = null;
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
});

const shortcuts = [{ description: 'Næste beslutning', keys: 'Alt+Shift+N' }, { description: 'Vis/skjul oversigt', keys: '' }];

describe('welcome page', () => {
  it('lists every known portal, finds one by name, and says when none fits', async () => {
    useLocale('da');
    root = await mount(<WelcomePage shortcuts={shortcuts} openOptions={() => undefined} shortcutsPage="chrome://extensions/shortcuts" />);
    const rows = () => root!.querySelectorAll('.portal-list li');
    expect(rows()).toHaveLength(KNOWN_PORTALS.length);
    await type(root.querySelector('input[type=search]'), 'Lejre Kommune');
    expect([...rows()].map((r) => r.textContent)).toEqual(['Lejre dagsordener.lejre.dk']);
    expect(root.querySelector('[data-testid=portal-count]')?.textContent).toBe(`Viser 1 kommune af ${KNOWN_PORTALS.length}`);
    await type(root.querySelector('input[type=search]'), 'Sagsby');
    expect(rows()).toHaveLength(0);
    expect(root.textContent).toContain('Ingen kendt portal for den kommune.');
    // Shortcuts: the keys as set, "ingen" where none is.
    expect(root.querySelector('.shortcuts')?.textContent).toBe('Alt+Shift+NNæste beslutningingenVis/skjul oversigt');
    expect(root.textContent).toContain('Genvejene ændres på chrome://extensions/shortcuts.');
  });

  it('speaks English', async () => {
    useLocale('en');
    root = await mount(<WelcomePage shortcuts={shortcuts} openOptions={() => undefined} shortcutsPage="about:addons" />);
    expect(root.querySelector('h1')?.textContent).toBe('Welcome to Sagsspor');
    expect(root.textContent).toContain('Nothing leaves the browser');
    await type(root.querySelector('input[type=search]'), 'aarhus');
    expect(root.querySelector('[data-testid=portal-count]')?.textContent).toBe(`Showing 1 municipality of ${KNOWN_PORTALS.length}`);
  });
});
