/**
 * The one element this extension adds to a page: a host with an open shadow
 * root holding the tooltip. Created on first use, not at load, so pages
 * where nobody hovers a name are left exactly as they were.
 *
 * Owns when placement runs (on show, on scroll of any scroller, on resize),
 * hiding when the name scrolls out of view, and the fullscreen re-parenting.
 * Where the card goes is `lib/placement.ts`; what it says comes from the
 * caller as a Preact node.
 */
import { render, type VNode } from 'preact';
import { anchorLine, isVisibleIn, placeBeside } from '../../lib/placement';
import cardCss from '../../components/card.css?inline';
import hoverCardCss from '../../components/hover-card.css?inline';
import themeCss from '../../components/theme.css?inline';

export const HOST_TAG = 'ai-alliances-lens';

export interface TooltipAnchor {
  getClientRects(): DOMRectList;
}

export class TooltipHost {
  #host: HTMLElement | undefined;
  #container: HTMLElement | undefined;
  #stopFollowing: (() => void) | undefined;
  readonly #onFullscreenChange = () => this.#attach();

  /** True for our host element itself (its shadow tree is not part of the page's DOM). */
  isHost(node: Node): boolean {
    return node === this.#host;
  }

  /** True for our host and anything inside it. */
  contains(node: Node | EventTarget | null): boolean {
    return (
      !!this.#host && node instanceof Node && (node === this.#host || this.#host.contains(node))
    );
  }

  /**
   * Renders `content` next to `anchor`. `onAnchorGone` runs when the name
   * scrolls out of view or leaves the page.
   */
  show(
    content: VNode,
    anchor: TooltipAnchor,
    pointerY: number | undefined,
    onAnchorGone: () => void,
  ): void {
    const container = this.#ensureHost();
    this.#stopFollowing?.();
    render(content, container);
    const card = container.firstElementChild as HTMLElement | null;
    if (!card) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      const viewport = { width: innerWidth, height: innerHeight };
      const line = anchorLine([...anchor.getClientRects()], pointerY);
      if (!line || !isVisibleIn(line, viewport)) {
        onAnchorGone();
        return;
      }
      card.style.maxHeight = '';
      const placement = placeBeside(
        line,
        { width: card.offsetWidth, height: card.offsetHeight },
        viewport,
      );
      if (placement.maxHeight !== undefined) card.style.maxHeight = `${placement.maxHeight}px`;
      card.style.transform = `translate(${Math.round(placement.left)}px, ${Math.round(placement.top)}px)`;
      pointerY = undefined;
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(place);
    };
    place();
    // Capture: scrolling any inner scroller moves the name too.
    const listen = { capture: true, passive: true } as const;
    addEventListener('scroll', schedule, listen);
    addEventListener('resize', schedule, listen);
    this.#stopFollowing = () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', schedule, listen);
      removeEventListener('resize', schedule, listen);
    };
  }

  hide(): void {
    this.#stopFollowing?.();
    this.#stopFollowing = undefined;
    if (this.#container) render(null, this.#container);
  }

  dispose(): void {
    this.hide();
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    this.#host?.remove();
    this.#host = undefined;
    this.#container = undefined;
  }

  #ensureHost(): HTMLElement {
    if (this.#container && this.#host) {
      if (!this.#host.isConnected) this.#attach();
      return this.#container;
    }
    const host = document.createElement(HOST_TAG);
    // Inline style on our own element only: keeps it out of the page's layout.
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('position', 'fixed', 'important');
    host.style.setProperty('top', '0', 'important');
    host.style.setProperty('left', '0', 'important');
    host.style.setProperty('z-index', '2147483647', 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    // Constructed sheets: no <style> element for a strict page CSP to block.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(themeCss + hoverCardCss + cardCss);
    shadow.adoptedStyleSheets = [sheet];
    const container = document.createElement('div');
    shadow.append(container);
    this.#host = host;
    this.#container = container;
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    this.#attach();
    return container;
  }

  /** In fullscreen only the fullscreen element's subtree is drawn: move there. */
  #attach(): void {
    if (!this.#host) return;
    const parent = document.fullscreenElement ?? document.documentElement;
    if (this.#host.parentNode !== parent) parent.append(this.#host);
  }
}
