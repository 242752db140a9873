/**
 * Paints found names with the CSS Custom Highlight API: the page's DOM is
 * never touched. The `::highlight()` rules live in the manifest-declared
 * `highlight.css` (a page CSP cannot block it and it adds no element).
 *
 * Owns the Highlight objects and which registry name they sit under; the
 * highlight style setting only changes that name ('none' unregisters, and the
 * ranges stay with the scanner so names remain hoverable).
 */
import type { HighlightStyle } from '../../lib/settings';
import { HIGHLIGHT_SHEET_TEXT } from './highlight-sheet';

const REGISTRY_NAMES: Record<Exclude<HighlightStyle, 'none'>, string> = {
  underline: 'ai-alliances-underline',
  background: 'ai-alliances-background',
};

export class Painter {
  private readonly highlight = new Highlight();
  private registeredAs: string | undefined;
  private readonly styledShadowRoots = new WeakSet<ShadowRoot>();
  private shadowSheet: CSSStyleSheet | undefined;

  constructor(style: HighlightStyle) {
    this.setStyle(style);
  }

  setStyle(style: HighlightStyle): void {
    const name = style === 'none' ? undefined : REGISTRY_NAMES[style];
    if (name === this.registeredAs) return;
    if (this.registeredAs) CSS.highlights.delete(this.registeredAs);
    if (name) CSS.highlights.set(name, this.highlight);
    this.registeredAs = name;
  }

  add(range: AbstractRange): void {
    this.highlight.add(range);
  }

  remove(range: AbstractRange): void {
    this.highlight.delete(range);
  }

  clear(): void {
    this.highlight.clear();
  }

  dispose(): void {
    this.clear();
    if (this.registeredAs) CSS.highlights.delete(this.registeredAs);
    this.registeredAs = undefined;
  }

  /**
   * `::highlight()` rules do not cross shadow boundaries: a name inside a
   * page's open shadow root is only painted if the rule is in that tree too.
   * Adopting a constructed sheet adds no node and is not subject to CSP.
   */
  styleShadowRoot(root: ShadowRoot): void {
    if (this.styledShadowRoots.has(root)) return;
    this.styledShadowRoots.add(root);
    if (!this.shadowSheet) {
      this.shadowSheet = new CSSStyleSheet();
      this.shadowSheet.replaceSync(HIGHLIGHT_SHEET_TEXT);
    }
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.shadowSheet];
    } catch {
      // A frozen or foreign-realm array on an exotic page: names there stay
      // hoverable, just unpainted.
    }
  }
}
