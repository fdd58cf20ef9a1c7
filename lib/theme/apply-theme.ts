/** Appearance on the extension's own pages: light/dark (or the system's), the decision colours, the language tag. */
import type { Settings } from '../store/tables/settings.ts';

export function applyAppearance(settings: Pick<Settings, 'theme' | 'colours' | 'locale'>, root: HTMLElement = document.documentElement): void {
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  root.style.setProperty('--positive', settings.colours.positive);
  root.style.setProperty('--negative', settings.colours.negative);
  root.style.setProperty('--neutral', settings.colours.neutral);
  root.style.setProperty('--bookmark', settings.colours.bookmark);
  root.lang = settings.locale;
}
