/**
 * Every setting as a plain form, fed by props: what changes is reported
 * through `onChange` with the whole next settings object. Pure, so it is
 * tested without a browser.
 */
import { useState } from 'preact/hooks';
import type { Initiative } from '../lib/dataset/types';
import { initiativesByName } from '../lib/i18n';
import type { PageTranslator } from '../lib/i18n-pages';
import {
  HOVER_DELAY_RANGE,
  normalizeSite,
  type HighlightStyle,
  type Settings,
} from '../lib/settings';

export interface OptionsFormProps {
  settings: Settings;
  initiatives: Initiative[];
  i18n: PageTranslator;
  onChange: (next: Settings) => void;
  onReset: () => void;
  /**
   * The keys of the "show the card" command: null when none is set,
   * undefined while unknown (the row is then left out).
   */
  shortcut?: string | null;
  /** Opens the browser's own shortcut settings, where it has a way to. */
  onChangeShortcut?: () => void;
}

type BooleanSetting = {
  [K in keyof Settings]: Settings[K] extends boolean ? K : never;
}[keyof Settings];

/** One on/off setting as a labelled checkbox named after the setting. */
function Toggle({
  name,
  label,
  settings,
  set,
}: {
  name: BooleanSetting;
  label: string;
  settings: Settings;
  set: (key: BooleanSetting, value: boolean) => void;
}) {
  return (
    <label class="row">
      <input
        type="checkbox"
        name={name}
        checked={settings[name]}
        onChange={(e) => set(name, e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}

/**
 * The hidden list without this dataset's initiatives. Ids it does not know
 * stay: settings synced from a browser with a newer dataset keep their
 * choices there.
 */
function hiddenWithout(settings: Settings, initiatives: Initiative[]): string[] {
  const known = new Set(initiatives.map((i) => i.id));
  return settings.hiddenInitiatives.filter((id) => !known.has(id));
}

export function OptionsForm({
  settings,
  initiatives,
  i18n,
  onChange,
  onReset,
  shortcut,
  onChangeShortcut,
}: OptionsFormProps) {
  const [siteDraft, setSiteDraft] = useState('');
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    onChange({ ...settings, [key]: value });
  const styles: [HighlightStyle, string][] = [
    ['underline', i18n.t('styleUnderline')],
    ['background', i18n.t('styleBackground')],
    ['none', i18n.t('styleNone')],
  ];
  const allShown = initiatives.every((i) => !settings.hiddenInitiatives.includes(i.id));
  const allHidden = initiatives.every((i) => settings.hiddenInitiatives.includes(i.id));
  const addSite = () => {
    const site = normalizeSite(siteDraft);
    if (!site) return;
    if (!settings.disabledSites.includes(site)) {
      set('disabledSites', [...settings.disabledSites, site].sort());
    }
    setSiteDraft('');
  };
  return (
    <main class="options">
      <h1>{i18n.t('optionsTitle')}</h1>

      <Toggle name="enabled" label={i18n.t('optEnabled')} settings={settings} set={set} />

      <fieldset>
        <legend>{i18n.t('optHighlightStyle')}</legend>
        {styles.map(([value, label]) => (
          <label class="row" key={value}>
            <input
              type="radio"
              name="highlightStyle"
              value={value}
              checked={settings.highlightStyle === value}
              onChange={() => set('highlightStyle', value)}
            />
            {label}
          </label>
        ))}
      </fieldset>

      <label class="row">
        {i18n.t('optHoverDelay')}
        <input
          type="range"
          name="hoverDelayMs"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={settings.hoverDelayMs}
          onInput={(e) => set('hoverDelayMs', Number(e.currentTarget.value))}
        />
        <output>{settings.hoverDelayMs} ms</output>
      </label>

      <Toggle
        name="matchAmbiguousNames"
        label={i18n.t('optAmbiguous')}
        settings={settings}
        set={set}
      />

      <Toggle name="showBadge" label={i18n.t('optBadge')} settings={settings} set={set} />

      {shortcut !== undefined && (
        <p class="row shortcut">
          {i18n.t('optShortcut')}
          {shortcut ? <kbd>{shortcut}</kbd> : <span>{i18n.t('shortcutNone')}</span>}
          {onChangeShortcut && (
            <button
              type="button"
              aria-label={i18n.t('changeShortcutLabel')}
              onClick={onChangeShortcut}
            >
              {i18n.t('changeShortcut')}
            </button>
          )}
        </p>
      )}

      <fieldset>
        <legend>{i18n.t('optInitiatives')}</legend>
        {/* aria-disabled, not disabled: a button disabled by its own click
            drops the keyboard focus back to the top of the page. */}
        <div class="row">
          <button
            type="button"
            aria-disabled={allShown}
            onClick={() =>
              allShown || set('hiddenInitiatives', hiddenWithout(settings, initiatives))
            }
          >
            {i18n.t('showAllInitiatives')}
          </button>
          <button
            type="button"
            aria-disabled={allHidden}
            onClick={() =>
              allHidden ||
              set(
                'hiddenInitiatives',
                [...hiddenWithout(settings, initiatives), ...initiatives.map((i) => i.id)].sort(),
              )
            }
          >
            {i18n.t('hideAllInitiatives')}
          </button>
        </div>
        {initiativesByName(initiatives, i18n.locale).map(({ initiative, name }) => (
          <label class="row" key={initiative.id}>
            <input
              type="checkbox"
              name="initiative"
              value={initiative.id}
              checked={!settings.hiddenInitiatives.includes(initiative.id)}
              onChange={(e) =>
                set(
                  'hiddenInitiatives',
                  e.currentTarget.checked
                    ? settings.hiddenInitiatives.filter((id) => id !== initiative.id)
                    : [...settings.hiddenInitiatives, initiative.id].sort(),
                )
              }
            />
            {name}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{i18n.t('optSites')}</legend>
        <ul class="sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button
                type="button"
                aria-label={i18n.t('removeSite', { site })}
                onClick={() =>
                  set(
                    'disabledSites',
                    settings.disabledSites.filter((s) => s !== site),
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            addSite();
          }}
        >
          <input
            type="text"
            name="site"
            aria-label={i18n.t('optSites')}
            placeholder={i18n.t('sitePlaceholder')}
            value={siteDraft}
            onInput={(e) => setSiteDraft(e.currentTarget.value)}
          />
          <button type="submit">{i18n.t('addSite')}</button>
        </form>
      </fieldset>

      <button type="button" class="reset" onClick={onReset}>
        {i18n.t('reset')}
      </button>
    </main>
  );
}
