/**
 * Finds names in the page's text and keeps them painted as the page changes.
 *
 * Owns: the walk over text nodes (document and open shadow roots), the
 * per-node record of found names that hover hit-testing reads, the
 * MutationObserver that keeps up with dynamic pages, and the cap on how many
 * names one page gets. It never edits the page: it only reads text and tells
 * the painter which spans of it to paint.
 *
 * Names are painted with StaticRanges, not live Ranges. Chromium adjusts
 * every live Range of a document on each DOM mutation, so a few thousand
 * painted names would tax every change the page makes (a feed that rewrites
 * itself a thousand times a second), and it tracks them all weakly for the
 * collector. A static range costs nothing when the page changes; in exchange
 * the scanner keeps them true: a changed text is unpainted at once and
 * matched again, a removed one is forgotten, and painted text moved into an
 * editor or a hidden subtree is forgotten when that subtree is walked.
 * Hover and scroll-to make a live Range on demand (`liveRangeOf`).
 *
 * Work is split into slices of at most SLICE_BUDGET_MS so that a long page
 * never blocks the page's own input handling. Nothing inside a slice is
 * unbounded: the clock is read every few nodes or every few thousand
 * characters matched, a text longer than LONG_TEXT_PIECE is matched one piece
 * at a time across slices, and a removed subtree costs one cheap sweep per
 * slice rather than a search through every painted node.
 */
import type { FoundName, NameFinder } from '../../lib/name-finder';
import type { PaintedMark, Painter } from './painter';

export interface PaintedName extends FoundName {
  node: Text;
  /** What the painter holds: how a name is unpainted. */
  mark: PaintedMark;
}

/**
 * A live Range over a painted name, for geometry and document-order
 * comparisons. Clamped: the text may have shrunk since, if the mutation that
 * says so has not been handled yet.
 */
export function liveRangeOf(name: PaintedName): Range {
  const range = document.createRange();
  const length = name.node.length;
  range.setStart(name.node, Math.min(name.start, length));
  range.setEnd(name.node, Math.min(name.end, length));
  return range;
}

/**
 * DOM constants by value: `Node.TEXT_NODE` and the like survive
 * minification letter for letter, and this script is held to 60 KB.
 */
const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;
const DOCUMENT_POSITION_PRECEDING = 2;

/** Subtrees whose text is code, input or not prose (by `localName`). */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'iframe',
  'object',
  'svg',
  'math',
  'canvas',
]);

const SLICE_BUDGET_MS = 6;
/**
 * Least time between the starts of two slices that mutations call for. A
 * page that changes every few milliseconds (a live feed) then gets one slice
 * per window, with everything that changed in it, instead of one per change.
 * On a page mutating 1 000 times a second this halved the garbage collection
 * that ran inside our code (the collector's final pause lands in whichever
 * script is running when it is due), and names still appear within a frame
 * or three.
 */
const MUTATION_SLICE_GAP_MS = 50;
/** Past this many mutation records in one batch, one full rescan is cheaper. */
const HUGE_BATCH_RECORDS = 5000;
/**
 * Texts longer than this are matched a piece at a time (a few pieces per
 * slice at most), so a single 10 MB text node never makes one long call.
 */
const LONG_TEXT_PIECE = 32 * 1024;
/**
 * Context a piece carries on each side of its own span: longer than any
 * name plus the words checked around it, so a name near a cut is matched
 * exactly as in the whole text.
 */
const PIECE_CONTEXT = 256;
/** Work between two looks at the clock: this many nodes, or 256 times as many characters. */
const WORK_PER_CLOCK_CHECK = 64;
/**
 * Short texts are handed to the finder together, this many characters per
 * call: a page is mostly short text nodes, and a call per node costs more in
 * arrays and bookkeeping than the matching itself.
 */
const BATCH_CHARS = 16 * 1024;

/**
 * Runs `task` in a new task soon, without setTimeout's clamp: nested timeouts
 * wait at least 4 ms each, which made a 30-slice scan idle for 100+ ms.
 * Input and rendering still get their turn between tasks.
 */
const postTask: (task: () => void) => void = (() => {
  const scheduler = (globalThis as { scheduler?: { postTask?: (t: () => void) => Promise<void> } })
    .scheduler;
  if (scheduler?.postTask) return (task) => void scheduler.postTask!(task);
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (task) => {
    queue.push(task);
    channel.port2.postMessage(null);
  };
})();

/** A text too long for one slice, matched piece by piece across slices. */
interface LongScan {
  node: Text;
  /** The text when the scan began; a change to the node queues it, which restarts the scan. */
  data: string;
  /** Start of the next piece. */
  next: number;
  names: PaintedName[];
}

/** One slice's allowance of time, read every WORK_PER_CLOCK_CHECK units of work. */
class SliceBudget {
  readonly #deadline = performance.now() + SLICE_BUDGET_MS;
  #work = 0;
  #over = false;

  /** Counts one node plus `chars` characters matched; true once the slice is over. */
  spend(chars = 0): boolean {
    if (this.#over) return true;
    this.#work += 1 + (chars >> 8);
    if (this.#work < WORK_PER_CLOCK_CHECK) return false;
    this.#work = 0;
    return (this.#over = performance.now() > this.#deadline);
  }

  get expired(): boolean {
    return (this.#over ||= performance.now() > this.#deadline);
  }
}

export interface PageScannerOptions {
  finder: NameFinder;
  painter: Painter;
  /** Our own UI host, whose subtree is never scanned. */
  isOwnNode: (node: Node) => boolean;
  maxNames: number;
  /** Called (at most once per slice) when the set of painted names changed. */
  onChange: () => void;
}

/**
 * Members are ES private (`#name`), not TypeScript `private`: the minifier
 * may shorten those names, and this class is the largest part of a content
 * script held to 60 KB. `runSlice` stays TypeScript-private because the
 * benchmark times each slice through the prototype.
 */
export class PageScanner {
  readonly #byNode = new Map<Text, PaintedName[]>();
  #count = 0;
  readonly #pendingRoots: Node[] = [];
  readonly #pendingTexts = new Set<Text>();
  readonly #longScans = new Map<Text, LongScan>();
  /** Nodes left the page: the painted ones among them are found by one sweep, next slice. */
  #sweepDue = false;
  /** Names were painted or unpainted since `onChange` was last called. */
  #namesChanged = false;
  /**
   * Short texts the walk has gathered for one call to the finder, and their
   * data. Kept here, not made per walk: a page that re-renders a list adds
   * a thousand small roots at once. The first `#batchSize` entries are the
   * batch; the arrays keep their length, and the rest is blanked so that no
   * node the page dropped stays alive here. Emptied with `length = 0`, they
   * gave up their storage and grew it back for every batch: on the
   * benchmark page that was 0.66 MB of the 2.3 MB a scan allocated, garbage
   * whose collections also dropped the strings and wrappers Blink keeps for
   * the page's nodes, to be made again on the next read.
   */
  readonly #batch: (Text | null)[] = [];
  readonly #batchData: string[] = [];
  #batchSize = 0;
  #batchChars = 0;
  #scheduled = false;
  /** When the last slice that mutations called for was due to start. */
  #lastMutationSliceAt = -Infinity;
  readonly #observer: MutationObserver;
  readonly #observedShadowRoots = new Set<ShadowRoot>();
  #stopped = false;

  readonly #options: PageScannerOptions;

  constructor(options: PageScannerOptions) {
    this.#options = options;
    this.#observer = new MutationObserver((records) => this.#onMutations(records));
  }

  start(): void {
    this.#observe(document.documentElement ?? document);
    this.#queueRoot(document.body ?? document.documentElement);
  }

  stop(): void {
    this.#stopped = true;
    this.#observer.disconnect();
    this.#pendingRoots.length = 0;
    this.#walkers.clear();
    this.#pendingTexts.clear();
    this.#longScans.clear();
    this.#options.painter.clear();
    this.#byNode.clear();
    this.#count = 0;
  }

  /** Names found in one text node, for hover hit-testing. */
  namesIn(node: Text): readonly PaintedName[] | undefined {
    return this.#byNode.get(node);
  }

  /**
   * Every painted name still attached to the page, in no particular order.
   * An array, not a generator: the page's count is reported every 250 ms
   * while it changes, and a generator's `yield*` made two objects per name
   * (160 KB of garbage per report for 1 200 names).
   */
  allNames(): PaintedName[] {
    const all: PaintedName[] = [];
    this.#byNode.forEach((names, node) => node.isConnected && all.push(...names));
    return all;
  }

  /** Open shadow roots seen so far (hit-testing must name them to see inside). */
  get shadowRoots(): ShadowRoot[] {
    return [...this.#observedShadowRoots];
  }

  /** Resolves once no work is queued (the benchmark times a full scan with it). */
  whenIdle(): Promise<void> {
    if (!this.#scheduled) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  #idleWaiters: (() => void)[] = [];

  #observe(target: Node): void {
    this.#observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  #queueRoot(root: Node | null): void {
    if (!root || this.#stopped) return;
    this.#pendingRoots.push(root);
    this.#schedule();
  }

  #schedule(afterMutations = false): void {
    if (this.#scheduled || this.#stopped) return;
    this.#scheduled = true;
    const now = performance.now();
    let at = now;
    if (afterMutations) {
      at = Math.max(now, this.#lastMutationSliceAt + MUTATION_SLICE_GAP_MS);
      this.#lastMutationSliceAt = at;
    }
    if (at > now) setTimeout(() => this.runSlice(), at - now);
    else postTask(() => this.runSlice());
  }

  #onMutations(records: MutationRecord[]): void {
    if (records.length > HUGE_BATCH_RECORDS) {
      this.#rescanAll();
      return;
    }
    for (const record of records) {
      if (this.#options.isOwnNode(record.target)) continue;
      if (record.type === 'characterData') {
        if (record.target.nodeType === TEXT_NODE) {
          // Unpainted at once: its ranges' offsets no longer mean anything,
          // and the page may render before the next slice matches it again.
          this.#forgetText(record.target as Text);
          this.#pendingTexts.add(record.target as Text);
        }
        continue;
      }
      // Removed nodes are not even looked at: the next slice's sweep finds
      // what left the page. Reading them would give each one a wrapper in
      // this world, which the collector must then settle, for nodes a busy
      // page often added and removed between two of our slices.
      if (
        record.removedNodes.length > 0 &&
        (this.#byNode.size > 0 || this.#observedShadowRoots.size > 0)
      )
        this.#sweepDue = true;
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        if (this.#options.isOwnNode(node)) continue;
        if (node.nodeType === TEXT_NODE) this.#pendingTexts.add(node as Text);
        else if (node.nodeType === ELEMENT_NODE) {
          // Put back while being walked: walk it again from its start.
          this.#walkers.delete(node);
          this.#pendingRoots.push(node);
        }
      }
    }
    this.#schedule(true);
  }

  #rescanAll(): void {
    this.#options.painter.clear();
    this.#byNode.clear();
    this.#longScans.clear();
    this.#count = 0;
    this.#namesChanged = true;
    this.#sweepDue = false;
    this.#pendingRoots.length = 0;
    this.#pendingTexts.clear();
    this.#walkers.clear();
    this.#queueRoot(document.body ?? document.documentElement);
  }

  /**
   * Forgets every painted node no longer in the page. One pass over at most
   * `maxNames` entries, whatever the number of elements removed: asking each
   * removed element which painted nodes it contains costs removed × painted,
   * which a page replacing its content many times a second makes long.
   */
  #sweep(): void {
    this.#sweepDue = false;
    for (const node of this.#byNode.keys()) {
      if (!node.isConnected) this.#forgetText(node);
    }
    for (const root of this.#observedShadowRoots) {
      // Re-adopted by the walk if its host comes back.
      if (!root.host.isConnected) this.#observedShadowRoots.delete(root);
    }
  }

  #forgetText(node: Text): void {
    this.#longScans.delete(node);
    const names = this.#byNode.get(node);
    if (!names) return;
    for (const name of names) this.#options.painter.remove(name.mark);
    this.#count -= names.length;
    this.#byNode.delete(node);
    this.#namesChanged = true;
  }

  /**
   * Forgets the painted texts under `root`, a subtree the walk skips (an
   * editor, code, a hidden region) that was just added: painted text moved
   * there must not stay painted. Costs a walk of what the page added.
   */
  #forgetPaintedUnder(root: Node): void {
    if (this.#byNode.size === 0) return;
    const walker = document.createTreeWalker(root, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      this.#forgetText(node as Text);
  }

  private runSlice(): void {
    this.#scheduled = false;
    if (this.#stopped) return;
    const budget = new SliceBudget();
    if (this.#sweepDue) this.#sweep();

    for (const text of this.#pendingTexts) {
      this.#pendingTexts.delete(text);
      // A text moved elsewhere in one batch is still painted: match it afresh.
      this.#forgetText(text);
      if (text.isConnected && this.#acceptsText(text)) this.#scanText(text, budget);
      if (budget.spend()) break;
    }

    while (this.#pendingRoots.length > 0 && !budget.expired) {
      const root = this.#pendingRoots[this.#pendingRoots.length - 1]!;
      if (this.#walk(root, budget)) this.#pendingRoots.pop();
    }

    for (const scan of this.#longScans.values()) {
      if (budget.expired) break;
      this.#continueLongScan(scan, budget);
    }

    if (this.#namesChanged) {
      this.#namesChanged = false;
      this.#options.onChange();
    }
    if (this.#pendingRoots.length > 0 || this.#pendingTexts.size > 0 || this.#longScans.size > 0)
      this.#schedule();
    else for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  /**
   * Walks in progress, by root: resumable across slices. A Map, not a
   * WeakMap: an entry lives only while its root is pending, and a page that
   * re-renders a thousand-entry list adds a thousand roots at once, each an
   * ephemeron the collector's final pause would have to settle.
   */
  readonly #walkers = new Map<Node, RootWalk>();

  /**
   * Walks `root` in two passes: its elements, to find the subtrees to skip
   * and the open shadow roots, then its texts, stepping over those subtrees.
   * One walk over both asked every node its type and handed script a mix of
   * element and text nodes to tell apart: on the benchmark page that walk
   * cost about 15 ms, the two passes about 12 (matching aside).
   *
   * Neither walker has a NodeFilter: a JavaScript filter is a call from the
   * DOM into script for every node, which made the walk 5–10× slower than
   * the native one on a large page. Returns whether the walk of `root` is
   * over.
   */
  #walk(root: Node, budget: SliceBudget): boolean {
    if (!root.isConnected) {
      this.#walkers.delete(root);
      return true;
    }
    if (this.#isSkippedRoot(root)) {
      this.#walkers.delete(root);
      this.#forgetPaintedUnder(root);
      return true;
    }
    let walk = this.#walkers.get(root);
    // The page removed the node a pass had stopped at: from there the walker
    // would end the pass at once and leave the rest of the root unscanned,
    // as when a framework re-renders the top of a long page while it is
    // scanned. The root starts over; painted texts are not matched again.
    if (walk && !root.contains(walk.resumesFrom())) walk = undefined;
    if (!walk) {
      // The walk starts below its root, so a root that is itself a shadow
      // host (one a page adds after load) is looked at here.
      const shadow = (root as Partial<Element>).shadowRoot;
      if (shadow && !this.#observedShadowRoots.has(shadow)) this.#adoptShadowRoot(shadow);
      walk = new RootWalk(root);
      this.#walkers.set(root, walk);
    }
    if (walk.elements && !this.#walkElements(walk, budget)) return false;
    if (!this.#walkTexts(walk, budget)) return false;
    this.#walkers.delete(root);
    return true;
  }

  /** The elements pass; returns whether it is over. */
  #walkElements(walk: RootWalk, budget: SliceBudget): boolean {
    const { root, skippedByAttribute } = walk;
    const walker = walk.elements!;
    let element = (walk.nextElement ?? walker.nextNode()) as Element | null;
    walk.nextElement = null;
    while (element) {
      if (
        SKIPPED_TAGS.has(element.localName) ||
        // Most pages have nothing to skip by attribute: no lookup, and no
        // identity hash made for every element of the page.
        (skippedByAttribute.size > 0 && skippedByAttribute.has(element)) ||
        this.#options.isOwnNode(element)
      ) {
        // No text inside, nothing for the texts pass to step over.
        if (element.hasChildNodes()) walk.skippedRoots.push(element);
        element = nextOutside(walker, root) as Element | null;
        // The element reached is the walker's current node but not yet
        // looked at: kept, or the next slice's `nextNode` would pass it by.
        if (element && budget.spend()) {
          walk.nextElement = element;
          return false;
        }
        continue;
      }
      const shadow = element.shadowRoot;
      if (shadow && !this.#observedShadowRoots.has(shadow)) this.#adoptShadowRoot(shadow);
      if (budget.spend()) return false;
      element = walker.nextNode() as Element | null;
    }
    walk.elements = null;
    return true;
  }

  /** The texts pass; returns whether it is over. */
  #walkTexts(walk: RootWalk, budget: SliceBudget): boolean {
    const walker = walk.texts;
    if (!walk.settleNextSkippedText(budget)) return false;
    let node = walker.nextNode() as Text | null;
    while (node) {
      if (node === walk.nextSkippedText) {
        walk.stepOverSkipped();
        if (!walk.findNextSkippedText(budget)) return false;
        node = walker.nextNode() as Text | null;
        continue;
      }
      const data = node.data;
      const chars = data.length;
      // Painted already: two roots can cover the same node (a subtree
      // added while its page is walked), or a painted subtree was moved.
      // Its text has not changed since (that would have forgotten it).
      if (chars >= 2 && !this.#byNode.has(node)) {
        if (chars > LONG_TEXT_PIECE) this.#scanText(node, budget);
        else {
          this.#batch[this.#batchSize] = node;
          this.#batchData[this.#batchSize++] = data;
          if ((this.#batchChars += chars) >= BATCH_CHARS) this.#scanBatch();
        }
      }
      if (budget.spend(chars)) {
        this.#scanBatch();
        return false;
      }
      node = walker.nextNode() as Text | null;
    }
    this.#scanBatch();
    return true;
  }

  /** Matches the texts the walk gathered and paints what it finds; empties the batch. */
  #scanBatch(): void {
    const batch = this.#batch;
    const batchData = this.#batchData;
    const size = this.#batchSize;
    if (size > 0 && this.#count < this.#options.maxNames) {
      let names: PaintedName[] | undefined;
      let namesOf = -1;
      for (const { index, name } of this.#options.finder.findInEach(batchData, size)) {
        const node = batch[index]!;
        const painted = this.#paint(node, name);
        if (!painted) break;
        if (index === namesOf) names!.push(painted);
        else {
          // Most texts hold one name; `[]` grows to 17 slots at its first push.
          this.#byNode.set(node, (names = [painted]));
          namesOf = index;
        }
      }
    }
    batch.fill(null, 0, size);
    batchData.fill('', 0, size);
    this.#batchSize = this.#batchChars = 0;
  }

  #adoptShadowRoot(shadow: ShadowRoot): void {
    this.#observedShadowRoots.add(shadow);
    this.#observe(shadow);
    this.#options.painter.styleShadowRoot(shadow);
    this.#pendingRoots.unshift(shadow);
  }

  /** For a text node reached without the walk (a mutation): checks its ancestors too. */
  #acceptsText(node: Text): boolean {
    if (!hasWords(node) || this.#options.isOwnNode(node)) return false;
    const parent = node.parentElement;
    return !parent || !parent.closest(SKIPPED_SELECTOR);
  }

  #isSkippedRoot(root: Node): boolean {
    if (this.#options.isOwnNode(root)) return true;
    if (root.nodeType !== ELEMENT_NODE) return false;
    return !!(root as Element).closest(SKIPPED_SELECTOR);
  }

  /**
   * Matches one text and paints its names. A long text is only registered
   * here; its pieces are matched by `continueLongScan`, slice after slice.
   */
  #scanText(node: Text, budget: SliceBudget): void {
    if (this.#count >= this.#options.maxNames) return;
    const data = node.data;
    if (data.length > LONG_TEXT_PIECE) {
      const scan: LongScan = { node, data, next: 0, names: [] };
      this.#longScans.set(node, scan);
      this.#byNode.set(node, scan.names);
      this.#continueLongScan(scan, budget);
      return;
    }
    const names: PaintedName[] = [];
    for (const name of this.#options.finder.find(data)) {
      const painted = this.#paint(node, name);
      if (!painted) break;
      names.push(painted);
    }
    if (names.length > 0) this.#byNode.set(node, names);
  }

  /**
   * Matches pieces of a long text until the slice is over. Each piece spans
   * LONG_TEXT_PIECE characters plus PIECE_CONTEXT on either side, and keeps
   * only the names that start in its own span: the one name a cut falls
   * across is kept by the piece it starts in, which sees all of it.
   */
  #continueLongScan(scan: LongScan, budget: SliceBudget): void {
    const { node, data } = scan;
    // Changed or removed since: its mutation record restarts or drops the scan.
    if (this.#pendingTexts.has(node) || !node.isConnected) return;
    while (scan.next < data.length) {
      if (this.#count >= this.#options.maxNames) break;
      const start = scan.next;
      const end = Math.min(data.length, start + LONG_TEXT_PIECE);
      const from = Math.max(0, start - PIECE_CONTEXT);
      const piece = data.slice(from, Math.min(data.length, end + PIECE_CONTEXT));
      for (const name of this.#options.finder.find(piece)) {
        const at = from + name.start;
        if (at < start || at >= end) continue;
        const painted = this.#paint(node, { ...name, start: at, end: from + name.end });
        if (!painted) break;
        scan.names.push(painted);
      }
      scan.next = end;
      if (budget.spend(piece.length)) break;
    }
    if (scan.next >= data.length || this.#count >= this.#options.maxNames)
      this.#longScans.delete(node);
  }

  /** Paints one name found in `node`; null once the page is full. */
  #paint(node: Text, name: FoundName): PaintedName | null {
    if (this.#count >= this.#options.maxNames) return null;
    const mark = this.#options.painter.add(node, name.start, name.end);
    this.#count++;
    this.#namesChanged = true;
    return { ...name, node, mark };
  }
}

/** Two characters is the shortest name worth marking; whitespace-only nodes are most of the nodes on many pages. */
function hasWords(node: Text): boolean {
  const data = node.data;
  return data.length >= 2 && data.trim().length >= 2;
}

/**
 * Moves `walker` past the subtree of its current node, to the next node in
 * document order that is not inside it; null at the end of `root`.
 */
function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    const parent = walker.parentNode();
    if (!parent || parent === root) return null;
  }
}

const NOTHING_SKIPPED: ReadonlySet<Element> = new Set();

/** One root's walk, in its two passes (see the scanner's `#walk`). */
class RootWalk {
  /** The elements pass, while it lasts. */
  elements: TreeWalker | null;
  /** Where the elements pass resumes, when a slice ended just past a skipped subtree. */
  nextElement: Element | null = null;
  readonly texts: TreeWalker;
  /**
   * Elements whose subtree is not scanned and not empty: the outermost ones,
   * in document order.
   */
  readonly skippedRoots: Element[] = [];
  /** Elements skipped by attribute: one native query, not two attributes read per element. */
  readonly skippedByAttribute: ReadonlySet<Element>;
  /** The first text inside `skippedRoots[nextSkipped]`, where the texts pass jumps. */
  nextSkippedText: Text | null = null;
  #nextSkipped = 0;
  /** A search for `nextSkippedText` is due or was cut short by the end of a slice. */
  #searching = true;

  constructor(readonly root: Node) {
    this.elements = document.createTreeWalker(root, SHOW_ELEMENT);
    this.texts = document.createTreeWalker(root, SHOW_TEXT);
    // The tag is read as we go, since a selector list of tags is several
    // times slower to query. Most roots a dynamic page adds are one element
    // around one text.
    this.skippedByAttribute = (root as Partial<ParentNode>).firstElementChild
      ? new Set((root as ParentNode).querySelectorAll(SKIPPED_BY_ATTRIBUTE))
      : NOTHING_SKIPPED;
  }

  /** The node the walk goes on from: the one it stopped at, or the one it is to look at next. */
  resumesFrom(): Node {
    return this.elements ? (this.nextElement ?? this.elements.currentNode) : this.texts.currentNode;
  }

  /**
   * Sets `nextSkippedText` for the first skipped subtree from `nextSkipped`
   * on that holds text; false if the slice ended first (the search resumes
   * where it stopped). A text found after an empty subtree is kept for the
   * next ones: a form of 5 000 inputs with no text between them would
   * otherwise search past all the rest from each one. Within one call only:
   * a mutation between slices may have moved it.
   */
  findNextSkippedText(budget: SliceBudget): boolean {
    const { skippedRoots, texts, root } = this;
    const saved = texts.currentNode;
    this.nextSkippedText = null;
    this.#searching = false;
    let first: Node | undefined;
    for (; this.#nextSkipped < skippedRoots.length; this.#nextSkipped++) {
      // Sliced like the rest: on a page of 200 000 skipped elements in a
      // row, this search and the elements pass made one task of 135 ms.
      if (budget.spend()) {
        this.#searching = true;
        break;
      }
      const skipped = skippedRoots[this.#nextSkipped]!;
      // Moved out since the elements pass: from a node outside the root,
      // the walker would wander its new surroundings.
      if (!root.contains(skipped)) continue;
      if (
        first === undefined ||
        skipped.compareDocumentPosition(first) & DOCUMENT_POSITION_PRECEDING
      ) {
        texts.currentNode = skipped;
        const next = texts.nextNode();
        // No text from here to the end of the root: nothing left to step over.
        if (!next) break;
        first = next;
      }
      if (skipped.contains(first)) {
        this.nextSkippedText = first as Text;
        break;
      }
    }
    texts.currentNode = saved;
    return !this.#searching;
  }

  /**
   * Called as each slice resumes the texts pass: finishes a search cut
   * short, and searches again if a mutation since removed the text the pass
   * was to jump at (without it, every later skipped subtree would be walked
   * into). False if the slice ended first.
   */
  settleNextSkippedText(budget: SliceBudget): boolean {
    const text = this.nextSkippedText;
    if (this.#searching || (text && !this.skippedRoots[this.#nextSkipped]!.contains(text)))
      return this.findNextSkippedText(budget);
    return true;
  }

  /**
   * Moves the texts pass onto the last text of the skipped subtree it
   * reached, so that its next step lands past the subtree; a search for the
   * next subtree to step over is then due.
   */
  stepOverSkipped(): void {
    const { texts } = this;
    texts.currentNode = this.skippedRoots[this.#nextSkipped++]!;
    // The subtree's last text in document order: text-only walkers see
    // through elements.
    texts.lastChild();
    this.#searching = true;
  }
}

/**
 * Editable regions (rich-text editors), hidden subtrees, and WordPress's
 * "Meta" sidebar widget: a heading "Meta" over log-in and feed links on
 * countless blogs, and every "Meta" the saved sample pages had marked.
 */
const SKIPPED_BY_ATTRIBUTE =
  '[contenteditable]:not([contenteditable="false"]),[hidden],.widget_meta';

const SKIPPED_SELECTOR = [...SKIPPED_TAGS, SKIPPED_BY_ATTRIBUTE].join(',');
