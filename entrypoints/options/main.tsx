import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsForm } from '../../components/OptionsForm';
import { pickLocale } from '../../lib/i18n';
import { createPageTranslator } from '../../lib/i18n-pages';
import { SHOW_CARD_COMMAND } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { dataset } from '../../utils/dataset';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings-store';
import '../../components/theme.css';
import '../../components/page-base.css';
import './options.css';

const i18n = createPageTranslator(pickLocale(browser.i18n.getUILanguage()));
document.documentElement.lang = i18n.locale;
document.title = i18n.t('optionsTitle');

/**
 * Sync storage allows about 120 writes a minute: a dragged slider would hit
 * that, so writes wait for a pause while the form updates at once.
 */
const SAVE_DELAY_MS = 250;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
function saveSoon(settings: Settings) {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void saveSettings(settings), SAVE_DELAY_MS);
}

/**
 * The commands API, with Firefox's own opener of its shortcut settings.
 * Undefined in Firefox for Android, which has no keyboard commands: the
 * shortcut row is then left out.
 */
const commands = (
  browser as { commands?: typeof browser.commands & { openShortcutSettings?: () => Promise<void> } }
).commands;

/**
 * The keys the browser gives the show-card command: undefined until read.
 * Read again whenever the page gets focus, since they are changed on the
 * browser's own page.
 */
function useShortcut(): string | null | undefined {
  const [keys, setKeys] = useState<string | null | undefined>();
  useEffect(() => {
    if (!commands) return;
    const read = () =>
      void commands.getAll().then(
        (list) => setKeys(list.find((c) => c.name === SHOW_CARD_COMMAND)?.shortcut || null),
        () => setKeys(undefined),
      );
    read();
    addEventListener('focus', read);
    return () => removeEventListener('focus', read);
  }, []);
  return keys;
}

/**
 * Firefox opens its shortcut settings through an API. Chromium has none, but
 * an extension page may open its shortcuts page in a tab.
 */
function shortcutSettingsOpener(): (() => void) | undefined {
  if (!commands) return undefined;
  if (typeof commands.openShortcutSettings === 'function')
    return () => void commands.openShortcutSettings!();
  if (import.meta.env.FIREFOX) return undefined;
  return () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
const openShortcutSettings = shortcutSettingsOpener();

/** Container: reads and writes settings; the form itself is pure. */
function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const shortcut = useShortcut();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <OptionsForm
      settings={settings}
      initiatives={dataset.initiatives}
      i18n={i18n}
      shortcut={shortcut}
      onChangeShortcut={openShortcutSettings}
      onChange={(next) => {
        setSettings(next);
        saveSoon(next);
      }}
      onReset={() => {
        clearTimeout(saveTimer);
        setSettings(DEFAULT_SETTINGS);
        void saveSettings({ ...DEFAULT_SETTINGS });
      }}
    />
  );
}

render(<OptionsApp />, document.getElementById('app')!);
