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

/**
 * One painted name, as the painter holds it. Its StaticRange is made the
 * first time the name comes near the viewport: most names of a long page
 * never do, and on the benchmark page making a range for each of 1 200
 * names took half a millisecond of the scan.
 */
export interface PaintedMark {
  readonly node: Text;
  readonly start: number;
  readonly end: number;
  /** The element observed for it; null for text right under a shadow root. */
  readonly element: Element | null;
  /** Its place in the element's list (see `Painter.remove`). */
  slot: number;
  range: StaticRange | null;
}

function rangeOf(mark: PaintedMark): StaticRange {
  return (mark.range ??= new StaticRange({
    startContainer: mark.node,
    startOffset: mark.start,
    endContainer: mark.node,
    endOffset: mark.end,
  }));
}

export class Painter {
  readonly #highlight = new Highlight();
  /** Painted names by the element around their text, which is what is observed. */
  readonly #marksIn = new Map<Element, PaintedMark[]>();
  readonly #near = new Set<Element>();
  readonly #observer = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting, boundingClientRect: box } of entries) {
        const marks = this.#marksIn.get(target);
        if (!marks) continue;
        // No box of its own (`display: contents`): its text is laid out by
        // an ancestor, so it is painted wherever it is.
        const near = isIntersecting || !(box.width || box.height);
        if (near) this.#near.add(target);
        else this.#near.delete(target);
        for (const mark of marks) {
          if (near) this.#highlight.add(rangeOf(mark));
          else if (mark.range) this.#highlight.delete(mark.range);
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

  /** Paints `node`'s text from `start` to `end`; the mark is what `remove` takes. */
  add(node: Text, start: number, end: number): PaintedMark {
    const element = node.parentElement;
    const mark: PaintedMark = { node, start, end, element, slot: 0, range: null };
    // Text right under a shadow root: too rare to be worth observing.
    if (!element) {
      this.#highlight.add(rangeOf(mark));
      return mark;
    }
    const marks = this.#marksIn.get(element);
    if (marks) mark.slot = marks.push(mark) - 1;
    else {
      // Most elements hold one name; `[]` grows to 17 slots at its first push.
      this.#marksIn.set(element, [mark]);
      this.#observer.observe(element);
    }
    if (this.#near.has(element)) this.#highlight.add(rangeOf(mark));
    return mark;
  }

  remove(mark: PaintedMark): void {
    if (mark.range) this.#highlight.delete(mark.range);
    const element = mark.element;
    const marks = element && this.#marksIn.get(element);
    // Gone already, with a `clear`.
    if (!marks || marks[mark.slot] !== mark) return;
    // The last mark takes its slot: a node's hundred names go in linear time.
    const last = marks.pop()!;
    if (last !== mark) marks[(last.slot = mark.slot)] = last;
    if (marks.length > 0) return;
    this.#marksIn.delete(element);
    this.#near.delete(element);
    this.#observer.unobserve(element);
  }

  clear(): void {
    this.#highlight.clear();
    this.#marksIn.clear();
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
