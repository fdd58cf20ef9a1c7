/**
 * Why the archive page could not read a portal, in words a person understands (unreachable,
 * not a FirstAgenda portal, a server error), with the technical reason kept for a disclosure.
 */
import { ApiError } from '../systems/firstagenda/archive/api.ts';
import { t } from '../i18n/index.ts';

export interface ArchiveProblem {
  text: string;
  /** The technical side ("HTTP 404", the browser's "Failed to fetch"), shown folded away. */
  detail: string | null;
}

export function describeArchiveError(error: unknown, origin: string): ArchiveProblem {
  const detail = `${origin}: ${error instanceof Error ? error.message : String(error)}`;
  if (!(error instanceof ApiError)) return { text: t('archive_otherError'), detail };
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return { text: t('archive_unreachable'), detail };
    case 'http': {
      const status = Number(/\d{3}/.exec(error.message)?.[0] ?? 0);
      if (status >= 500) return { text: t('archive_serverError'), detail };
      return { text: t('archive_notFirstAgenda'), detail };
    }
    case 'not-json':
    case 'invalid':
    case 'too-large':
      return { text: t('archive_notFirstAgenda'), detail };
    case 'cancelled':
      return { text: t('archive_otherError'), detail };
  }
}
