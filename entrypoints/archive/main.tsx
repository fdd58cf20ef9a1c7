/** archive.html: index a municipality's archive through its FirstAgenda Publication portal's JSON API. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/styles.css';
import { openExtensionPage } from '../../lib/extension-pages/extension-page.ts';
import { ArchivePage } from '../../components/archive/ArchivePage.tsx';
import { t } from '../../lib/i18n/index.ts';

async function main(): Promise<void> {
  const db = await openExtensionPage();
  document.title = `${t('archive_heading')} – Sagsspor`;
  const pattern = (origin: string) => `${origin}/*`;
  render(
    <ArchivePage
      db={db}
      initialOrigin={new URLSearchParams(location.search).get('origin') ?? ''}
      env={{
        // The extension's own origin: the portal's API is reached with the host permission the user grants.
        fetch: (url, init) => fetch(url, { ...init, credentials: 'omit' }),
        requestAccess: (origin) => browser.permissions.request({ origins: [pattern(origin)] }),
        hasAccess: (origin) => browser.permissions.contains({ origins: [pattern(origin)] }),
      }}
    />,
    document.getElementById('app')!,
  );
}

void main();
