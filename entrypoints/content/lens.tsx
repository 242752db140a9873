/**
 * The content script's parts wired together for one frame: scanner + painter
 * (find and mark names), hover tracker + tooltip host (show cards), and the
 * message handlers the popup and background use. Every frame runs its own
 * lens; each answers for its own text.
 *
 * Settings changes rebuild only what they affect: the highlight style just
 * moves the highlight, a filter change rebuilds the finder and rescans, and
 * turning the extension off (globally or for this site) tears everything
 * down, including our host element.
 */
import { HoverCard } from '../../components/HoverCard';
import { InitiativeCard } from '../../components/InitiativeCard';
import { OrgCard } from '../../components/OrgCard';
import type { CardReply, CardRequest } from '../../lib/card-service';
import type { ContentIndex } from '../../lib/dataset/content-index';
import { localizedInitiative, pickLocale, translatorFor, type Locale } from '../../lib/i18n';
import type { PageNameCount, ToContentMessage } from '../../lib/messages';
import { createNameFinder } from '../../lib/name-finder';
import { isSiteDisabled, siteOf, type Settings } from '../../lib/settings';
import { HoverTracker } from './hover-tracker';
import { Painter } from './painter';
import { liveRangeOf, PageScanner, type PaintedName } from './page-scanner';
import { TooltipHost } from './tooltip-host';

/** Beyond this, a page is a list or a dump, not prose: stop marking. */
const MAX_NAMES_PER_PAGE = 2000;

export interface LensOptions {
  index: ContentIndex;
  settings: Settings;
  /** Asks the background for a card; undefined when it cannot answer. */
  fetchCard: (request: CardRequest) => Promise<CardReply | undefined>;
  /** The browser language as this frame reports it; cards come in it. */
  locale: string;
  /** The organizations this frame shows changed (the badge counts them). */
  onNamesChanged: () => void;
}

export class Lens {
  #settings: Settings;
  #painter: Painter | undefined;
  #scanner: PageScanner | undefined;
  #hover: HoverTracker | undefined;
  readonly #tooltip = new TooltipHost();
  /** The name whose card is open or on its way. */
  #shownName: PaintedName | undefined;
  readonly #locale: Locale;

  readonly #options: LensOptions;

  constructor(options: LensOptions) {
    this.#options = options;
    this.#settings = options.settings;
    this.#locale = pickLocale(options.locale);
    // Its own task: compiling the matcher should not add to whatever task
    // delivered the settings (a page's long task budget is shared).
    if (isActive(this.#settings)) setTimeout(() => this.#startIfStill(), 0);
  }

  #startIfStill(): void {
    if (!this.#scanner && !this.#disposed && isActive(this.#settings)) this.#start();
  }

  #disposed = false;

  applySettings(next: Settings): void {
    const previous = this.#settings;
    this.#settings = next;
    if (!isActive(next)) {
      this.#stop();
      return;
    }
    const findsOtherNames =
      previous.matchAmbiguousNames !== next.matchAmbiguousNames ||
      previous.hiddenInitiatives.join() !== next.hiddenInitiatives.join();
    if (this.#scanner && findsOtherNames) this.#stop();
    if (!this.#scanner) {
      this.#start();
      return;
    }
    if (previous.highlightStyle !== next.highlightStyle) {
      this.#painter?.setStyle(next.highlightStyle);
    }
  }

  dispose(): void {
    this.#disposed = true;
    this.#stop();
    this.#tooltip.dispose();
  }

  handleMessage(message: ToContentMessage): unknown {
    switch (message.type) {
      case 'get-page-names':
        return { names: this.#pageNameCounts(), site: siteOf(location.href) };
      case 'reveal-name':
        return { revealed: this.#reveal(message.kind, message.id) };
      case 'show-card-for-selection':
        return { shown: this.#showCardForSelection() };
    }
  }

  #start(): void {
    const painter = new Painter(this.#settings.highlightStyle);
    const { index } = this.#options;
    const finder = createNameFinder(index, {
      matchAmbiguousNames: this.#settings.matchAmbiguousNames,
      isShown: (kind, id) =>
        kind === 'initiative'
          ? this.#isInitiativeShown(id)
          : (index.orgInitiatives[id] ?? []).some(this.#isInitiativeShown),
    });
    const scanner = new PageScanner({
      finder,
      painter,
      isOwnNode: (node) => this.#tooltip.isHost(node),
      maxNames: MAX_NAMES_PER_PAGE,
      onChange: this.#options.onNamesChanged,
    });
    this.#painter = painter;
    this.#scanner = scanner;
    this.#hover = new HoverTracker({
      scanner,
      hoverDelayMs: () => this.#settings.hoverDelayMs,
      isInsideTooltip: (target) => this.#tooltip.contains(target),
      show: (name, pointerY) => this.#showCard(name, pointerY),
      hide: () => {
        this.#shownName = undefined;
        this.#tooltip.hide();
      },
    });
    scanner.start();
  }

  #stop(): void {
    this.#hover?.dispose();
    this.#scanner?.stop();
    this.#painter?.dispose();
    this.#tooltip.hide();
    this.#hover = this.#scanner = this.#painter = undefined;
    this.#options.onNamesChanged();
  }

  #pageNameCounts(): PageNameCount[] {
    const counts = new Map<string, PageNameCount>();
    for (const name of this.#scanner?.allNames() ?? []) {
      const key = `${name.kind}:${name.id}`;
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { kind: name.kind, id: name.id, count: 1 });
    }
    return [...counts.values()];
  }

  orgIdsOnPage(): Set<string> {
    const ids = new Set<string>();
    for (const name of this.#scanner?.allNames() ?? []) if (name.kind === 'org') ids.add(name.id);
    return ids;
  }

  #isInitiativeShown = (id: string): boolean => !this.#settings.hiddenInitiatives.includes(id);

  /**
   * Opens the card for a name. Its content comes from the background; if the
   * pointer has moved on to another name by the time it arrives, it is dropped.
   */
  #showCard(name: PaintedName, pointerY?: number): void {
    this.#shownName = name;
    const request: CardRequest =
      name.kind === 'org'
        ? {
            type: 'get-card',
            locale: this.#locale,
            kind: 'org',
            id: name.id,
            hiddenInitiatives: this.#settings.hiddenInitiatives,
            ...(name.formerName ? { formerName: name.formerName } : {}),
          }
        : {
            type: 'get-card',
            locale: this.#locale,
            kind: 'initiative',
            id: name.id,
            orgIdsOnPage: [...this.orgIdsOnPage()],
          };
    void this.#options.fetchCard(request).then((reply) => {
      if (this.#shownName !== name || !reply || reply.kind === 'unknown') return;
      this.#renderCard(reply, name, pointerY);
    });
  }

  #renderCard(reply: CardReply, name: PaintedName, pointerY?: number): void {
    if (reply.kind === 'unknown') return;
    // Each card brings its words, its dates and country already formatted.
    const i18n = translatorFor(reply.words);
    const close = () => this.#hover?.close();
    let card;
    let label: string;
    if (reply.kind === 'org') {
      label = i18n.t('tooltipLabel', { name: reply.model.org.name });
      card = <OrgCard model={reply.model} i18n={i18n} />;
    } else {
      const { name: title } = localizedInitiative(reply.model.initiative, i18n.locale);
      label = i18n.t('initiativeTooltipLabel', { name: title });
      card = <InitiativeCard model={reply.model} i18n={i18n} otherMembersLimit={12} />;
    }
    this.#tooltip.show(
      <HoverCard label={label} asOf={reply.asOf} i18n={i18n} onClose={close}>
        {card}
      </HoverCard>,
      liveRangeOf(name),
      pointerY,
      close,
    );
  }

  /** Scrolls to the first occurrence of a name and flashes it. */
  #reveal(kind: 'org' | 'initiative', id: string): boolean {
    let first: { name: PaintedName; range: Range } | undefined;
    for (const name of this.#scanner?.allNames() ?? []) {
      if (name.kind !== kind || name.id !== id) continue;
      const range = liveRangeOf(name);
      if (!first || isBefore(range, first.range)) first = { name, range };
    }
    if (!first) return false;
    first.name.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    flash(first.range);
    return true;
  }

  /** Keyboard command: the card for the selected name, or the name nearest the selection. */
  #showCardForSelection(): boolean {
    const selection = getSelection();
    if (!selection || selection.rangeCount === 0 || !this.#scanner || !this.#hover) return false;
    const selected = selection.getRangeAt(0);
    let best: PaintedName | undefined;
    let bestDistance = Infinity;
    for (const name of this.#scanner.allNames()) {
      const distance = rangeDistance(selected, liveRangeOf(name));
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    if (!best) return false;
    this.#hover.open(best);
    return true;
  }
}

/**
 * Whether this frame should mark names. Site rules follow the tab's site: an
 * embedded frame asks for its top document's origin, which Chromium exposes
 * even across origins (`ancestorOrigins`); elsewhere the referrer stands in.
 */
function isActive(settings: Settings): boolean {
  if (!settings.enabled) return false;
  const ancestors = location.ancestorOrigins;
  const topUrl =
    window === window.top
      ? location.href
      : ancestors && ancestors.length > 0
        ? ancestors[ancestors.length - 1]
        : document.referrer;
  return !isSiteDisabled(settings, topUrl);
}

/** Document order; ranges in different trees (a shadow root) compare by position on screen. */
function isBefore(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b) < 0;
  } catch {
    return a.getBoundingClientRect().top < b.getBoundingClientRect().top;
  }
}

/** 0 when the ranges intersect; otherwise a rough distance in px. */
function rangeDistance(a: Range, b: Range): number {
  try {
    if (
      a.compareBoundaryPoints(Range.END_TO_START, b) <= 0 &&
      a.compareBoundaryPoints(Range.START_TO_END, b) >= 0
    ) {
      return 0;
    }
  } catch {
    // Different documents or shadow trees: fall back to geometry.
  }
  const ra = a.getBoundingClientRect();
  const rb = b.getBoundingClientRect();
  return Math.hypot(ra.left - rb.left, ra.top - rb.top) + 1;
}

const FLASH_HIGHLIGHT = 'ai-alliances-flash';

function flash(range: Range): void {
  const highlight = new Highlight(range);
  CSS.highlights.set(FLASH_HIGHLIGHT, highlight);
  setTimeout(() => {
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === highlight) CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, 1600);
}
