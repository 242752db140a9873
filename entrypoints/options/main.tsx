import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsForm } from '../../components/OptionsForm';
import { pickLocale } from '../../lib/i18n';
import { createPageTranslator } from '../../lib/i18n-pages';
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

/** Container: reads and writes settings; the form itself is pure. */
function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
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
