/** Note and tags of one bookmark, edited in place. */
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n/index.ts';
import { splitTags } from '../lib/store/keys.ts';

interface Props {
  note: string;
  tags: readonly string[];
  onSave: (note: string, tags: string[]) => Promise<void>;
  onCancel: () => void;
}

export function TagEditor({ note, tags, onSave, onCancel }: Props) {
  const [noteText, setNoteText] = useState(note);
  const [tagText, setTagText] = useState(tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave(noteText, splitTags(tagText));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form class="editor" onSubmit={save}>
      <label>
        {t('bookmark_note')}
        <textarea rows={3} value={noteText} onInput={(e) => setNoteText(e.currentTarget.value)} />
      </label>
      <label>
        {t('bookmark_tags')}
        <input type="text" value={tagText} placeholder={t('bookmark_tagsHint')} onInput={(e) => setTagText(e.currentTarget.value)} />
      </label>
      {error ? <p class="error" role="alert">{t('bookmark_saveFailed', error)}</p> : null}
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          {t('common_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </form>
  );
}
