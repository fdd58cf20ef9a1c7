/** Data: export everything (JSON), import (validated, merged, all or nothing), bookmarks as CSV, delete everything. */
import { useEffect, useState } from 'preact/hooks';
import { deleteEverything, type SagssporDB } from '../lib/store/db.ts';
import { listBookmarks } from '../lib/store/bookmarks.ts';
import { bookmarksToCsv } from '../lib/store/csv.ts';
import { MAX_IMPORT_BYTES, exportAll, importBackup, serialiseExport } from '../lib/store/transfer.ts';
import { t } from '../lib/i18n.ts';
import { plural } from '../lib/plural.ts';
import { TechnicalDetails } from './TechnicalDetails.tsx';
import type { OptionsEnv, StorageStatus } from './options-env.ts';
import { useLiveQuery } from './use-live-query.ts';

interface Props {
  db: SagssporDB;
  env: OptionsEnv;
  now?: () => Date;
}

interface Result {
  text: string;
  detail?: string;
  error: boolean;
}

const mb = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString(undefined, { maximumFractionDigits: 1 });

export function DataSection({ db, env, now = () => new Date() }: Props) {
  const counts = useLiveQuery(
    async () => ({ bookmarks: await db.bookmarks.count(), notes: await db.notes.count(), meetings: await db.meetings.count(), tags: await db.tags.count() }),
    [db],
  ).value;
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void env.storageStatus().then(setStatus);
  }, [env]);

  const day = () => now().toISOString().slice(0, 10);

  const run = async (action: () => Promise<Result>) => {
    setBusy(true);
    try {
      setResult(await action());
    } catch (err) {
      setResult({ text: t('data_failed'), detail: err instanceof Error ? err.message : String(err), error: true });
    } finally {
      setBusy(false);
    }
  };

  const exportJson = () =>
    run(async () => {
      const file = await exportAll(db, now());
      const text = serialiseExport(file);
      env.download(`sagsspor-eksport-${day()}.json`, text, 'application/json');
      const size = new Blob([text]).size;
      return {
        text: t('export_done', [plural('count_bookmarks', file.bookmarks.length), plural('count_meetings', file.meetings.length), mb(size)]),
        ...(size > MAX_IMPORT_BYTES ? { detail: t('export_tooLargeToImport', mb(MAX_IMPORT_BYTES)) } : {}),
        error: false,
      };
    });

  const exportCsv = () =>
    run(async () => {
      const bookmarks = await listBookmarks(db);
      env.download(`sagsspor-bogmaerker-${day()}.csv`, bookmarksToCsv(bookmarks), 'text/csv;charset=utf-8');
      return { text: t('csv_done', plural('count_bookmarks', bookmarks.length)), error: false };
    });

  const importFile = (file: File) =>
    run(async () => {
      const r = await importBackup(db, file, now());
      if (r.ok) {
        const s = r.summary;
        return { text: t('import_done', [plural('count_newBookmarks', s.bookmarks.added), s.bookmarks.merged, plural('count_meetings', s.meetings.added + s.meetings.updated), plural('count_newTags', s.tags.added), plural('count_newLinks', s.links.added)]) + (s.follows.added > 0 ? ` ${t('import_follows', plural('count_newFollows', s.follows.added))}` : ''), error: false };
      }
      const where = r.error.path ? `${r.error.path}: ` : '';
      return { text: `${t(`import_error_${r.error.kind.replace(/-/g, '_')}`)} ${t('import_nothingChanged')}`, detail: `${where}${r.error.detail}`, error: true };
    });

  const deleteAll = () =>
    run(async () => {
      await deleteEverything(db);
      setConfirming(false);
      return { text: t('delete_done'), error: false };
    });

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data_heading')}</h2>
      {counts ? <p data-testid="data-counts">{t('data_counts', [plural('count_bookmarks', counts.bookmarks), plural('count_notes', counts.notes), plural('count_tags', counts.tags), plural('count_meetings', counts.meetings)])}</p> : null}
      {status ? (
        <p class="muted">
          {status.persisted === true ? t('data_persisted') : status.persisted === false ? t('data_notPersisted') : t('data_persistUnknown')}
          {status.usage !== null ? ` ${t('data_usage', mb(status.usage))}` : ''}
        </p>
      ) : null}
      <div class="row">
        <button type="button" disabled={busy} onClick={() => void exportJson()}>
          {t('export_json')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportCsv()}>
          {t('export_csv')}
        </button>
      </div>
      <label>
        {t('import_label')}{' '}
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) void importFile(file).finally(() => (input.value = ''));
          }}
        />
      </label>
      <p class="muted">{t('import_help', mb(MAX_IMPORT_BYTES))}</p>
      {confirming ? (
        <div class="card" role="alertdialog" aria-label={t('delete_confirmTitle')}>
          <p>
            <strong>{t('delete_confirmTitle')}</strong>
          </p>
          <p>{t('delete_confirmText', [plural('count_bookmarks', counts?.bookmarks ?? 0), plural('count_notes', counts?.notes ?? 0), plural('count_meetings', counts?.meetings ?? 0)])}</p>
          <div class="row">
            <button type="button" class="danger" disabled={busy} onClick={() => void deleteAll()}>
              {t('delete_confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('delete_all')}
        </button>
      )}
      {result ? (
        <div class={result.error ? 'error' : ''} role={result.error ? 'alert' : 'status'} data-testid="data-result">
          <p>{result.text}</p>
          <TechnicalDetails detail={result.detail} />
        </div>
      ) : null}
    </section>
  );
}
