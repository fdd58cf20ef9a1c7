/** Helpers of the popup and options tests: messages, rendering, typing and clicking. Run vitest from the repository root. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { setMessages } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/store/tables/settings.ts';

export function localeMessages(locale: Locale): Record<string, { message: string }> {
  return JSON.parse(readFileSync(join(process.cwd(), `assets/public/_locales/${locale}/messages.json`), 'utf8')) as Record<string, { message: string }>;
}

export function useLocale(locale: Locale): void {
  setMessages(locale, localeMessages(locale));
}

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(node, container);
  });
  return container;
}

export async function unmount(container: HTMLElement): Promise<void> {
  await act(() => {
    render(null, container);
  });
  container.remove();
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => {
    (el as HTMLElement).click();
  });
}

export async function type(el: Element | null | undefined, value: string, event: 'input' | 'change' = 'input'): Promise<void> {
  if (!el) throw new Error('nothing to type into');
  await act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

/** The first button whose text is exactly (or starts with) `text`. */
export function button(root: ParentNode, text: string | RegExp): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => (typeof text === 'string' ? b.textContent?.trim() === text : text.test(b.textContent ?? '')));
}
