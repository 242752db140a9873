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
import './options.css';

const i18n = createPageTranslator(pickLocale(browser.i18n.getUILanguage()));
document.documentElement.lang = i18n.locale;
document.title = i18n.t('optionsTitle');

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
        void saveSettings(next);
      }}
      onReset={() => {
        setSettings(DEFAULT_SETTINGS);
        void saveSettings({ ...DEFAULT_SETTINGS });
      }}
    />
  );
}

render(<OptionsApp />, document.getElementById('app')!);
