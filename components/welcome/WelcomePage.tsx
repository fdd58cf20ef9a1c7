/**
 * The welcome page, opened once on install and again from the options: what Sagsspor does,
 * the municipalities whose portals work out of the box (searchable), how to add another site,
 * that nothing leaves the browser, and the keyboard shortcuts.
 */
import { useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/index.ts';
import { KNOWN_PORTAL_LIST as KNOWN_PORTALS } from '../../lib/portals/known-portals.ts';
import { plural } from '../../lib/i18n/plural.ts';
import { searchPortals } from '../../lib/portals/portal-lookup.ts';

export interface Shortcut {
  description: string;
  /** As the browser shows it ("Alt+Shift+N"); empty when none is set. */
  keys: string;
}

interface Props {
  shortcuts: readonly Shortcut[];
  openOptions: () => void;
  /** Where the browser lets the user change the shortcuts. */
  shortcutsPage: string;
}

export function WelcomePage({ shortcuts, openOptions, shortcutsPage }: Props) {
  const [query, setQuery] = useState('');
  const portals = useMemo(() => searchPortals(query), [query]);
  return (
    <main class="welcome-page">
      <header>
        <h1>{t('welcome_title')}</h1>
        <p class="lead">{t('welcome_lead')}</p>
      </header>

      <section aria-labelledby="welcome-what">
        <h2 id="welcome-what">{t('welcome_whatHeading')}</h2>
        <ul class="bullets">
          <li>{t('welcome_whatDecisions')}</li>
          <li>{t('welcome_whatCases')}</li>
          <li>{t('welcome_whatTrail')}</li>
          <li>{t('welcome_whatBookmarks')}</li>
          <li>{t('welcome_whatPdf')}</li>
        </ul>
      </section>

      <section aria-labelledby="welcome-portals">
        <h2 id="welcome-portals">{t('welcome_portalsHeading')}</h2>
        <p>{t('welcome_portalsIntro')}</p>
        <label>
          {t('welcome_portalsSearch')}
          <input type="search" value={query} placeholder={t('welcome_portalsPlaceholder')} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <p class="muted" role="status" data-testid="portal-count">
          {t('welcome_portalsCount', [plural('count_municipalities', portals.length), String(KNOWN_PORTALS.length)])}
        </p>
        {portals.length === 0 ? (
          <p class="empty">{t('welcome_portalsNone')}</p>
        ) : (
          <ul class="portal-list">
            {portals.map((p) => (
              <li key={p.host}>
                <strong>{p.municipality}</strong> <span class="muted">{p.host}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="welcome-other">
        <h2 id="welcome-other">{t('welcome_otherHeading')}</h2>
        <ol class="steps">
          <li>{t('welcome_otherOnce')}</li>
          <li>{t('welcome_otherAlways')}</li>
          <li>{t('welcome_otherOptions')}</li>
        </ol>
        <p>
          <button type="button" onClick={openOptions}>
            {t('welcome_openOptions')}
          </button>
        </p>
      </section>

      <section aria-labelledby="welcome-privacy">
        <h2 id="welcome-privacy">{t('welcome_privacyHeading')}</h2>
        <p>{t('welcome_privacy')}</p>
      </section>

      <section aria-labelledby="welcome-keys">
        <h2 id="welcome-keys">{t('welcome_keysHeading')}</h2>
        <table class="shortcuts">
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.description}>
                <td>{s.keys !== '' ? <kbd>{s.keys}</kbd> : <span class="muted">{t('welcome_keysNone')}</span>}</td>
                <td>{s.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted">{t('welcome_keysChange', shortcutsPage)}</p>
      </section>
    </main>
  );
}
