/**
 * Paints found names with the CSS Custom Highlight API: the page's DOM is
 * never touched. The `::highlight()` rules live in the manifest-declared
 * `highlight.css` (a page CSP cannot block it and it adds no element).
 *
 * Owns the Highlight objects and which registry name they sit under; the
 * highlight style setting only changes that name ('none' unregisters, and the
 * ranges stay with the scanner so names remain hoverable).
 *
 * Only names near the viewport are in the registered highlight. In every
 * frame after the DOM changed, Chromium rebuilds a marker for each range of
 * each registered highlight: on a live feed with 1 600 names painted, that
 * garbage made the page's major collections pause 8–50 ms (1–4 ms with the
 * extension off), inside whichever script was running, ours included. An
 * IntersectionObserver on the element around each painted text tells which
 * are near, from layout the browser does anyway.
 */
import type { HighlightStyle } from '../../lib/settings';
import { HIGHLIGHT_SHEET_TEXT } from './highlight-sheet';

const REGISTRY_NAMES: Record<Exclude<HighlightStyle, 'none'>, string> = {
  underline: 'ai-alliances-underline',
  background: 'ai-alliances-background',
};

/** How far past the viewport, above and below, names are painted ahead of a scroll. */
const NEAR_MARGIN = '100% 0%';

export class Painter {
  readonly #highlight = new Highlight();
  /** Painted ranges by the element around their text, which is what is observed. */
  readonly #rangesIn = new Map<Element, Set<AbstractRange>>();
  readonly #elementOf = new Map<AbstractRange, Element>();
  readonly #near = new Set<Element>();
  readonly #observer = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting, boundingClientRect: box } of entries) {
        const ranges = this.#rangesIn.get(target);
        if (!ranges) continue;
        // No box of its own (`display: contents`): its text is laid out by
        // an ancestor, so it is painted wherever it is.
        const near = isIntersecting || !(box.width || box.height);
        if (near) this.#near.add(target);
        else this.#near.delete(target);
        for (const range of ranges) {
          if (near) this.#highlight.add(range);
          else this.#highlight.delete(range);
        }
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  #registeredAs: string | undefined;
  readonly #styledShadowRoots = new WeakSet<ShadowRoot>();
  #shadowSheet: CSSStyleSheet | undefined;

  constructor(style: HighlightStyle) {
    this.setStyle(style);
  }

  setStyle(style: HighlightStyle): void {
    const name = style === 'none' ? undefined : REGISTRY_NAMES[style];
    if (name === this.#registeredAs) return;
    if (this.#registeredAs) CSS.highlights.delete(this.#registeredAs);
    if (name) CSS.highlights.set(name, this.#highlight);
    this.#registeredAs = name;
  }

  add(range: AbstractRange): void {
    const element = range.startContainer.parentElement;
    // Text right under a shadow root: too rare to be worth observing.
    if (!element) {
      this.#highlight.add(range);
      return;
    }
    let ranges = this.#rangesIn.get(element);
    if (!ranges) {
      this.#rangesIn.set(element, (ranges = new Set()));
      this.#observer.observe(element);
    }
    ranges.add(range);
    this.#elementOf.set(range, element);
    if (this.#near.has(element)) this.#highlight.add(range);
  }

  remove(range: AbstractRange): void {
    this.#highlight.delete(range);
    const element = this.#elementOf.get(range);
    if (!element) return;
    this.#elementOf.delete(range);
    const ranges = this.#rangesIn.get(element)!;
    ranges.delete(range);
    if (ranges.size > 0) return;
    this.#rangesIn.delete(element);
    this.#near.delete(element);
    this.#observer.unobserve(element);
  }

  clear(): void {
    this.#highlight.clear();
    this.#rangesIn.clear();
    this.#elementOf.clear();
    this.#near.clear();
    this.#observer.disconnect();
  }

  dispose(): void {
    this.clear();
    if (this.#registeredAs) CSS.highlights.delete(this.#registeredAs);
    this.#registeredAs = undefined;
  }

  /**
   * `::highlight()` rules do not cross shadow boundaries: a name inside a
   * page's open shadow root is only painted if the rule is in that tree too.
   * Adopting a constructed sheet adds no node and is not subject to CSP.
   */
  styleShadowRoot(root: ShadowRoot): void {
    if (this.#styledShadowRoots.has(root)) return;
    this.#styledShadowRoots.add(root);
    if (!this.#shadowSheet) {
      this.#shadowSheet = new CSSStyleSheet();
      this.#shadowSheet.replaceSync(HIGHLIGHT_SHEET_TEXT);
    }
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#shadowSheet];
    } catch {
      // A frozen or foreign-realm array on an exotic page: names there stay
      // hoverable, just unpainted.
    }
  }
}
