/**
 * Finds names in the page's text and keeps them painted as the page changes.
 *
 * Owns: the walk over text nodes (document and open shadow roots), the
 * per-node record of found names that hover hit-testing reads, the
 * MutationObserver that keeps up with dynamic pages, and the cap on how many
 * names one page gets. It never edits the page: it only reads text and hands
 * Ranges to the painter.
 *
 * Work is split into slices of at most SLICE_BUDGET_MS so that a long page
 * never blocks the page's own input handling.
 */
import type { FoundName, NameFinder } from '../../lib/name-finder';
import type { Painter } from './painter';

export interface PaintedName extends FoundName {
  node: Text;
  range: Range;
}

/** Subtrees whose text is code, input or not prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'CANVAS',
]);

const SLICE_BUDGET_MS = 8;
/** Past this many mutation records in one batch, one full rescan is cheaper. */
const HUGE_BATCH_RECORDS = 5000;
/** Texts longer than this are matched in pieces so no slice runs long. */
const LONG_TEXT_PIECE = 64 * 1024;

export interface PageScannerOptions {
  finder: NameFinder;
  painter: Painter;
  /** Our own UI host, whose subtree is never scanned. */
  isOwnNode: (node: Node) => boolean;
  maxNames: number;
  /** Called (at most once per slice) when the set of painted names changed. */
  onChange: () => void;
}

export class PageScanner {
  private readonly byNode = new Map<Text, PaintedName[]>();
  private count = 0;
  private readonly pendingRoots: Node[] = [];
  private readonly pendingTexts = new Set<Text>();
  private scheduled = false;
  private readonly observer: MutationObserver;
  private readonly observedShadowRoots = new Set<ShadowRoot>();
  private stopped = false;

  constructor(private readonly options: PageScannerOptions) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.observe(document.documentElement ?? document);
    this.queueRoot(document.body ?? document.documentElement);
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.pendingRoots.length = 0;
    this.pendingTexts.clear();
    this.options.painter.clear();
    this.byNode.clear();
    this.count = 0;
  }

  /** Names found in one text node, for hover hit-testing. */
  namesIn(node: Text): readonly PaintedName[] | undefined {
    return this.byNode.get(node);
  }

  /** Every painted name still attached to the page, in no particular order. */
  *allNames(): Iterable<PaintedName> {
    for (const [node, names] of this.byNode) {
      if (node.isConnected) yield* names;
    }
  }

  /** Open shadow roots seen so far (hit-testing must name them to see inside). */
  get shadowRoots(): ShadowRoot[] {
    return [...this.observedShadowRoots];
  }

  private observe(target: Node): void {
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  private queueRoot(root: Node | null): void {
    if (!root || this.stopped) return;
    this.pendingRoots.push(root);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setTimeout(() => this.runSlice(), 0);
  }

  private onMutations(records: MutationRecord[]): void {
    if (records.length > HUGE_BATCH_RECORDS) {
      this.rescanAll();
      return;
    }
    for (const record of records) {
      if (this.options.isOwnNode(record.target)) continue;
      if (record.type === 'characterData') {
        if (record.target.nodeType === Node.TEXT_NODE) this.pendingTexts.add(record.target as Text);
        continue;
      }
      for (const node of record.removedNodes) this.forgetSubtree(node);
      for (const node of record.addedNodes) {
        if (this.options.isOwnNode(node)) continue;
        if (node.nodeType === Node.TEXT_NODE) this.pendingTexts.add(node as Text);
        else if (node.nodeType === Node.ELEMENT_NODE) this.pendingRoots.push(node);
      }
    }
    this.schedule();
  }

  private rescanAll(): void {
    this.options.painter.clear();
    this.byNode.clear();
    this.count = 0;
    this.pendingRoots.length = 0;
    this.pendingTexts.clear();
    this.queueRoot(document.body ?? document.documentElement);
  }

  private forgetSubtree(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) {
      this.forgetText(node as Text);
      return;
    }
    if (this.byNode.size === 0 || node.nodeType !== Node.ELEMENT_NODE) return;
    for (const text of [...this.byNode.keys()]) {
      if (node.contains(text)) this.forgetText(text);
    }
  }

  private forgetText(node: Text): void {
    const names = this.byNode.get(node);
    if (!names) return;
    for (const name of names) this.options.painter.remove(name.range);
    this.count -= names.length;
    this.byNode.delete(node);
  }

  private runSlice(): void {
    this.scheduled = false;
    if (this.stopped) return;
    const deadline = performance.now() + SLICE_BUDGET_MS;
    let changed = false;

    for (const text of this.pendingTexts) {
      this.pendingTexts.delete(text);
      this.forgetText(text);
      if (text.isConnected && this.acceptsText(text)) changed = this.scanText(text) || changed;
      if (performance.now() > deadline) break;
    }

    while (this.pendingRoots.length > 0 && performance.now() <= deadline) {
      const root = this.pendingRoots[this.pendingRoots.length - 1]!;
      const result = this.walk(root, deadline);
      changed = result.changed || changed;
      if (result.done) this.pendingRoots.pop();
    }

    if (changed) this.options.onChange();
    if (this.pendingRoots.length > 0 || this.pendingTexts.size > 0) this.schedule();
  }

  /** Walks texts under `root` until the deadline; resumable through `walkers`. */
  private readonly walkers = new WeakMap<Node, TreeWalker>();

  private walk(root: Node, deadline: number): { done: boolean; changed: boolean } {
    if (!root.isConnected || this.isSkippedRoot(root)) return { done: true, changed: false };
    let walker = this.walkers.get(root);
    if (!walker) {
      walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => this.filter(node),
      });
      this.walkers.set(root, walker);
    }
    let changed = false;
    let steps = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (!this.byNode.has(node as Text)) changed = this.scanText(node as Text) || changed;
      } else {
        const shadow = (node as Element).shadowRoot;
        if (shadow && !this.observedShadowRoots.has(shadow)) this.adoptShadowRoot(shadow);
      }
      if ((++steps & 63) === 0 && performance.now() > deadline) return { done: false, changed };
    }
    this.walkers.delete(root);
    return { done: true, changed };
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    this.observedShadowRoots.add(shadow);
    this.observe(shadow);
    this.options.painter.styleShadowRoot(shadow);
    this.pendingRoots.unshift(shadow);
  }

  private filter(node: Node): number {
    if (node.nodeType === Node.TEXT_NODE) {
      // Ancestors were already filtered by the walk itself.
      return hasWords(node as Text) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    }
    return this.isSkippedElement(node as Element)
      ? NodeFilter.FILTER_REJECT
      : NodeFilter.FILTER_ACCEPT;
  }

  /** For a text node reached without the walk (a mutation): checks its ancestors too. */
  private acceptsText(node: Text): boolean {
    if (!hasWords(node) || this.options.isOwnNode(node)) return false;
    const parent = node.parentElement;
    return !parent || !parent.closest(SKIPPED_SELECTOR);
  }

  private isSkippedRoot(root: Node): boolean {
    if (this.options.isOwnNode(root)) return true;
    if (root.nodeType !== Node.ELEMENT_NODE) return false;
    return !!(root as Element).closest(SKIPPED_SELECTOR);
  }

  private isSkippedElement(element: Element): boolean {
    if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
    if (this.options.isOwnNode(element)) return true;
    if (element.hasAttribute('hidden')) return true;
    const editable = element.getAttribute('contenteditable');
    return editable !== null && editable !== 'false';
  }

  /** Returns whether any name was painted. */
  private scanText(node: Text): boolean {
    if (this.count >= this.options.maxNames) return false;
    const data = node.data;
    const found =
      data.length <= LONG_TEXT_PIECE ? this.options.finder.find(data) : this.findInPieces(data);
    if (found.length === 0) return false;
    const names: PaintedName[] = [];
    for (const name of found) {
      if (this.count >= this.options.maxNames) break;
      const range = document.createRange();
      range.setStart(node, name.start);
      range.setEnd(node, name.end);
      names.push({ ...name, node, range });
      this.options.painter.add(range);
      this.count++;
    }
    this.byNode.set(node, names);
    return true;
  }

  /**
   * A single huge text node (a 10 MB log pasted in a page) is matched piece
   * by piece, each piece overlapping the next by enough to keep a name that
   * straddles the cut.
   */
  private findInPieces(data: string): FoundName[] {
    const overlap = 256;
    const out: FoundName[] = [];
    let covered = 0;
    for (let start = 0; start < data.length; start += LONG_TEXT_PIECE) {
      const from = Math.max(0, start - overlap);
      const piece = data.slice(from, start + LONG_TEXT_PIECE);
      const isLast = start + LONG_TEXT_PIECE >= data.length;
      for (const name of this.options.finder.find(piece)) {
        // A cut can fall inside a word: trust neither edge of a piece.
        if ((name.start === 0 && from > 0) || (name.end === piece.length && !isLast)) continue;
        const absolute = { ...name, start: name.start + from, end: name.end + from };
        if (absolute.start >= covered) {
          out.push(absolute);
          covered = absolute.end;
        }
      }
      if (out.length >= this.options.maxNames) break;
    }
    return out;
  }
}

/** Two characters is the shortest name worth marking; whitespace-only nodes are most of the nodes on many pages. */
function hasWords(node: Text): boolean {
  const data = node.data;
  return data.length >= 2 && data.trim().length >= 2;
}

const SKIPPED_SELECTOR =
  [...SKIPPED_TAGS].map((tag) => tag.toLowerCase()).join(',') +
  ',[contenteditable]:not([contenteditable="false"]),[hidden]';
