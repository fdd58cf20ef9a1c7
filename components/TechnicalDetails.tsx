/** The technical side of an error (a parser's message, an HTTP status), folded away under a disclosure. */
import { t } from '../lib/i18n/index.ts';

export function TechnicalDetails({ detail }: { detail: string | null | undefined }) {
  if (!detail) return null;
  return (
    <details class="technical">
      <summary>{t('common_technicalDetails')}</summary>
      <pre class="result">{detail}</pre>
    </details>
  );
}
