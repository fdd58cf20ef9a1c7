/** "Deleted — Undo" for a few seconds after a delete. */
import { t } from '../lib/i18n/index.ts';

interface Props {
  count: number;
  onUndo: () => void;
  onDismiss: () => void;
}

export function UndoToast({ count, onUndo, onDismiss }: Props) {
  return (
    <div class="toast" role="status">
      <span>{t('undo_deleted', count)}</span>
      <button type="button" class="primary" onClick={onUndo}>
        {t('undo_undo')}
      </button>
      <button type="button" class="link" aria-label={t('common_close')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
