/** Search box and filters (tag, committee, outcome, meeting date range) of the bookmark list. */
import { OUTCOMES, type Outcome } from '../lib/model.ts';
import type { BookmarkFilters } from '../lib/store/bookmark-search.ts';
import { t } from '../lib/i18n/index.ts';
import { FilterSelect, asChoices, outcomeChoices } from './FilterSelect.tsx';

interface Props {
  query: string;
  filters: BookmarkFilters;
  committees: readonly string[];
  tags: readonly string[];
  onQuery: (query: string) => void;
  onFilters: (filters: BookmarkFilters) => void;
}

export function SearchFilters({ query, filters, committees, tags, onQuery, onFilters }: Props) {
  const set = (patch: Partial<BookmarkFilters>) => onFilters({ ...filters, ...patch });
  const active = Boolean(filters.committee || filters.outcome || filters.from || filters.to || (filters.tags && filters.tags.length > 0));
  return (
    <section class="search" aria-label={t('popup_searchHeading')}>
      <input
        type="search"
        value={query}
        placeholder={t('popup_searchPlaceholder')}
        aria-label={t('popup_searchPlaceholder')}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      <details class="filters" open={active}>
        <summary>{t('popup_filters')}</summary>
        <FilterSelect label={t('popup_filterTag')} value={filters.tags?.[0] ?? ''} choices={asChoices(tags)} onChange={(tag) => set({ tags: tag ? [tag] : [] })} />
        <FilterSelect label={t('popup_filterCommittee')} value={filters.committee ?? ''} choices={asChoices(committees)} onChange={(committee) => set({ committee: committee || null })} />
        <FilterSelect
          label={t('popup_filterOutcome')}
          value={filters.outcome ?? ''}
          choices={outcomeChoices(OUTCOMES)}
          onChange={(outcome) => set({ outcome: (outcome || null) as Outcome | null })}
        />
        <label>
          {t('popup_filterFrom')}
          <input type="date" value={filters.from ?? ''} onInput={(e) => set({ from: e.currentTarget.value || null })} />
        </label>
        <label>
          {t('popup_filterTo')}
          <input type="date" value={filters.to ?? ''} onInput={(e) => set({ to: e.currentTarget.value || null })} />
        </label>
        {active ? (
          <button type="button" class="link" onClick={() => onFilters({})}>
            {t('popup_filterClear')}
          </button>
        ) : null}
      </details>
    </section>
  );
}
