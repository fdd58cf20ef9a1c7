/** case.html: one case across meetings (`?m=<municipality key>&c=<case number>`), or search across everything stored. */
import { render } from 'preact';
import '../../components/styles.css';
import { CasePage } from '../../components/case/CasePage.tsx';
import { extensionPageUrl } from '../../components/case/page-url.ts';
import { applyAppearance } from '../../components/theme.ts';
import { loadLocale, t } from '../../lib/i18n.ts';
import { openDb } from '../../lib/store/db.ts';
import { getSettings } from '../../lib/store/settings.ts';

async function main(): Promise<void> {
  const db = openDb();
  const settings = await getSettings(db).catch(() => null);
  if (settings) {
    applyAppearance(settings);
    await loadLocale(settings.locale);
  }
  const params = new URLSearchParams(location.search);
  const c = params.get('c');
  document.title = c ? `${t('case_heading', [c, ''])} – Sagsspor` : `${t('case_searchHeading')} – Sagsspor`;
  render(
    <CasePage
      db={db}
      search={location.search}
      env={{
        copy: (text) => navigator.clipboard.writeText(text),
        pageUrl: extensionPageUrl,
      }}
    />,
    document.getElementById('app')!,
  );
}

void main();
