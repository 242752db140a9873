/**
 * The toolbar popup: search the dataset, see what the current page names, and
 * switch the extension off for this site. This container does the browser
 * I/O (active tab, messages, settings); the views are pure components.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { InitiativeView } from '../../components/InitiativeView';
import { OrgCard } from '../../components/OrgCard';
import { PageSummary } from '../../components/PageSummary';
import { SearchResults } from '../../components/SearchResults';
import { initiativeDetailModel, orgCardModel } from '../../lib/cards';
import { localizedInitiative } from '../../lib/i18n';
import type { PageTranslator } from '../../lib/i18n-pages';
import { parsePageNamesReply, type PageNameCount, type ToContentMessage } from '../../lib/messages';
import { createDatasetSearch } from '../../lib/search';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { dataset, queries } from '../../utils/dataset';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';

type View = { kind: 'home' } | { kind: 'org'; id: string } | { kind: 'initiative'; id: string };
const HOME: View = { kind: 'home' };

interface ActiveTab {
  id: number;
  site: string | null;
}

/**
 * The tab the popup speaks about: the active one, or the one named by
 * `popup.html?tab=ID` when the popup is opened as a page of its own (where
 * the active tab would be the popup itself), as the end-to-end tests do.
 */
async function targetTab() {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    return browser.tabs.get(requested).catch(() => undefined);
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

export function PopupApp({ i18n }: { i18n: PageTranslator }) {
  const search = useMemo(() => createDatasetSearch(dataset), []);
  const [query, setQuery] = useState('');
  // The views opened since the last search, so that "back" retraces them:
  // from a member's card to its initiative, then to the results or the page.
  const [opened, setOpened] = useState<View[]>([]);
  const view = opened[opened.length - 1] ?? HOME;
  const open = (next: View) => setOpened((views) => [...views, next]);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [tab, setTab] = useState<ActiveTab | undefined>();
  const [pageNames, setPageNames] = useState<PageNameCount[] | null | undefined>();

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    void targetTab().then((target) => {
      if (target?.id === undefined) return setPageNames(null);
      const tabId = target.id;
      setTab({ id: tabId, site: null });
      const message: ToContentMessage = { type: 'get-page-names' };
      browser.tabs
        .sendMessage(tabId, message, { frameId: 0 })
        .then((raw) => {
          const reply = parsePageNamesReply(raw);
          setPageNames(reply?.names ?? null);
          setTab({ id: tabId, site: reply?.site ?? null });
        })
        .catch(() => setPageNames(null));
    });
  }, []);

  const isInitiativeShown = (id: string) => !settings.hiddenInitiatives.includes(id);
  const initiativeName = (id: string) => {
    const initiative = queries.initiativeById.get(id);
    if (!initiative) return id;
    return localizedInitiative(initiative, i18n.locale).name;
  };
  const results = useMemo(() => search.search(query), [search, query]);

  const reveal = (name: PageNameCount) => {
    if (!tab) return;
    const message: ToContentMessage = { type: 'reveal-name', kind: name.kind, id: name.id };
    void browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
  };

  const siteDisabled = !!tab?.site && settings.disabledSites.includes(tab.site);
  const toggleSite = () => {
    if (!tab?.site) return;
    const site = tab.site;
    const disabledSites = siteDisabled
      ? settings.disabledSites.filter((s) => s !== site)
      : [...settings.disabledSites, site];
    void updateSettings({ disabledSites }).then(setSettings);
  };

  let body;
  if (view.kind === 'org') {
    const model = orgCardModel(queries, view.id, { isInitiativeShown });
    body = model ? <OrgCard model={model} i18n={i18n} /> : null;
  } else if (view.kind === 'initiative') {
    const model = initiativeDetailModel(queries, view.id);
    body = model ? (
      <InitiativeView model={model} i18n={i18n} onSelectOrg={(id) => open({ kind: 'org', id })} />
    ) : null;
  } else if (query.trim()) {
    body = (
      <SearchResults
        query={query}
        results={results}
        queries={queries}
        i18n={i18n}
        initiativeName={initiativeName}
        onSelect={(result) => open({ kind: result.kind, id: result.id })}
      />
    );
  } else {
    body =
      pageNames === undefined ? null : pageNames === null ? (
        <p class="empty">{i18n.t('pageUnavailable')}</p>
      ) : (
        <>
          <h2 class="section-title">{i18n.t('onThisPage')}</h2>
          <PageSummary
            names={pageNames}
            queries={queries}
            i18n={i18n}
            isInitiativeShown={isInitiativeShown}
            onReveal={reveal}
            onSelectInitiative={(id) => open({ kind: 'initiative', id })}
          />
        </>
      );
  }

  return (
    <main class="popup">
      <header class="popup-header">
        {view.kind !== 'home' ? (
          <button
            type="button"
            class="icon-button"
            aria-label={i18n.t('back')}
            onClick={() => setOpened((views) => views.slice(0, -1))}
          >
            ←
          </button>
        ) : null}
        <input
          type="search"
          role="searchbox"
          class="search-input"
          aria-label={i18n.t('searchLabel')}
          placeholder={i18n.t('searchPlaceholder')}
          value={query}
          autoFocus
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setOpened([]);
          }}
        />
      </header>
      <div class="popup-body">{body}</div>
      <footer class="popup-footer">
        {tab?.site ? (
          <label class="site-toggle">
            <input type="checkbox" checked={!siteDisabled} onChange={toggleSite} />
            <span>
              {i18n.t('thisSite', { site: tab.site })}:{' '}
              {siteDisabled ? i18n.t('siteOff') : i18n.t('siteOn')}
            </span>
          </label>
        ) : (
          <span />
        )}
        <button
          type="button"
          class="link-button"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {i18n.t('openOptions')}
        </button>
        <span class="as-of">{i18n.t('asOf', { date: i18n.date(dataset.asOf) })}</span>
      </footer>
    </main>
  );
}
