/** One bookmark in the popup list: what was decided, its tags and note, and what can be done with it. */
import { useState } from 'preact/hooks';
import type { BookmarkView } from '../lib/store/tables/bookmarks.ts';
import { t } from '../lib/i18n/index.ts';
import { TagEditor } from './TagEditor.tsx';
import { safeLink } from '../lib/net/safe-link.ts';
import { localPdfName } from '../lib/extension-pages/reader-path.ts';
import { OutcomeBadge } from './OutcomeBadge.tsx';

export type OpenNotice = 'not-found' | null;

interface Props {
  bookmark: BookmarkView;
  selected: boolean;
  notice: OpenNotice;
  onSelect: (id: string, selected: boolean) => void;
  onOpen: (bookmark: BookmarkView) => void;
  onDelete: (bookmark: BookmarkView) => void;
  onSave: (bookmark: BookmarkView, note: string, tags: string[]) => Promise<void>;
}

export function BookmarkRow({ bookmark: b, selected, notice, onSelect, onOpen, onDelete, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const missing = b.missingSince !== null || notice === 'not-found';
  return (
    <li class={`bookmark outcome-${b.outcome}${missing ? ' missing' : ''}`} data-id={b.id}>
      <div class="bookmark-head">
        <input
          type="checkbox"
          checked={selected}
          aria-label={t('bookmark_select', [b.itemNumber, b.title])}
          onChange={(e) => onSelect(b.id, e.currentTarget.checked)}
        />
        <div class="bookmark-main">
          <p class="bookmark-title">
            <span class="item-number">{t('bookmark_item', b.itemNumber)}</span> {b.title}
          </p>
          <p class="bookmark-meta">
            <OutcomeBadge outcome={b.outcome} />
            {b.caseNumbers.length > 0 ? <span class="case-numbers">{b.caseNumbers.join(', ')}</span> : null}
            {missing ? <span class="not-found">{t('bookmark_notFound')}</span> : null}
          </p>
          {b.tags.length > 0 ? (
            <ul class="tags" aria-label={t('bookmark_tags')}>
              {b.tags.map((tag) => (
                <li key={tag} class="tag">
                  {tag}
                </li>
              ))}
            </ul>
          ) : null}
          {notice === 'not-found' ? (
            <p class="notice" role="status">
              {t('bookmark_openNotFound')}
            </p>
          ) : null}
          {b.decision !== null ? (
            <details class="decision" open={missing}>
              <summary>{missing ? t('bookmark_storedDecision') : t('bookmark_decision')}</summary>
              <p class="pre">{b.decision}</p>
            </details>
          ) : null}
          {b.note && !editing ? <p class="note pre">{b.note}</p> : null}
        </div>
      </div>
      {editing ? (
        <TagEditor
          note={b.note}
          tags={b.tags}
          onCancel={() => setEditing(false)}
          onSave={async (note, tags) => {
            await onSave(b, note, tags);
            setEditing(false);
          }}
        />
      ) : (
        <div class="row actions">
          {safeLink(b.url) !== null || localPdfName(b.url) !== null ? (
            <button type="button" onClick={() => onOpen(b)}>
              {t('bookmark_open')}
            </button>
          ) : (
            // A stored address that is not a web address (an old import) is shown, never opened.
            <span class="muted" data-unsafe-url="">
              {t('bookmark_unsafeAddress')} <code>{b.url}</code>
            </span>
          )}
          <button type="button" onClick={() => setEditing(true)}>
            {t('bookmark_edit')}
          </button>
          <button type="button" class="danger" onClick={() => onDelete(b)}>
            {t('common_delete')}
          </button>
        </div>
      )}
    </li>
  );
}
