/** Appearance: decision colours, outline open by default, light/dark/system. */
import type { SagssporDB } from '../lib/store/db.ts';
import { DEFAULT_SETTINGS, type Colours, type Settings } from '../lib/store/tables/settings.ts';
import { setSetting } from '../lib/store/settings.ts';
import { t } from '../lib/i18n/index.ts';

interface Props {
  db: SagssporDB;
  settings: Settings;
}

const COLOUR_KEYS: (keyof Colours)[] = ['positive', 'negative', 'neutral', 'bookmark'];

export function AppearanceSection({ db, settings }: Props) {
  return (
    <section aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">{t('appearance_heading')}</h2>
      <label>
        {t('appearance_theme')}{' '}
        <select value={settings.theme} onChange={(e) => void setSetting(db, 'theme', e.currentTarget.value as Settings['theme'])}>
          <option value="system">{t('appearance_themeSystem')}</option>
          <option value="light">{t('appearance_themeLight')}</option>
          <option value="dark">{t('appearance_themeDark')}</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={settings.outlineOpen} onChange={(e) => void setSetting(db, 'outlineOpen', e.currentTarget.checked)} />{' '}
        {t('appearance_outlineOpen')}
      </label>
      <fieldset>
        <legend>{t('appearance_colours')}</legend>
        {COLOUR_KEYS.map((key) => (
          <label key={key} class="row colour-row">
            <input
              type="color"
              value={settings.colours[key]}
              onChange={(e) => void setSetting(db, 'colours', { ...settings.colours, [key]: e.currentTarget.value.toLowerCase() })}
            />
            {t(`appearance_colour_${key}`)}
          </label>
        ))}
        <button type="button" class="link" onClick={() => void setSetting(db, 'colours', DEFAULT_SETTINGS.colours)}>
          {t('appearance_resetColours')}
        </button>
      </fieldset>
    </section>
  );
}
