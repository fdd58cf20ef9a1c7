/** What the options page needs from the browser, behind one interface so tests can stand in for it. */
import { browser } from 'wxt/browser';
import type { Locale } from '../store/tables/settings.ts';
import { loadLocale } from '../i18n/index.ts';

export interface PermissionsApi {
  getAll(): Promise<{ origins?: string[] }>;
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export interface OptionsEnv {
  permissions: PermissionsApi;
  /** Sites the manifest itself grants (not removable here). */
  builtInOrigins(): string[];
  download(filename: string, content: string, mime: string): void;
  storageStatus(): Promise<StorageStatus>;
  loadLocale(locale: Locale): Promise<void>;
}

export function browserOptionsEnv(): OptionsEnv {
  return {
    permissions: {
      getAll: () => browser.permissions.getAll(),
      request: (p) => browser.permissions.request(p),
      remove: (p) => browser.permissions.remove(p),
    },
    builtInOrigins() {
      const manifest = browser.runtime.getManifest();
      const fromScripts = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
      const hosts = 'host_permissions' in manifest && Array.isArray(manifest.host_permissions) ? (manifest.host_permissions as string[]) : [];
      return [...new Set([...hosts, ...fromScripts])];
    },
    download(filename, content, mime) {
      const url = URL.createObjectURL(new Blob([content], { type: mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    async storageStatus() {
      const storage = navigator.storage;
      const persisted = typeof storage?.persisted === 'function' ? await storage.persisted().catch(() => null) : null;
      const estimate = typeof storage?.estimate === 'function' ? await storage.estimate().catch(() => null) : null;
      return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
    },
    async loadLocale(locale) {
      await loadLocale(locale);
    },
  };
}
