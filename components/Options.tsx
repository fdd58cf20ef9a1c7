/** The options page: sites, appearance, language, data. */
import { useEffect, useState } from 'preact/hooks';
import type { SagssporDB } from '../lib/store/db.ts';
import type { Locale } from '../lib/store/schemas.ts';
import { getSettings } from '../lib/store/settings.ts';
import { t } from '../lib/i18n.ts';
import { AppearanceSection } from './AppearanceSection.tsx';
import { DataSection } from './DataSection.tsx';
import { LanguageSection } from './LanguageSection.tsx';
import type { OptionsEnv } from './options-env.ts';
import { SitesSection } from './SitesSection.tsx';
import { applyAppearance } from './theme.ts';
import { useLiveQuery } from './use-live-query.ts';
import { FollowsSection } from './follows/FollowsSection.tsx';
import type { FollowEnv } from './follows/follow-env.ts';

interface Props {
  db: SagssporDB;
  env: OptionsEnv;
  now?: () => Date;
  /** The follows' section (absent: not shown). */
  follows?: FollowEnv;
}

export function Options({ db, env, now, follows }: Props) {
  const settings = useLiveQuery(() => getSettings(db), [db]).value;
  // Bumped when the language changes, so every text is drawn again in the new language.
  const [, setLanguageRound] = useState(0);
  useEffect(() => {
    if (settings) applyAppearance(settings);
  }, [settings]);
  const changeLanguage = async (locale: Locale) => {
    await env.loadLocale(locale);
    setLanguageRound((n) => n + 1);
  };
  if (!settings) return <p class="muted">{t('common_loading')}</p>;
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <p>
        <a href="/welcome.html" target="_blank" rel="noopener">
          {t('welcome_reopen')}
        </a>
      </p>
      <SitesSection env={env} />
      {follows ? <FollowsSection db={db} env={follows} /> : null}
      <AppearanceSection db={db} settings={settings} />
      <LanguageSection db={db} locale={settings.locale} onChanged={changeLanguage} />
      <DataSection db={db} env={env} {...(now ? { now } : {})} />
    </main>
  );
}
