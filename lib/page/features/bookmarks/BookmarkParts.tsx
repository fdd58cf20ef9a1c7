/**
 * The bookmark feature's parts in other features' UI. On the decision bar: a frame while the
 * item is bookmarked, the bookmark button, and the note and tags, editable in place. In the
 * outline: a star on bookmarked items, the notice that nothing can be saved here, and the
 * bookmarks no longer found on the page with their stored decision.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { Item } from '../../../model.ts';
import { t } from '../../../i18n/index.ts';
import { splitTags } from '../../../store/keys.ts';
import { useChanges } from '../../ui-parts.ts';
import type { PageBookmarks } from './state.ts';

/** One item's bookmark as its bar's parts share it: the editor's state and actions. */
interface ItemBookmark {
  editing: boolean;
  busy: boolean;
  note: string;
  tags: string;
  setNote(note: string): void;
  setTags(tags: string): void;
  toggle(): Promise<void>;
  startEditing(): void;
  stopEditing(): void;
  save(event: Event): Promise<void>;
  editButton: { current: HTMLButtonElement | null };
  noteField: { current: HTMLTextAreaElement | null };
}

const ItemBookmarkContext = createContext<ItemBookmark | null>(null);

export function bookmarkParts(bookmarks: PageBookmarks) {
  function useItemBookmark(item: Item): ItemBookmark {
    const [editing, setEditing] = useState(false);
    const [busy, setBusy] = useState(false);
    const [note, setNote] = useState('');
    const [tags, setTags] = useState('');
    // Keyboard: the editor takes focus when it opens; closed, focus goes back to its button.
    const editButton = useRef<HTMLButtonElement>(null);
    const noteField = useRef<HTMLTextAreaElement>(null);
    const returnFocus = useRef(false);
    useEffect(() => {
      if (editing) noteField.current?.focus();
      else if (returnFocus.current) {
        returnFocus.current = false;
        editButton.current?.focus();
      }
    }, [editing]);
    const stopEditing = () => {
      returnFocus.current = true;
      setEditing(false);
    };
    return {
      editing,
      busy,
      note,
      tags,
      setNote,
      setTags,
      editButton,
      noteField,
      stopEditing,
      async toggle() {
        setBusy(true);
        await bookmarks.toggle(item);
        setBusy(false);
        if (bookmarks.byItem.has(item.number)) return;
        setEditing(false);
      },
      startEditing() {
        const bookmark = bookmarks.byItem.get(item.number);
        setNote(bookmark?.note ?? '');
        setTags((bookmark?.tags ?? []).join(', '));
        setEditing(true);
      },
      async save(event) {
        event.preventDefault();
        // Read the fields themselves: the last keystroke may not have re-rendered yet.
        const form = event.currentTarget as HTMLFormElement;
        const noteText = form.querySelector('textarea')?.value ?? note;
        const tagText = form.querySelector('input')?.value ?? tags;
        setBusy(true);
        const ok = await bookmarks.update(item.number, { note: noteText, tags: splitTags(tagText) });
        setBusy(false);
        if (ok) stopEditing();
      },
    };
  }

  /** Around the decision bar: the frame of a bookmarked item, and the editor state its parts share. */
  function Frame({ item, children }: { item: Item; children: ComponentChildren }) {
    useChanges(bookmarks);
    const state = useItemBookmark(item);
    const bookmarked = bookmarks.byItem.has(item.number);
    return (
      <ItemBookmarkContext.Provider value={state}>
        <div class={bookmarked ? 'bookmarked' : undefined} data-bookmarked={bookmarked ? '' : undefined}>
          {children}
        </div>
      </ItemBookmarkContext.Provider>
    );
  }

  /** In the bar's row: bookmark, and add or edit the note once bookmarked. */
  function Actions({ item }: { item: Item }) {
    useChanges(bookmarks);
    const state = useContext(ItemBookmarkContext);
    if (!bookmarks.enabled || state === null) return null;
    const bookmark = bookmarks.byItem.get(item.number) ?? null;
    return (
      <>
        <button class="icon-btn" type="button" data-action="bookmark" aria-pressed={bookmark !== null} disabled={state.busy} onClick={state.toggle}>
          <span aria-hidden="true">{bookmark !== null ? '★ ' : '☆ '}</span>
          {bookmark !== null ? t('page_bookmarked') : t('page_bookmark')}
        </button>
        {bookmark !== null && !state.editing ? (
          <button class="icon-btn" type="button" data-action="edit-note" ref={state.editButton} onClick={state.startEditing}>
            {bookmark.note !== '' || bookmark.tags.length > 0 ? t('page_editNote') : t('page_addNote')}
          </button>
        ) : null}
      </>
    );
  }

  /** Under the row: the note and tags, or their editor, and what went wrong. */
  function Details({ item }: { item: Item }) {
    useChanges(bookmarks);
    const state = useContext(ItemBookmarkContext);
    if (state === null) return null;
    const bookmark = bookmarks.byItem.get(item.number) ?? null;
    const { editing, busy, stopEditing } = state;
    return (
      <>
        {bookmark !== null && !editing && (bookmark.note !== '' || bookmark.tags.length > 0) ? (
          <div class="bar" data-part="note">
            {bookmark.tags.map((tag) => (
              <span class="chip" key={tag}>
                #{tag}
              </span>
            ))}
            {bookmark.note !== '' ? <span class="label">{bookmark.note}</span> : null}
          </div>
        ) : null}
        {bookmark !== null && editing ? (
          <form
            class="editor"
            aria-label={t('page_note')}
            onSubmit={state.save}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              e.preventDefault();
              e.stopPropagation();
              stopEditing();
            }}
          >
            <label>
              {t('page_note')}
              <textarea name="note" rows={2} ref={state.noteField} value={state.note} onInput={(e) => state.setNote(e.currentTarget.value)} />
            </label>
            <label>
              {t('page_tags')}
              <input name="tags" value={state.tags} placeholder={t('page_tagsHint')} onInput={(e) => state.setTags(e.currentTarget.value)} />
            </label>
            <div class="bar">
              <button class="icon-btn" type="submit" disabled={busy}>
                {t('common_save')}
              </button>
              <button class="icon-btn" type="button" onClick={stopEditing}>
                {t('common_cancel')}
              </button>
            </div>
          </form>
        ) : null}
        {bookmarks.error !== null ? (
          <p role="alert" class="label">
            {t('page_bookmarkFailed')}
          </p>
        ) : null}
      </>
    );
  }

  /** In the outline, after a bookmarked item's number. */
  function OutlineStar({ item }: { item: Item }) {
    useChanges(bookmarks);
    return bookmarks.byItem.has(item.number) ? (
      // prettier-ignore
      <span role="img" title={t('page_bookmarked')} aria-label={t('page_bookmarked')}> ★</span>
    ) : null;
  }

  /** Above the outline's list: the browser will not keep anything here. */
  function StorageNotice() {
    useChanges(bookmarks);
    return bookmarks.unavailable ? (
      <p role="alert" class="meta" data-part="storage-unavailable">
        {t('storage_unavailable')}
      </p>
    ) : null;
  }

  /** Below the outline's list: this page's bookmarks whose item the page no longer has. */
  function Missing() {
    useChanges(bookmarks);
    if (bookmarks.missing.length === 0) return null;
    return (
      <section class="missing" data-part="missing">
        <h3>{t('page_missingTitle', String(bookmarks.missing.length))}</h3>
        {bookmarks.missing.map((b) => (
          <div key={b.id}>
            <div>
              <strong>{b.itemNumber}.</strong> {b.title} <span class="chip">{t('bookmark_notFound')}</span>
            </div>
            {b.decision !== null ? <blockquote>{b.decision}</blockquote> : null}
          </div>
        ))}
      </section>
    );
  }

  return { Frame, Actions, Details, OutlineStar, StorageNotice, Missing };
}
