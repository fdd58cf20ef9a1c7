import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MINUTES_MATCHES } from './lib/hosts.ts';

/**
 * `WXT_OPEN_ROOTS=1 wxt build` makes a test build (`.output/chrome-mv3-open-roots/`) whose
 * shadow roots are open, so Playwright can reach the buttons inside them. The real build's
 * roots are closed; the end-to-end tests that check what a page can read use the real build.
 */
const OPEN_ROOTS = process.env.WXT_OPEN_ROOTS === '1';
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifestVersion: 3,
  ...(OPEN_ROOTS ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-open-roots' } : {}),
  // Keep the top level as the design card says: static files (locales, icons) live under assets/.
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script runs on every known minutes host (lib/hosts.ts). Its `matches` are set
    // here, not in its defineContentScript: the options written there are bundled into the
    // script itself, and these ~600 patterns are for the manifest only.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const entrypoint of entrypoints) {
        if (entrypoint.type === 'content-script' && entrypoint.name === 'content') entrypoint.options.matches = MINUTES_MATCHES;
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'da',
    // Rendered from assets/icon.svg by `npm run icons` (scripts/icons.ts).
    icons: ICONS,
    action: { default_icon: ICONS, default_title: '__MSG_extName__' },
    // alarms: the follows' checks (lib/follows/scheduler.ts).
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'alarms'],
    // Asked for when the user follows something with notifications on (lib/follows).
    optional_permissions: ['notifications'],
    // Known minutes hosts come with the content script's matches (lib/hosts.ts); any other
    // site only when the user grants it on the options page.
    optional_host_permissions: ['*://*/*'],
    // "sag 25-4711" in the address bar searches everything Sagsspor has read.
    omnibox: { keyword: 'sag' },
    // Keyboard commands on a minutes page (the names are PAGE_COMMANDS in lib/messages.ts).
    commands: {
      'next-decision': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_command_nextDecision__' },
      'previous-decision': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_command_previousDecision__' },
      'toggle-outline': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_command_toggleOutline__' },
      // No suggested key (Chrome assigns at most four, and these three come first): set it at chrome://extensions/shortcuts.
      'open-side-panel': { description: '__MSG_command_openSidePanel__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sagsspor@sagsspor.dk',
              strict_min_version: '140.0',
              // Sagsspor sends nothing anywhere: everything stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox 140 on desktop and 142 on Android.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
