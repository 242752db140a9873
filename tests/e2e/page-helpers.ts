/**
 * Helpers that run in the page's main world: where is a word on screen, and
 * what did anyone change in the DOM. They see the page exactly as the page's
 * own scripts do.
 */
import { expect, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { paintedAtLeastInPage, paintedTextsInPage } from '../painted-in-page';

/**
 * Center of an occurrence of `word` inside the element matching `selector`
 * (inside its open shadow root when it has one), in the frame's viewport.
 */
export async function wordCenter(
  page: Page | Frame,
  selector: string,
  word: string,
  occurrence = 0,
) {
  const point = await page.evaluate(
    ({ selector, word, occurrence }) => {
      const element = document.querySelector(selector);
      const root = element?.shadowRoot ?? element;
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        let at = text.indexOf(word);
        while (at >= 0) {
          if (seen++ === occurrence) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            const rect = range.getClientRects()[0]!;
            return {
              x: rect.left + rect.width / 2,
              y: rect.top + rect.height / 2,
              rect: rect.toJSON(),
            };
          }
          at = text.indexOf(word, at + 1);
        }
      }
      return null;
    },
    { selector, word, occurrence },
  );
  if (!point) throw new Error(`"${word}" not found in ${selector}`);
  return point as { x: number; y: number; rect: Box };
}

/**
 * Records every DOM mutation once the parser is done (DOMContentLoaded), which
 * is before any `document_idle` content script, ours included, runs. Read the
 * log with `domMutations`.
 */
export async function recordDomMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __domMutations: string[] }).__domMutations = log;
    const describe = (node: Node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? (node as Element).tagName.toLowerCase()
        : `#${node.nodeName}`;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'childList') {
          for (const node of record.addedNodes)
            log.push(`add ${describe(node)} to ${describe(record.target)}`);
          for (const node of record.removedNodes)
            log.push(`remove ${describe(node)} from ${describe(record.target)}`);
        } else {
          log.push(
            `${record.type} ${describe(record.target)} ${record.attributeName ?? ''}`.trim(),
          );
        }
      }
    });
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      }),
    );
  });
}

/** Mutations recorded since the parser finished. */
export async function domMutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __domMutations: string[] }).__domMutations);
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** The tooltip's box in the viewport, or null when none is shown. */
export async function tooltipBox(page: Page | Frame): Promise<Box | null> {
  return page.evaluate(() => {
    const host = document.querySelector('ai-alliances-lens');
    const tip = host?.shadowRoot?.querySelector('[role="tooltip"]');
    return tip ? (tip.getBoundingClientRect().toJSON() as Box) : null;
  });
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export async function tooltipText(page: Page | Frame): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('ai-alliances-lens');
    const tip = host?.shadowRoot?.querySelector('[role="tooltip"]');
    return tip ? (tip.textContent ?? '') : null;
  });
}

/** Waits until the extension has painted at least `count` names. */
export async function waitForPainted(page: Page, count = 1): Promise<void> {
  await page.waitForFunction(paintedAtLeastInPage, count);
}

/**
 * Checks the painter's promise on a page longer than its viewport: a name is
 * painted when the element around it is within one viewport height above or
 * below the viewport, and not when it is clearly farther. For each element
 * matching `selector` that holds names (`pattern`), the names painted inside
 * it are counted against the names it holds; elements within a few pixels
 * of the band's edges are left out, since the browser decides those on its
 * own schedule. Returns what is wrong and how many names were checked.
 */
function paintedNearViewport(
  page: Page,
  selector: string,
  pattern: string,
): Promise<{ wrong: string[]; near: number; far: number }> {
  return page.evaluate(
    ({ selector, pattern }) => {
      const band = innerHeight;
      const slack = 4;
      const paintedIn = new Map<Element, number>();
      for (const [, highlight] of CSS.highlights)
        for (const range of highlight) {
          const holder = range.startContainer.parentElement?.closest(selector);
          if (holder) paintedIn.set(holder, (paintedIn.get(holder) ?? 0) + 1);
        }
      const wrong: string[] = [];
      let near = 0;
      let far = 0;
      for (const element of document.querySelectorAll(selector)) {
        const names = (element.textContent ?? '').match(new RegExp(pattern, 'g'))?.length ?? 0;
        if (names === 0) continue;
        const { top, bottom } = element.getBoundingClientRect();
        const painted = paintedIn.get(element) ?? 0;
        const describe = () =>
          `${JSON.stringify(element.textContent)} at ${Math.round(top)} px: ${painted} of ${names} painted`;
        if (top >= -band + slack && bottom <= 2 * band - slack) {
          near += names;
          if (painted !== names) wrong.push(`near: ${describe()}`);
        } else if (bottom < -band - slack || top > 2 * band + slack) {
          far += names;
          if (painted !== 0) wrong.push(`far: ${describe()}`);
        }
      }
      return { wrong, near, far };
    },
    { selector, pattern },
  );
}

/**
 * `paintedNearViewport` with the first, then the last element matching
 * `selector` scrolled into view, each time with enough names checked.
 */
export async function expectPaintedNearViewport(
  page: Page,
  selector: string,
  pattern: string,
): Promise<void> {
  const check = async () => {
    const { wrong, near } = await paintedNearViewport(page, selector, pattern);
    return { wrong: wrong.slice(0, 5), enoughChecked: near >= 10 };
  };
  for (const end of ['first', 'last'] as const) {
    await page.locator(selector)[end]().scrollIntoViewIfNeeded();
    await expect.poll(check, { timeout: 10_000 }).toEqual({ wrong: [], enoughChecked: true });
  }
}

/**
 * Every name the content script has found in the page's top frame, painted
 * or not, as the popup would list it: asked through the service worker.
 * The tab is found by asking every tab, not by which one is active: in a
 * headless browser each page may be its own window, and which window was
 * focused last is not reliable (a busy page once answered for a blank one).
 * Each test opens one page of the fixture server, so exactly one tab's
 * content script must answer for that site.
 */
export async function namesFound(context: BrowserContext, page: Page): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const site = new URL(page.url()).hostname;
  return worker.evaluate(async (site) => {
    const replies = await Promise.all(
      (await chrome.tabs.query({})).map((tab) =>
        chrome.tabs
          .sendMessage(tab.id!, { type: 'get-page-names' }, { frameId: 0 })
          .then((reply) => reply as { names: { count: number }[]; site: string | null })
          .catch(() => undefined),
      ),
    );
    const ours = replies.filter((reply) => reply?.site === site);
    if (ours.length !== 1) throw new Error(`${ours.length} tabs answer for ${site}, not one`);
    return ours[0]!.names.reduce((sum, name) => sum + name.count, 0);
  }, site);
}

// ---------------------------------------------------------------------------
// Hostile pages: what the extension costs the page's main thread, what it
// prints, and a view of the page that no page script can tamper with.

import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      startTime?: number;
      timeDeltas?: number[];
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame?: { url?: string } }[];
        samples?: number[];
      };
    };
  };
}

export interface MainThreadReport {
  /**
   * Most time the content script spent running within one task of a
   * renderer main thread, in ms, counted by the sampling profiler: time the
   * thread was on a core running our code (or compiling it, or collecting
   * its garbage).
   */
  extensionLongestMs: number;
  /**
   * The same task's wall time inside our code, in ms: on a busy machine it
   * also counts stretches where the thread was not scheduled at all.
   */
  extensionLongestWallMs: number;
  /** Longest wall time of our code within any one task, in ms. */
  extensionLongestWallAnyMs: number;
  /** The five longest, "24.3 (wall 61.9) in a 62.2 ms task: EvaluateScript". */
  extensionTop: string[];
  /** Sampled time in our code over the whole trace, in ms. */
  extensionTotalMs: number;
  /** Longest time a task spent outside our code: the page's own scripts and rendering. */
  pageLongestMs: number;
}

/** Outermost script entries as the trace names them; they carry the script's URL. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript']);
const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint';

/**
 * Starts a Chromium trace of every renderer, with the V8 sampling profiler
 * on; the returned function stops it and says how long the extension's
 * content script ran inside each task of a renderer main thread.
 *
 * Why a trace rather than the page's own `longtask` observer: a long task
 * there is the whole task, whoever ran in it, and on these pages the page
 * itself works hard (laying out 10 MB of text, mutating 1 000 times a
 * second) while our mutation callbacks run inside the page's own tasks.
 *
 * Attribution is by the profiler's stack samples: a sample whose stack holds
 * a frame of the content script's URL is ours, wherever it ran (a timer, a
 * mutation callback, an `await` continuation), and so is any sample taken
 * inside one of our script's entry points (its evaluation, our callbacks),
 * compiling and garbage collection included. A task's share is its number
 * of our samples times the sampling interval. A thread that is not
 * scheduled takes no samples (the profiling signal waits for it), so this
 * counts time spent computing, not time spent waiting for a core: with two
 * browsers on two cores, wall time alone would blame our code for the
 * scheduler. Wall time inside our entry points is reported next to it.
 */
export async function traceMainThread(
  page: Page,
  extensionId: string,
): Promise<() => Promise<MainThreadReport>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    // Streamed: a trace of fifty frames or a 10 MB page is large.
    transferMode: 'ReturnAsStream',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-v8.cpu_profiler',
      ],
    },
  });
  return async () => {
    const complete = new Promise<{ dataLossOccurred: boolean; stream?: string }>((resolve) =>
      cdp.once('Tracing.tracingComplete', resolve),
    );
    await cdp.send('Tracing.end');
    const { dataLossOccurred, stream } = await complete;
    if (dataLossOccurred) throw new Error('The trace buffer overflowed: the measure is incomplete');
    const chunks: string[] = [];
    for (;;) {
      const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream! });
      chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString() : data);
      if (eof) break;
    }
    await cdp.send('IO.close', { handle: stream! });
    await cdp.detach();
    const { traceEvents } = JSON.parse(chunks.join('')) as { traceEvents: TraceEvent[] };
    return attributeTasks(traceEvents, `chrome-extension://${extensionId}/content-scripts/`);
  };
}

interface Samples {
  /** Sample times (trace clock, µs) in order, and whether each is in our code. */
  times: number[];
  ours: boolean[];
  intervalUs: number;
}

/** The profiler's samples per thread ("pid:tid"), each marked ours or not. */
function samplesByThread(events: TraceEvent[], scriptPrefix: string): Map<string, Samples> {
  const out = new Map<string, Samples>();
  const profiles = new Map<string, { thread: string; time: number; ourNodes: Set<number> }>();
  // Profile ids are per process.
  const profileKey = (e: TraceEvent) => `${e.pid}:${e.id}`;
  for (const e of events) {
    if (e.name === 'Profile' && e.id !== undefined)
      profiles.set(profileKey(e), {
        thread: `${e.pid}:${e.tid}`,
        time: e.args?.data?.startTime ?? 0,
        ourNodes: new Set(),
      });
  }
  const chunks = events.filter((e) => e.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts);
  for (const e of chunks) {
    const profile = profiles.get(profileKey(e));
    if (!profile) continue;
    const { cpuProfile, timeDeltas = [] } = e.args?.data ?? {};
    // Nodes arrive parents first: a node is ours if it or any ancestor is in our script.
    for (const node of cpuProfile?.nodes ?? []) {
      if (
        (node.callFrame?.url ?? '').startsWith(scriptPrefix) ||
        (node.parent !== undefined && profile.ourNodes.has(node.parent))
      )
        profile.ourNodes.add(node.id);
    }
    let samples = out.get(profile.thread);
    if (!samples) out.set(profile.thread, (samples = { times: [], ours: [], intervalUs: 0 }));
    (cpuProfile?.samples ?? []).forEach((node, i) => {
      profile.time += timeDeltas[i] ?? 0;
      samples.times.push(profile.time);
      samples.ours.push(profile.ourNodes.has(node));
    });
  }
  for (const samples of out.values()) {
    // The nominal interval: the median gap (gaps across descheduled stretches are the outliers).
    const gaps = samples.times
      .slice(1)
      .map((t, i) => t - samples.times[i]!)
      .filter((gap) => gap > 0)
      .sort((a, b) => a - b);
    samples.intervalUs = gaps[Math.floor(gaps.length / 2)] ?? 0;
  }
  return out;
}

function attributeTasks(events: TraceEvent[], scriptPrefix: string): MainThreadReport {
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(key),
  );
  const samples = samplesByThread(events, scriptPrefix);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !mainThreads.has(key(e))) continue;
    let list = byThread.get(key(e));
    if (!list) byThread.set(key(e), (list = []));
    list.push(e);
  }

  const round = (ms: number) => Math.round(ms * 10) / 10;
  const shares: { cpu: number; wall: number; task: number; entries: string }[] = [];
  let pageLongestMs = 0;
  for (const [thread, list] of byThread) {
    const threadSamples = samples.get(thread);
    let next = 0; // first sample not yet assigned to a task
    // Parents before children: earlier start first, then longer first.
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let task: TraceEvent | undefined;
    let spans: TraceEvent[] = [];
    let checkpoints: TraceEvent[] = [];
    let othersRan = false;
    const closeTask = () => {
      if (!task) return;
      const end = task.ts + task.dur!;
      // A sample is ours if our code is on its stack, or if it falls inside
      // one of our entry points (compiling our script, a GC our code caused).
      const inOurEntry = (t: number) =>
        spans.some((span) => t >= span.ts && t < span.ts + span.dur!);
      let ourSamples = 0;
      if (threadSamples) {
        while (next < threadSamples.times.length && threadSamples.times[next]! < task.ts) next++;
        for (; next < threadSamples.times.length && threadSamples.times[next]! < end; next++)
          if (threadSamples.ours[next] || inOurEntry(threadSamples.times[next]!)) ourSamples++;
      }
      // Wall time inside our entry points; `await` continuations have none of
      // their own, so a microtask checkpoint counts when no other script ran.
      const counted = othersRan ? [...spans] : [...spans, ...checkpoints];
      counted.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      let wall = 0;
      let coveredUntil = -Infinity;
      const entries = new Set<string>();
      for (const span of counted) {
        if (span.ts < coveredUntil) continue; // nested in a span already counted
        wall += span.dur!;
        coveredUntil = span.ts + span.dur!;
        entries.add(span.name === MICROTASKS ? 'microtasks' : span.name);
      }
      if (ourSamples === 0) wall = 0;
      const cpu = (ourSamples * (threadSamples?.intervalUs ?? 0)) / 1000;
      if (ourSamples > 0 || wall > 0)
        shares.push({
          cpu,
          wall: wall / 1000,
          task: task.dur! / 1000,
          entries: [...entries].join('+'),
        });
      pageLongestMs = Math.max(pageLongestMs, (task.dur! - wall) / 1000);
    };
    for (const e of list) {
      if (e.name === 'RunTask' && (!task || e.ts >= task.ts + task.dur!)) {
        closeTask();
        task = e;
        spans = [];
        checkpoints = [];
        othersRan = false;
        continue;
      }
      if (!task || e.ts >= task.ts + task.dur!) continue;
      if (SCRIPT_EVENTS.has(e.name)) {
        if ((e.args?.data?.url ?? '').startsWith(scriptPrefix)) spans.push(e);
        else othersRan = true;
      } else if (e.name === MICROTASKS) {
        checkpoints.push(e);
      }
    }
    closeTask();
  }
  shares.sort((a, b) => b.cpu - a.cpu);
  return {
    extensionLongestMs: round(shares[0]?.cpu ?? 0),
    extensionLongestWallMs: round(shares[0]?.wall ?? 0),
    extensionLongestWallAnyMs: round(Math.max(0, ...shares.map((share) => share.wall))),
    extensionTop: shares
      .slice(0, 5)
      .map(
        (s) =>
          `${round(s.cpu)} (wall ${round(s.wall)}) in a ${round(s.task)} ms task: ${s.entries || '?'}`,
      ),
    extensionTotalMs: round(shares.reduce((sum, share) => sum + share.cpu, 0)),
    pageLongestMs: round(pageLongestMs),
  };
}

export interface ConsoleEntry {
  /** Where it came from: `pageerror`, `console.error`, `exception`, `log.network`… */
  kind: string;
  /** The execution context's origin when known (`chrome-extension://…` for the extension's world). */
  origin: string;
  text: string;
}

/**
 * Collects everything the page's console would show as a problem, from
 * every world. Playwright's `console` event only reports the page's main
 * world (and its own), so the extension's isolated world is heard through
 * the DevTools protocol: any message logged there counts, as does any error
 * or warning anywhere, any uncaught exception, and browser-side log entries
 * (CSP violations, failed loads).
 */
export async function watchConsole(page: Page): Promise<() => ConsoleEntry[]> {
  const entries: ConsoleEntry[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      entries.push({ kind: `console.${message.type()}`, origin: 'main', text: message.text() });
  });
  page.on('pageerror', (error) =>
    entries.push({ kind: 'pageerror', origin: 'main', text: String(error) }),
  );
  const cdp = await page.context().newCDPSession(page);
  const origins = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', ({ context }) =>
    origins.set(context.id, context.origin || context.name),
  );
  cdp.on('Runtime.consoleAPICalled', (event) => {
    const origin = origins.get(event.executionContextId) ?? '';
    const problem = ['error', 'warning', 'assert', 'trace'].includes(event.type);
    if (!problem && !origin.startsWith('chrome-extension://')) return;
    const text = event.args.map((arg) => arg.value ?? arg.description ?? '').join(' ');
    entries.push({ kind: `console.${event.type}`, origin, text });
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    entries.push({
      kind: 'exception',
      origin: origins.get(exceptionDetails.executionContextId ?? -1) ?? '',
      text: exceptionDetails.exception?.description ?? exceptionDetails.text,
    }),
  );
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' || entry.level === 'warning')
      entries.push({
        kind: `log.${entry.source}`,
        origin: entry.url ?? '',
        text: entry.text,
      });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return () => [...entries];
}

/**
 * Evaluates `expression` in a fresh isolated world of a frame (the main frame
 * by default) and returns its JSON-able value. Built-ins there are pristine
 * whatever the page did to its own prototypes; DOM state (nodes, the
 * highlight registry) is shared with every world.
 */
export async function evaluateInFreshWorld<T>(
  page: Page,
  expression: string,
  frameUrlEndsWith?: string,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    type FrameTree = typeof frameTree;
    const frames: FrameTree['frame'][] = [];
    const collect = (tree: FrameTree) => {
      frames.push(tree.frame);
      for (const child of tree.childFrames ?? []) collect(child);
    };
    collect(frameTree);
    const frame = frameUrlEndsWith
      ? frames.find((f) => (f.url + (f.urlFragment ?? '')).endsWith(frameUrlEndsWith))
      : frameTree.frame;
    if (!frame) throw new Error(`No frame ending with ${frameUrlEndsWith}`);
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frame.id,
      worldName: 'pristine-probe',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails)
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** Texts of the painted names as seen from a pristine world, sorted. */
export function paintedTextsPristine(page: Page, frameUrlEndsWith?: string): Promise<string[]> {
  return evaluateInFreshWorld<string[]>(
    page,
    `(${paintedTextsInPage.toString()})()`,
    frameUrlEndsWith,
  );
}

/** A primitive the page keeps on `window`, read without running any of the page's code. */
export async function mainWorldValue<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}
