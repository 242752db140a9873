/**
 * Decides when the tooltip opens and closes. Highlight ranges get no pointer
 * events, so the name under the pointer is found by hit-testing: the caret
 * position under the pointer gives a text node and offset, the scanner says
 * which name covers that offset, and the name's client rects confirm the
 * pointer is really on it (the caret APIs also answer for points in margins
 * and past the end of a line).
 *
 * Interaction follows WCAG 1.4.13: a delay before opening, the pointer can
 * travel into the tooltip and it stays while hovered, Esc dismisses it, and
 * nothing opens while the user is selecting text or typing.
 */
import { liveRangeOf, TEXT_NODE, type PageScanner, type PaintedName } from './page-scanner';

/** Time the pointer may spend between the name and the tooltip. */
const HIDE_GRACE_MS = 300;
/** Keystrokes this recent mean the user is typing, not reading. */
const TYPING_QUIET_MS = 800;

export interface HoverTrackerOptions {
  scanner: PageScanner;
  hoverDelayMs: () => number;
  isInsideTooltip: (target: EventTarget | null) => boolean;
  /** `pointerY` picks the line of a name that wraps; absent for keyboard opens. */
  show: (name: PaintedName, pointerY?: number) => void;
  hide: () => void;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): CaretPoint | null {
  const doc = document as CaretDocument;
  if (doc.caretPositionFromPoint) {
    // Chromium ≥ 128 and Firefox: the shadowRoots option lets the caret land
    // inside open shadow trees instead of stopping at their host.
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
      return true;
    }
  }
  return false;
}

export function nameAtPoint(scanner: PageScanner, x: number, y: number): PaintedName | undefined {
  const caret = caretAt(x, y, scanner.shadowRoots);
  if (!caret || caret.node.nodeType !== TEXT_NODE) return undefined;
  const names = scanner.namesIn(caret.node as Text);
  if (!names) return undefined;
  for (const name of names) {
    if (
      caret.offset >= name.start - 1 &&
      caret.offset <= name.end + 1 &&
      rectsContain(liveRangeOf(name), x, y)
    ) {
      return name;
    }
  }
  return undefined;
}

export class HoverTracker {
  #current: PaintedName | undefined;
  #pending: PaintedName | undefined;
  #showTimer: ReturnType<typeof setTimeout> | undefined;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  #frameRequested = false;
  #lastX = 0;
  #lastY = 0;
  #lastTarget: EventTarget | null = null;
  #lastKeyAt = -Infinity;
  /** After Esc, the same name does not reopen until the pointer leaves it. */
  #dismissed: PaintedName | undefined;
  readonly #abort = new AbortController();

  readonly #options: HoverTrackerOptions;

  constructor(options: HoverTrackerOptions) {
    this.#options = options;
    const listen = { capture: true, passive: true, signal: this.#abort.signal };
    window.addEventListener('pointermove', (e) => this.#onPointerMove(e), listen);
    window.addEventListener('pointerdown', (e) => this.#onPointerDown(e), listen);
    window.addEventListener('keydown', (e) => this.#onKeyDown(e), listen);
    window.addEventListener('blur', () => this.close(), { signal: this.#abort.signal });
  }

  dispose(): void {
    this.#abort.abort();
    this.close();
  }

  /** Opens the card for a name now (keyboard command, tap). */
  open(name: PaintedName, pointerY?: number): void {
    this.#cancelTimers();
    this.#current = name;
    this.#options.show(name, pointerY);
  }

  close(): void {
    this.#cancelTimers();
    this.#pending = undefined;
    if (this.#current) {
      this.#current = undefined;
      this.#options.hide();
    }
  }

  #cancelTimers(): void {
    clearTimeout(this.#showTimer);
    clearTimeout(this.#hideTimer);
    this.#showTimer = this.#hideTimer = undefined;
  }

  #onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.#lastX = event.clientX;
    this.#lastY = event.clientY;
    this.#lastTarget = event.target;
    // Selecting text with a button held: never pop up in the middle of it.
    if (event.buttons !== 0) {
      clearTimeout(this.#showTimer);
      this.#pending = undefined;
      return;
    }
    if (!this.#frameRequested) {
      this.#frameRequested = true;
      requestAnimationFrame(() => {
        this.#frameRequested = false;
        this.#update();
      });
    }
  }

  #onPointerDown(event: PointerEvent): void {
    if (this.#options.isInsideTooltip(event.target)) return;
    if (event.pointerType === 'touch' || event.pointerType === 'pen') {
      // A tap on a painted name opens its card at once: there is no hover.
      const name = nameAtPoint(this.#options.scanner, event.clientX, event.clientY);
      if (name) {
        this.open(name, event.clientY);
        return;
      }
    }
    this.close();
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.#current) {
      this.#dismissed = this.#current;
      this.close();
      return;
    }
    this.#lastKeyAt = performance.now();
  }

  #update(): void {
    if (this.#options.isInsideTooltip(this.#lastTarget)) {
      clearTimeout(this.#hideTimer);
      this.#hideTimer = undefined;
      return;
    }
    const name = nameAtPoint(this.#options.scanner, this.#lastX, this.#lastY);
    if (name !== this.#dismissed) this.#dismissed = undefined;
    if (name && name === this.#current) {
      clearTimeout(this.#hideTimer);
      this.#hideTimer = undefined;
      return;
    }
    if (!name || name === this.#dismissed) {
      clearTimeout(this.#showTimer);
      this.#pending = undefined;
      if (this.#current && this.#hideTimer === undefined) {
        this.#hideTimer = setTimeout(() => this.close(), HIDE_GRACE_MS);
      }
      return;
    }
    if (name === this.#pending) return;
    if (performance.now() - this.#lastKeyAt < TYPING_QUIET_MS) return;
    clearTimeout(this.#showTimer);
    this.#pending = name;
    this.#showTimer = setTimeout(() => {
      this.#pending = undefined;
      // Confirm the pointer is still on it: the page may have scrolled.
      if (nameAtPoint(this.#options.scanner, this.#lastX, this.#lastY) === name) {
        this.open(name, this.#lastY);
      }
    }, this.#options.hoverDelayMs());
  }
}
