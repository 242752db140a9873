/**
 * The one element this extension adds to a page: a host with an open shadow
 * root holding the tooltip. Created on first use, not at load, so pages
 * where nobody hovers a name are left exactly as they were.
 *
 * Owns placement (Floating UI: below the name, flipped above when there is no
 * room, shifted into the viewport, following scroll) and the fullscreen
 * re-parenting. What the tooltip says comes from the caller as a Preact node.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { render, type VNode } from 'preact';
import cardCss from '../../components/card.css?inline';
import hoverCardCss from '../../components/hover-card.css?inline';
import themeCss from '../../components/theme.css?inline';

export const HOST_TAG = 'ai-alliances-lens';

export interface TooltipAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList;
}

export class TooltipHost {
  private host: HTMLElement | undefined;
  private container: HTMLElement | undefined;
  private stopAutoUpdate: (() => void) | undefined;
  private readonly onFullscreenChange = () => this.attach();

  /** True for our host and anything inside it. */
  contains(node: Node | EventTarget | null): boolean {
    return !!this.host && node instanceof Node && (node === this.host || this.host.contains(node));
  }

  get isOpen(): boolean {
    return !!this.stopAutoUpdate;
  }

  show(content: VNode, anchor: TooltipAnchor, contextElement: Element | null): void {
    const container = this.ensureHost();
    this.stopAutoUpdate?.();
    render(content, container);
    const floating = container.firstElementChild as HTMLElement | null;
    if (!floating) return;
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: contextElement ?? undefined,
    };
    const place = () => {
      void computePosition(reference, floating, {
        placement: 'bottom-start',
        strategy: 'fixed',
        // inline() picks the line the name is on when it wraps; flip() before
        // shift() so the card changes side before it would cover the name.
        middleware: [inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    };
    this.stopAutoUpdate = autoUpdate(reference, floating, place, { animationFrame: false });
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    if (this.container) render(null, this.container);
  }

  dispose(): void {
    this.hide();
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.host?.remove();
    this.host = undefined;
    this.container = undefined;
  }

  private ensureHost(): HTMLElement {
    if (this.container && this.host) {
      if (!this.host.isConnected) this.attach();
      return this.container;
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
    this.host = host;
    this.container = container;
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    this.attach();
    return container;
  }

  /** In fullscreen only the fullscreen element's subtree is drawn: move there. */
  private attach(): void {
    if (!this.host) return;
    const parent = document.fullscreenElement ?? document.documentElement;
    if (this.host.parentNode !== parent) parent.append(this.host);
  }
}
