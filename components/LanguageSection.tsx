/** Language of Sagsspor's own pages: Danish (default) or English. */
import type { SagssporDB } from '../lib/store/db.ts';
import { LocaleSchema, type Locale } from '../lib/store/tables/settings.ts';
import { setSetting } from '../lib/store/settings.ts';
import { t } from '../lib/i18n/index.ts';

interface Props {
  db: SagssporDB;
  locale: Locale;
  onChanged: (locale: Locale) => Promise<void>;
}

export function LanguageSection({ db, locale, onChanged }: Props) {
  const change = async (value: string) => {
    const next = LocaleSchema.parse(value);
    await setSetting(db, 'locale', next);
    await onChanged(next);
  };
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{t('language_heading')}</h2>
      <label>
        {t('language_label')}{' '}
        <select value={locale} onChange={(e) => void change(e.currentTarget.value)}>
          <option value="da">Dansk</option>
          <option value="en">English</option>
        </select>
      </label>
      <p class="muted">{t('language_note')}</p>
    </section>
  );
}
