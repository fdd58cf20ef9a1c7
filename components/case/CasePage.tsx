/**
 * The case page (`case.html`): with `?m=<municipality key>&c=<case number>`, everything known
 * about one case — its treatments across committees newest first with decisions and outcome
 * badges, treatments known only from "Sagens forløb", attachments, the user's bookmarks and
 * notes, manual "se også" links (added and removed here) — and "Kopiér som tekst". Without a
 * case, a search across everything stored. Reads the store directly (extension page); all page
 * text is rendered as text, never as HTML.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SagssporDB } from '../../lib/store/db.ts';
import { caseDossier, type CaseDossier, type CaseTreatment } from '../../lib/store/trail.ts';
import { loadEverythingSearch, type EverythingSearch, type SearchHit } from '../../lib/store/item-search.ts';
import { addLink, removeLink } from '../../lib/store/links.ts';
import { casePagePath, type RelatedItem } from '../../lib/trail/contract.ts';
import { caseReport } from '../../lib/trail/report.ts';
import { formatDate, t } from '../../lib/i18n.ts';
import { plural } from '../../lib/plural.ts';
import { OUTCOMES } from '../../lib/model-values.ts';
import { recentMeetings } from '../../lib/store/recent.ts';
import { Highlight, queryWords } from './highlight.tsx';
import { FilterSelect, asChoices, outcomeChoices } from '../FilterSelect.tsx';
import { municipalityOfHost } from '../../lib/host-municipality.ts';
import { OUTCOME_TONE } from '../../lib/outcome-palette.ts';
import { OutcomeBadge } from '../page/OutcomeBadge.tsx';
import { useLiveQuery } from '../use-live-query.ts';
import { safeLink } from '../../lib/safe-link.ts';
import { normaliseMunicipality, siteOfKey } from '../../lib/store/keys.ts';
import { MUNICIPALITIES } from '../../lib/municipalities.ts';
import { KNOWN_PORTALS } from '../../lib/known-portals.ts';
import { CaseViewFollow, SearchFollow } from '../follows/FollowButtons.tsx';
import type { FollowEnv } from '../follows/follow-env.ts';
import type { Outcome } from '../../lib/model.ts';

export interface CaseEnv {
  copy(text: string): Promise<void>;
  /** Extension-relative path → URL (browser.runtime.getURL in the extension). */
  pageUrl(path: string): string;
  /** "Følg sagen" / "Følg søgningen" (absent: not shown). */
  follows?: FollowEnv;
}

export interface CasePageProps {
  db: SagssporDB;
  env: CaseEnv;
  /** The page's query string. */
  search: string;
}

export function CasePage({ db, env, search }: CasePageProps) {
  const params = new URLSearchParams(search);
  const m = params.get('m');
  const c = params.get('c');
  if (m && c) return <CaseView db={db} env={env} municipalityKey={m} caseNumber={c} />;
  return <SearchView db={db} env={env} initial={params.get('q') ?? ''} />;
}

/**
/**
 * The municipality as people say it: the stored name, else the municipality of a portal's key
 * ("lejre" → "Lejre"). A case filed under a site that is not a known minutes portal names that
 * site ("fra <host>"): the text's municipality is only what the page says.
 */
/** The municipality a portal key stands for ("lejre" → "Lejre"; the demo's "sagsby" → "Sagsby"), or null. */
function portalMunicipalityOfKey(key: string): string | null {
  return [...KNOWN_PORTALS.values(), ...MUNICIPALITIES].find((m) => normaliseMunicipality(m) === key) ?? null;
}

export function municipalityLabel(name: string | null, key: string): string {
  const site = siteOfKey(key);
  if (site === null) return name ?? portalMunicipalityOfKey(key) ?? key;
  const label = name ?? municipalityOfHost(site);
  return label === null ? t('case_fromSite', site) : `${label} (${t('case_fromSite', site)})`;
}

function ItemLink({ item }: { item: Pick<RelatedItem, 'link' | 'itemNumber'> }) {
  const href = safeLink(item.link);
  if (href === null) return null;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {t('case_openItem', item.itemNumber)}
    </a>
  );
}

/** A bookmark's page as a link when it is a web address; any other stored address is shown as text, never opened. */
function BookmarkLink({ url, itemNumber }: { url: string; itemNumber: number }) {
  const href = safeLink(url);
  if (href === null) return <span class="muted">{url}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {t('case_openItem', itemNumber)}
    </a>
  );
}

function CaseView({ db, env, municipalityKey, caseNumber }: { db: SagssporDB; env: CaseEnv; municipalityKey: string; caseNumber: string }) {
  const live = useLiveQuery(() => caseDossier(db, municipalityKey, caseNumber), [db, municipalityKey, caseNumber]);
  const [status, setStatus] = useState<string | null>(null);
  const d = live.value;
  if (live.error) return <p role="alert">{t('case_loadFailed')}</p>;
  if (!d) return <p>{t('common_loading')}</p>;

  const copy = async () => {
    const text = caseReport(d, {
      heading: (c, muni) => t('case_heading', [c, municipalityLabel(muni, municipalityKey)]),
      item: (n) => t('case_item', n),
      decision: t('case_decision'),
      outcome: (o) => t(`outcome_${o}`),
      fromHistory: t('case_fromHistory'),
      notes: t('case_notes'),
      seeAlso: t('case_seeAlso'),
      date: (iso) => formatDate(iso),
    });
    try {
      await env.copy(text);
      setStatus(t('case_copied'));
    } catch {
      setStatus(t('case_copyFailed'));
    }
  };

  const empty = d.treatments.length === 0 && d.mentions.length === 0 && d.bookmarks.length === 0;
  return (
    <main class="case-page">
      <header>
        <h1>{t('case_heading', [d.caseNumber, municipalityLabel(d.municipality, municipalityKey)])}</h1>
        {d.titles[0] ? <p class="case-title">{d.titles[0]}</p> : null}
        <p>
          <button type="button" onClick={() => void copy()}>{t('case_copy')}</button>{' '}
          {env.follows ? <CaseViewFollow db={db} env={env.follows} municipalityKey={municipalityKey} caseNumber={d.caseNumber} /> : null}{' '}
          <a href={env.pageUrl('/case.html')}>{t('case_searchAll')}</a>
        </p>
        {status ? <p role="status">{status}</p> : null}
      </header>
      {empty ? <p>{t('case_empty')}</p> : null}
      {d.treatments.length > 0 ? (
        <section>
          <h2>{t('case_timeline', d.treatments.length)}</h2>
          <ol class="timeline">
            {d.treatments.map((tr) => (
              <Treatment key={tr.itemId} db={db} env={env} treatment={tr} />
            ))}
          </ol>
        </section>
      ) : null}
      {d.mentions.length > 0 ? (
        <section>
          <h2>{t('case_fromHistory')}</h2>
          <ul class="mentions">
            {d.mentions.map((mention) => (
              <li key={`${mention.date}|${mention.committee}`}>
                <strong>{formatDate(mention.date)}</strong> · {mention.committee}
                <p class="decision">{mention.decision}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Bookmarks dossier={d} />
    </main>
  );
}

function Treatment({ db, env, treatment: tr }: { db: SagssporDB; env: CaseEnv; treatment: CaseTreatment }) {
  const [linking, setLinking] = useState(false);
  return (
    <li class={`treatment outcome-${tr.outcome} tone-${OUTCOME_TONE[tr.outcome]}`} data-item-id={tr.itemId}>
      <p class="meta">
        <strong>{formatDate(tr.meetingDate)}</strong> · {tr.committee ?? t('case_unknownCommittee')} · {t('case_item', tr.itemNumber)}{' '}
        <OutcomeBadge outcome={tr.outcome} /> {tr.meetingKind === 'dagsorden' ? <span class="badge">{t('case_agendaOnly')}</span> : null}
      </p>
      <p class="title">{tr.title}</p>
      {tr.decision ? (
        <p class="decision">
          <span class="label">{tr.decisionLabel ?? t('case_decision')}: </span>
          {tr.decision}
        </p>
      ) : null}
      <p>
        <ItemLink item={tr} />
      </p>
      {tr.history.length > 0 ? (
        <details>
          <summary>{t('case_history', tr.history.length)}</summary>
          <ul>
            {tr.history.map((h) => (
              <li key={`${h.entry.date}|${h.entry.body}`}>
                {formatDate(h.entry.date)} · {h.entry.body}: {h.entry.decision}{' '}
                {h.item ? <ItemLink item={h.item} /> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {tr.attachments.length > 0 ? (
        <details>
          <summary>{t('case_attachments', tr.attachments.length)}</summary>
          <ul>
            {tr.attachments.map((a, i) => (
              <li key={i}>{safeLink(a.href) !== null ? <a href={safeLink(a.href)!} target="_blank" rel="noopener noreferrer">{a.title}</a> : a.title}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <div class="links">
        {tr.links.length > 0 ? <h3>{t('case_seeAlso')}</h3> : null}
        <ul>
          {tr.links.map((l) => (
            <li key={l.id}>
              {formatDate(l.other.meetingDate)} · {l.other.committee ?? ''} · {l.other.title}
              {l.note ? <span class="note"> — {l.note}</span> : null} <ItemLink item={l.other} />{' '}
              {l.other.caseNumbers[0] ? <a href={env.pageUrl(casePagePath(l.other.municipalityKey, l.other.caseNumbers[0]))}>{t('case_openCase', l.other.caseNumbers[0])}</a> : null}{' '}
              <button type="button" class="link" onClick={() => void removeLink(db, l.id)}>{t('case_removeLink')}</button>
            </li>
          ))}
        </ul>
        {linking ? <LinkPicker db={db} from={tr.itemId} onDone={() => setLinking(false)} /> : (
          <button type="button" class="link" onClick={() => setLinking(true)}>{t('case_addLink')}</button>
        )}
      </div>
    </li>
  );
}

/** Choose the other item of a "se også" link by searching everything stored. */
function LinkPicker({ db, from, onDone }: { db: SagssporDB; from: string; onDone: () => void }) {
  const [query, setQuery] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const search = useLiveQuery(() => loadEverythingSearch(db), [db]);
  const hits = useMemo(() => (search.value ? search.value.search(query, 20) : []).filter((h): h is Extract<SearchHit, { kind: 'item' }> => h.kind === 'item' && h.item.itemId !== from), [search.value, query, from]);
  const link = async (to: string) => {
    try {
      await addLink(db, { itemId: from }, { itemId: to }, note);
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div class="link-picker">
      <label>
        {t('case_linkSearch')} <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>{' '}
      <label>
        {t('case_linkNote')} <input type="text" maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>{' '}
      <button type="button" class="link" onClick={onDone}>{t('common_cancel')}</button>
      {error ? <p role="alert">{error}</p> : null}
      <ul>
        {hits.map((h) => (
          <li key={h.item.itemId}>
            <button type="button" class="link" onClick={() => void link(h.item.itemId)}>
              {formatDate(h.item.meetingDate)} · {h.item.committee ?? ''} · {t('case_item', h.item.itemNumber)}: {h.item.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Bookmarks({ dossier }: { dossier: CaseDossier }) {
  if (dossier.bookmarks.length === 0) return null;
  return (
    <section>
      <h2>{t('case_bookmarks', dossier.bookmarks.length)}</h2>
      <ul class="bookmarks">
        {dossier.bookmarks.map((b) => (
          <li key={b.id}>
            <strong>{formatDate(b.meetingDate)}</strong> · {b.meetingCommittee ?? ''} · {t('case_item', b.itemNumber)}: {b.title}
            {b.tags.length > 0 ? <span class="tags"> [{b.tags.join(', ')}]</span> : null}
            {b.note ? <p class="note">{b.note}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface HitFilters {
  municipality: string;
  committee: string;
  outcome: string;
  from: string;
  to: string;
}

const NO_FILTERS: HitFilters = { municipality: '', committee: '', outcome: '', from: '', to: '' };

/** A hit's facts the filters look at. */
function factsOf(h: SearchHit) {
  const item = h.kind === 'item' ? h.item : null;
  const b = h.bookmark;
  return {
    municipality: item?.municipalityKey ?? '',
    committee: item?.committee ?? b?.meetingCommittee ?? '',
    outcome: item?.outcome ?? b?.outcome ?? 'none',
    date: item?.meetingDate ?? b?.meetingDate ?? null,
  };
}

function passes(h: SearchHit, f: HitFilters): boolean {
  const x = factsOf(h);
  if (f.municipality && x.municipality !== f.municipality) return false;
  if (f.committee && x.committee !== f.committee) return false;
  if (f.outcome && x.outcome !== f.outcome) return false;
  if (f.from && (x.date === null || x.date < f.from)) return false;
  if (f.to && (x.date === null || x.date > f.to)) return false;
  return true;
}

function RecentMeetings({ db }: { db: SagssporDB }) {
  const recent = useLiveQuery(() => recentMeetings(db, 10), [db]).value;
  if (!recent || recent.length === 0) return null;
  return (
    <section>
      <h2>{t('search_recentHeading')}</h2>
      <ul class="recent-meetings" data-testid="recent-meetings">
        {recent.map((m) => (
          <li key={m.id}>
            <a href={m.url} target="_blank" rel="noopener noreferrer">
              <strong>{formatDate(m.date)}</strong> · {m.committee ?? t('case_unknownCommittee')} · {municipalityLabel(m.municipality, m.municipalityKey)}
            </a>{' '}
            <span class="muted">{plural('count_items', m.itemCount)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function SearchView({ db, env, initial }: { db: SagssporDB; env: CaseEnv; initial: string }) {
  const [query, setQuery] = useState(initial);
  const [filters, setFilters] = useState<HitFilters>(NO_FILTERS);
  const [index, setIndex] = useState<EverythingSearch | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadEverythingSearch(db).then(setIndex, () => setFailed(true));
  }, [db]);
  const found = useMemo(() => (index ? index.search(query) : []), [index, query]);
  const hits = useMemo(() => found.filter((h) => passes(h, filters)), [found, filters]);
  const words = useMemo(() => queryWords(query), [query]);
  const choices = useMemo(() => {
    const municipalities = new Map<string, string>();
    const committees = new Set<string>();
    for (const h of found) {
      const x = factsOf(h);
      if (x.municipality) municipalities.set(x.municipality, municipalityLabel(null, x.municipality));
      if (x.committee) committees.add(x.committee);
    }
    return { municipalities: [...municipalities].sort((a, b) => a[1].localeCompare(b[1], 'da')), committees: [...committees].sort((a, b) => a.localeCompare(b, 'da')) };
  }, [found]);
  const set = (key: keyof HitFilters) => (e: Event) => setFilters({ ...filters, [key]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  const empty = query.trim() === '';
  return (
    <main class="case-page">
      <h1>{t('case_searchHeading')}</h1>
      <input type="search" aria-label={t('case_searchHeading')} placeholder={t('case_searchPlaceholder')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} autoFocus />
      {failed ? <p role="alert">{t('case_loadFailed')}</p> : null}
      {index === null && !failed ? <p>{t('common_loading')}</p> : null}
      {!empty ? (
        <fieldset class="search-filters">
          <legend>{t('popup_filters')}</legend>
          <FilterSelect
            label={t('search_filterMunicipality')}
            value={filters.municipality}
            choices={choices.municipalities.map(([value, label]) => ({ value, label }))}
            onChange={(municipality) => setFilters({ ...filters, municipality })}
          />
          <FilterSelect label={t('popup_filterCommittee')} value={filters.committee} choices={asChoices(choices.committees)} onChange={(committee) => setFilters({ ...filters, committee })} />
          <FilterSelect label={t('popup_filterOutcome')} value={filters.outcome} choices={outcomeChoices(OUTCOMES)} onChange={(outcome) => setFilters({ ...filters, outcome })} />
          <label>
            {t('popup_filterFrom')} <input type="date" value={filters.from} onInput={set('from')} />
          </label>
          <label>
            {t('popup_filterTo')} <input type="date" value={filters.to} onInput={set('to')} />
          </label>
          {env.follows ? <SearchFollow db={db} env={env.follows} words={query} municipalityKey={filters.municipality || null} outcome={(filters.outcome || null) as Outcome | null} /> : null}
        </fieldset>
      ) : null}
      {index !== null ? <p class="count">{empty ? plural('count_itemsStored', index.size) : plural('count_results', hits.length)}</p> : null}
      {empty ? <RecentMeetings db={db} /> : null}
      <ul class="search-hits">
        {hits.map((h) => {
          const item = h.kind === 'item' ? h.item : null;
          const b = h.bookmark;
          const title = item?.title ?? b?.title ?? '';
          const cases = item?.caseNumbers ?? b?.caseNumbers ?? [];
          const muni = item?.municipalityKey ?? null;
          return (
            <li key={item?.itemId ?? b?.id}>
              <p class="meta">
                <strong>{formatDate(item?.meetingDate ?? b?.meetingDate ?? null)}</strong> · {item?.committee ?? b?.meetingCommittee ?? ''} · {t('case_item', item?.itemNumber ?? b?.itemNumber ?? 0)}{' '}
                <OutcomeBadge outcome={item?.outcome ?? b?.outcome ?? 'none'} />
              </p>
              <p class="title">
                <Highlight text={title} words={words} />
              </p>
              {b?.note ? (
                <p class="note">
                  <Highlight text={b.note} words={words} />
                </p>
              ) : null}
              <p>
                {item ? <ItemLink item={item} /> : b ? <BookmarkLink url={b.url} itemNumber={b.itemNumber} /> : null}{' '}
                {muni !== null
                  ? cases.map((c) => (
                      <a key={c} href={env.pageUrl(casePagePath(muni, c))}>
                        {t('case_openCase', c)}
                      </a>
                    ))
                  : null}
              </p>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
