/** case.html: one case across meetings (`?m=<municipality key>&c=<case number>`), or search across everything stored. */
import { render } from 'preact';
import '../../components/styles.css';
import { openExtensionPage } from '../../components/extension-page.ts';
import { CasePage } from '../../components/case/CasePage.tsx';
import { extensionPageUrl } from '../../components/case/page-url.ts';
import { t } from '../../lib/i18n.ts';
import { browserFollowEnv } from '../../components/follows/follow-env.ts';

async function main(): Promise<void> {
  const db = await openExtensionPage();
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
        follows: browserFollowEnv(),
      }}
    />,
    document.getElementById('app')!,
  );
}

void main();
