import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SHOW_CARD_COMMAND } from './lib/messages';
import { datasetPlugin } from './scripts/vite-dataset-plugin';

// See the README's "Privacy and permissions" for why each permission is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  vite: () => ({ plugins: [preact(), datasetPlugin()] }),
  // `npm run dev` opens a browser with the extension for a desktop user; on a
  // headless machine (CI, containers) there is no display to open it on.
  webExt: { disabled: !!process.env.CI || !!process.env.NO_BROWSER_RUNNER },
  // The sources zip is what addons.mozilla.org rebuilds the add-on from: the
  // repository's files, without build output, reports or the `--analyze` page.
  zip: {
    excludeSources: [
      '.output/**',
      'test-results/**',
      'playwright-report/**',
      '.cache/**',
      'stats.html',
    ],
  },
  hooks: {
    // The content script runs in every frame of every page, within a 60 KB
    // budget: it talks to the browser's native promise-based API (Chrome MV3,
    // Firefox) rather than webextension-polyfill (~10 KB). Extension pages and
    // the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [native, ...entries] };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    commands: {
      [SHOW_CARD_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_commandShowCard__',
      },
    },
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    // Firefox 140 (the ESR) is the first with the CSS Custom Highlight API the
    // content script paints with, and with `data_collection_permissions`;
    // Firefox for Android reads that key from 142.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ai-alliances-lens@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
