/** Actions on several selected bookmarks: add or remove a tag, delete. */
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n/index.ts';

interface Props {
  count: number;
  onTag: (add: string[], remove: string[]) => Promise<void>;
  onDelete: () => void;
  onClear: () => void;
}

export function BulkBar({ count, onTag, onDelete, onClear }: Props) {
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = async (add: boolean) => {
    const name = tag.trim();
    if (name === '') return;
    setError(null);
    try {
      await onTag(add ? [name] : [], add ? [] : [name]);
      setTag('');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section class="bulk card" aria-label={t('bulk_heading')}>
      <p>{t('bulk_selected', count)}</p>
      <div class="row">
        <input type="text" value={tag} placeholder={t('bulk_tagPlaceholder')} aria-label={t('bulk_tagPlaceholder')} onInput={(e) => setTag(e.currentTarget.value)} />
        <button type="button" onClick={() => void run(true)}>
          {t('bulk_addTag')}
        </button>
        <button type="button" onClick={() => void run(false)}>
          {t('bulk_removeTag')}
        </button>
      </div>
      <div class="row">
        <button type="button" class="danger" onClick={onDelete}>
          {t('bulk_delete', count)}
        </button>
        <button type="button" class="link" onClick={onClear}>
          {t('bulk_clear')}
        </button>
      </div>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </section>
  );
}
