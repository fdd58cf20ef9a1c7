/**
 * The bar over a decision: its outcome in words, the bookmark button with the note and tags
 * editable in place once the item is bookmarked, how many other treatments its case has
 * (opens the case view), and its manual "se også" links.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Item } from '../../lib/model.ts';
import { formatDate, t } from '../../lib/i18n.ts';
import { plural } from '../../lib/plural.ts';
import type { PageBookmarks } from '../../lib/page/bookmark-state.ts';
import type { PageTrail } from '../../lib/page/trail-state.ts';
import { safeLink } from '../../lib/safe-link.ts';
import { splitTags } from '../../lib/store/keys.ts';
import { OutcomeBadge } from './OutcomeBadge.tsx';
import { FollowCaseButton, type FollowCaseProps } from '../follows/FollowCaseButton.tsx';

export interface DecisionBarProps {
  item: Item;
  bookmarks: PageBookmarks;
  /** Absent in tests of the bar alone. */
  trail?: PageTrail;
  /** "Følg sagen" for the item's (first) case number; absent where cases cannot be followed. */
  follow?: Omit<FollowCaseProps, 'caseNumber'>;
}

/** Re-render when a page state (bookmarks, trail) changes. */
export function useChanges(source: { subscribe(listener: () => void): () => void } | undefined): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!source) return;
    const bump = () => setVersion((v) => v + 1);
    const unsubscribe = source.subscribe(bump);
    bump(); // effects run after paint: a change before we subscribed must not be missed
    return unsubscribe;
  }, [source]);
  return version;
}

/** "1 anden behandling" / "3 andre behandlinger". */
export function otherTreatments(count: number): string {
  return plural('count_otherTreatments', count);
}

export function DecisionBar({ item, bookmarks, trail, follow }: DecisionBarProps) {
  useChanges(bookmarks);
  useChanges(trail);
  const itemTrail = trail?.byItem.get(item.number);
  const caseToOpen = trail?.caseToOpen(item.number) ?? null;
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const bookmark = bookmarks.byItem.get(item.number) ?? null;
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

  const toggle = async () => {
    setBusy(true);
    await bookmarks.toggle(item);
    setBusy(false);
    if (bookmarks.byItem.has(item.number)) return;
    setEditing(false);
  };
  const startEditing = () => {
    setNote(bookmark?.note ?? '');
    setTags((bookmark?.tags ?? []).join(', '));
    setEditing(true);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    // Read the fields themselves: the last keystroke may not have re-rendered yet.
    const form = event.currentTarget as HTMLFormElement;
    const noteText = form.querySelector('textarea')?.value ?? note;
    const tagText = form.querySelector('input')?.value ?? tags;
    setBusy(true);
    const ok = await bookmarks.update(item.number, { note: noteText, tags: splitTags(tagText) });
    setBusy(false);
    if (ok) stopEditing();
  };

  return (
    <div class={bookmark !== null ? 'bookmarked' : undefined} data-bookmarked={bookmark !== null ? '' : undefined}>
      <div class="bar" role="group" aria-label={t('page_decisionOf', String(item.number))}>
        <span class="label">Sagsspor</span>
        <OutcomeBadge outcome={item.outcome} />
        {item.closed ? <span class="chip">{t('page_closed')}</span> : null}
        {bookmarks.enabled ? (
          <>
            <button class="icon-btn" type="button" data-action="bookmark" aria-pressed={bookmark !== null} disabled={busy} onClick={toggle}>
              <span aria-hidden="true">{bookmark !== null ? '★ ' : '☆ '}</span>
              {bookmark !== null ? t('page_bookmarked') : t('page_bookmark')}
            </button>
            {bookmark !== null && !editing ? (
              <button class="icon-btn" type="button" data-action="edit-note" ref={editButton} onClick={startEditing}>
                {bookmark.note !== '' || bookmark.tags.length > 0 ? t('page_editNote') : t('page_addNote')}
              </button>
            ) : null}
          </>
        ) : null}
        {itemTrail !== undefined && itemTrail.count > 0 ? (
          <button
            class="icon-btn"
            type="button"
            data-action="open-case"
            data-count={itemTrail.count}
            title={t('card_openCase')}
            disabled={caseToOpen === null || trail?.municipalityKey == null}
            onClick={() => {
              if (caseToOpen !== null && trail?.municipalityKey != null) void trail.services?.openCase(trail.municipalityKey, caseToOpen).catch(() => undefined);
            }}
          >
            {otherTreatments(itemTrail.count)}
          </button>
        ) : null}
        {follow && (item.cases[0]?.normalized ?? item.caseNumbers[0]) ? <FollowCaseButton {...follow} caseNumber={item.cases[0]?.normalized ?? item.caseNumbers[0]!} /> : null}
      </div>
      {itemTrail !== undefined && itemTrail.links.length > 0 ? (
        <div class="bar" data-part="see-also">
          <span class="label">{t('page_seeAlso')}</span>
          {itemTrail.links.map((l) => {
            const href = safeLink(l.other.link);
            const label = `${l.other.committee ?? t('common_unknownCommittee')} · ${formatDate(l.other.meetingDate)} · ${t('card_itemNo', String(l.other.itemNumber))}: ${l.other.title}`;
            return (
              <span key={l.id} class="chip" title={l.note !== '' ? l.note : undefined}>
                {href !== null ? (
                  <a href={href} target="_top">
                    {label}
                  </a>
                ) : (
                  label
                )}
              </span>
            );
          })}
        </div>
      ) : null}
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
          onSubmit={save}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            e.stopPropagation();
            stopEditing();
          }}
        >
          <label>
            {t('page_note')}
            <textarea name="note" rows={2} ref={noteField} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <label>
            {t('page_tags')}
            <input name="tags" value={tags} placeholder={t('page_tagsHint')} onInput={(e) => setTags(e.currentTarget.value)} />
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
    </div>
  );
}
