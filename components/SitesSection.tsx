/** The sites Sagsspor runs on: granted through optional host permissions, added and removed here. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n/index.ts';
import type { OptionsEnv } from '../lib/extension-pages/options-env.ts';
import { originPattern, patternHost } from '../lib/extension-pages/site-patterns.ts';

interface Props {
  env: OptionsEnv;
}

export function SitesSection({ env }: Props) {
  const [origins, setOrigins] = useState<string[] | null>(null);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const builtIn = new Set(env.builtInOrigins());

  // The built-in hosts are hundreds of generated portal names: summed up in one line, not listed.
  const refresh = async () => {
    const all = await env.permissions.getAll();
    setOrigins((all.origins ?? []).filter((o) => o !== '<all_urls>' && o !== '*://*/*' && !builtIn.has(o)).sort());
  };
  useEffect(() => {
    void refresh();
  }, [env]);

  const add = (e: Event) => {
    e.preventDefault();
    const pattern = originPattern(input);
    if (!pattern) {
      setMessage({ text: t('sites_invalid'), error: true });
      return;
    }
    // permissions.request must be called straight from the click, before any other await.
    env.permissions.request({ origins: [pattern] }).then(
      async (granted) => {
        setMessage(granted ? { text: t('sites_added', patternHost(pattern)), error: false } : { text: t('sites_denied'), error: true });
        if (granted) setInput('');
        await refresh();
      },
      (err: unknown) => setMessage({ text: t('sites_failed', err instanceof Error ? err.message : String(err)), error: true }),
    );
  };

  const remove = async (origin: string) => {
    try {
      const removed = await env.permissions.remove({ origins: [origin] });
      setMessage(removed ? { text: t('sites_removed', patternHost(origin)), error: false } : { text: t('sites_failed', ''), error: true });
    } catch (err) {
      setMessage({ text: t('sites_failed', err instanceof Error ? err.message : String(err)), error: true });
    }
    await refresh();
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sites_heading')}</h2>
      <p class="muted">{t('sites_intro')}</p>
      <p class="muted">{t('sites_builtInSummary', String(builtIn.size))}</p>
      {origins === null ? (
        <p class="muted">{t('common_loading')}</p>
      ) : origins.length === 0 ? (
        <p class="empty">{t('sites_none')}</p>
      ) : (
        <ul class="site-list">
          {origins.map((o) => (
            <li key={o}>
              <span>{patternHost(o)}</span>
              {builtIn.has(o) ? (
                <span class="muted">{t('sites_builtIn')}</span>
              ) : (
                <button type="button" class="danger" onClick={() => void remove(o)} aria-label={t('sites_removeLabel', patternHost(o))}>
                  {t('common_remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add}>
        <input type="text" value={input} placeholder="dagsordener.aarhus.dk" aria-label={t('sites_addLabel')} onInput={(e) => setInput(e.currentTarget.value)} />
        <button type="submit" class="primary">
          {t('sites_add')}
        </button>
      </form>
      {message ? (
        <p class={message.error ? 'error' : 'muted'} role="status">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
