/**
 * Node half of the matcher benchmark: throughput of `compileMatcher` against
 * the usual ways of finding many names in text, on the same input.
 *
 * Names. A core list of real AI-industry names (with the case-sensitive
 * ambiguous ones the extension really uses: Meta, Apple, Amazon…) is
 * completed, deterministically (seeded PRNG), with organization-like names
 * built from parts: "<Adjective> <Noun> Labs", "University of <Place>",
 * "<Place> Institute of Technology", "Institut <Noun> de <Place>", surname
 * partnerships, acronyms. Loose duplicates are dropped. The 600-name set is
 * the first 600 of the 2000-name set.
 *
 * Text. About 6 MB of English-like prose, seeded: sentences of 6–28 words
 * drawn from a Zipf-weighted list of common English words, with capitalized
 * non-name proper nouns (people, places, months), numbers, commas, quotes
 * and paragraphs; a name from the 2000 set is inserted about every 2 KB,
 * sometimes possessive, in parentheses or in quotes. With BENCH_CORPUS_DIR
 * set, the visible text of its `*.html.gz` pages is benchmarked as well.
 *
 * Competitors, on the same text: one RegExp per name with the `u` flag and
 * whole-word lookarounds (so slow that its rate is measured on the first
 * 200 K characters); one RegExp alternation of every name, longest first;
 * modern-ahocorasick on lower-cased text, with its Unicode word boundary and
 * without (its fastest mode; the ratio is taken against the faster). The
 * case-insensitive ones drop hits of case-sensitive names whose case differs,
 * so every engine reports a comparable match count.
 *
 * MB/s counts 10^6 bytes of the text's UTF-8 encoding per second (the
 * synthetic text is ASCII but for a few accented names, so bytes ≈ UTF-16
 * code units). Every figure is the median of several timed runs after a
 * warm-up run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import AhoCorasick from 'modern-ahocorasick';
import { compileMatcher, matcherStats, tuneMatcher, type MatcherPattern } from '../../lib/matcher';
import { looseKey } from '../../lib/text/fold';

export interface MatcherBenchRow {
  corpus: string;
  names: number;
  engine: string;
  MBps: number;
  matches: number;
  note?: string;
}

export interface MatcherBenchResult {
  rows: MatcherBenchRow[];
  /** Ours at 2000 names on the synthetic prose. */
  matcherMBps: number;
  /** Ratios of our MB/s to theirs, at 2000 names on the synthetic prose. */
  vsNaive: number;
  vsCombinedRegex: number;
  /** Against the faster of modern-ahocorasick's two modes. */
  vsAhoCorasick: number;
  /** Median compile time of the 2000 names, warm. */
  compileMs: number;
  /** First compile of the 2000 names in this process (cold code). */
  compileColdMs: number;
  matcherBytes: number;
  textMB: number;
}

// ---------------------------------------------------------------- PRNG

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

// ---------------------------------------------------------------- names

const CORE_NAMES: [string, boolean][] = [
  ['OpenAI', false],
  ['Anthropic', false],
  ['Google', false],
  ['Google DeepMind', false],
  ['DeepMind', false],
  ['Microsoft', false],
  ['Meta', true],
  ['Meta Platforms', false],
  ['Apple', true],
  ['Amazon', true],
  ['Amazon Web Services', false],
  ['IBM', false],
  ['Intel', true],
  ['Oracle', true],
  ['NVIDIA', false],
  ['Hugging Face', false],
  ['Mistral AI', false],
  ['Cohere', false],
  ['Stability AI', false],
  ['Scale AI', true],
  ['Together AI', true],
  ['Inflection AI', false],
  ['xAI', true],
  ['Salesforce', false],
  ['Adobe', false],
  ['Samsung', false],
  ['Sony Group', false],
  ['Baidu', false],
  ['Alibaba', false],
  ['Tencent', false],
  ['Huawei', false],
  ['Zhipu AI', false],
  ['Linux Foundation', false],
  ['Fondation Linux', false],
  ['AI Alliance', false],
  ["Alliance pour l'IA", false],
  ['Partnership on AI', false],
  ['Frontier Model Forum', false],
  ['MLCommons', false],
  ['Allen Institute for AI', false],
  ['Mozilla', false],
  ['Wikimedia Foundation', false],
  ['CERN', false],
  ['NASA', false],
  ['Inria', false],
  ['CNRS', false],
  ['Mila', true],
  ['Vector Institute', false],
  ['Université de Montréal', false],
  ['University of Tokyo', false],
  ['Université de Tokyo', false],
  ['University of Cambridge', false],
  ['University of Oxford', false],
  ['Stanford University', false],
  ['Massachusetts Institute of Technology', false],
  ['MIT', true],
  ['Carnegie Mellon University', false],
  ['ETH Zurich', false],
  ['Nestlé', true],
  ['Block', true],
  ['Target', true],
  ['Dell Technologies', false],
  ['Hewlett Packard Enterprise', false],
  ['Cisco', false],
  ['Qualcomm', false],
  ['Arm', true],
  ['AMD', false],
  ['Databricks', false],
  ['Snowflake', true],
  ['Palantir', false],
  ['ServiceNow', false],
  ['SAP', true],
  ['Siemens', false],
  ['Bosch', false],
  ['Accenture', false],
  ['Deloitte', false],
  ['PwC', false],
  ['KPMG', false],
  ['Capgemini', false],
  ['Thales', false],
  ['Orange', true],
  ['Criteo', false],
  ['Dataiku', false],
  ['LightOn', false],
  ['Aleph Alpha', false],
  ['Character.AI', false],
  ['Perplexity', true],
  ['Runway', true],
  ['Midjourney', false],
];

const NAME_ADJ = (
  'Deep Open Bright Blue Silver Northern Quantum Neural Cognitive Vector Tensor Signal Clear ' +
  'Swift Prime Solid Gentle Bold Red Green Golden Iron Crystal Polar Lunar Solar Stellar Rapid ' +
  'Civic Common Future Modern Global United Pacific Atlantic Alpine Coastal Urban Digital ' +
  'Adaptive Applied Secure Trusted Human Hidden Little Great Central Western Eastern Southern'
).split(' ');
const NAME_NOUN = (
  'Mind Logic Path Field Bridge Harbor Forge Lattice Matrix Signal River Summit Vision Scale ' +
  'Sense Wave Spark Orbit Pixel Circuit Compass Anchor Beacon Horizon Canvas Garden Falcon ' +
  'Raven Otter Maple Cedar Granite Atlas Delta Sigma Kernel Graph Token Prompt Agent Frame ' +
  'Studio Works Stack Cloud Data Robot Insight Reason Memory Language Learning'
).split(' ');
const NAME_SUFFIX = (
  'Labs|AI|Systems|Technologies|Robotics|Analytics|Research|Intelligence|Software|Dynamics|' +
  'Networks|Computing|Group|Holdings|Ventures|Partners|Foundation|Institute|Collective|Inc'
).split('|');
const PLACES = (
  'Tokyo Kyoto Osaka Seoul Beijing Shanghai Taipei Singapore Sydney Melbourne Auckland Toronto ' +
  'Montreal Vancouver Boston Chicago Denver Seattle Austin Atlanta Dallas Houston Phoenix Miami ' +
  'Oslo Helsinki Stockholm Copenhagen Amsterdam Rotterdam Brussels Paris Lyon Marseille Toulouse ' +
  'Bordeaux Lille Nantes Grenoble Geneva Zurich Basel Vienna Prague Warsaw Krakow Budapest Milan ' +
  'Turin Rome Naples Madrid Barcelona Valencia Lisbon Porto Dublin Edinburgh Glasgow Manchester ' +
  'Leeds Bristol Cardiff Munich Berlin Hamburg Cologne Frankfurt Stuttgart Leipzig Dresden Bonn ' +
  'Haifa Nairobi Lagos Accra Cairo Cape Town Mumbai Delhi Bangalore Chennai Hyderabad Dhaka'
).split(' ');
const SURNAMES = (
  'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin ' +
  'Jackson Thompson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green ' +
  'Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins ' +
  'Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard'
).split(' ');
const FR_NOUNS = 'Numérique Avenir Données Réseau Calcul Science Savoir Image Parole'.split(' ');

function generatedName(rng: Rng): string {
  const r = rng();
  if (r < 0.3) return `${pick(rng, NAME_ADJ)} ${pick(rng, NAME_NOUN)} ${pick(rng, NAME_SUFFIX)}`;
  if (r < 0.45) return `${pick(rng, NAME_ADJ)}${pick(rng, NAME_NOUN)}`;
  if (r < 0.55)
    return `${pick(rng, NAME_NOUN)}${pick(rng, NAME_NOUN).toLowerCase()} ${pick(rng, NAME_SUFFIX)}`;
  if (r < 0.63) return `University of ${pick(rng, PLACES)}`;
  if (r < 0.68) return `${pick(rng, PLACES)} Institute of Technology`;
  if (r < 0.72) return `${pick(rng, PLACES)} University`;
  if (r < 0.76) return `Institut ${pick(rng, FR_NOUNS)} de ${pick(rng, PLACES)}`;
  if (r < 0.82) return `${pick(rng, SURNAMES)} & ${pick(rng, SURNAMES)}`;
  if (r < 0.86) return `${pick(rng, SURNAMES)}'s ${pick(rng, NAME_NOUN)}`;
  const len = 3 + Math.floor(rng() * 3);
  let acronym = '';
  for (let k = 0; k < len; k++) acronym += String.fromCharCode(65 + Math.floor(rng() * 26));
  return rng() < 0.5 ? acronym : `${acronym} ${pick(rng, NAME_SUFFIX)}`;
}

export function benchNames(count: number, seed = 0x5eed): MatcherPattern[] {
  const rng = mulberry32(seed);
  const seen = new Set<string>();
  const out: MatcherPattern[] = [];
  const add = (text: string, caseSensitive: boolean) => {
    const key = looseKey(text);
    if (seen.has(key) || out.length >= count) return;
    seen.add(key);
    out.push({ text, id: out.length, caseSensitive });
  };
  for (const [text, cs] of CORE_NAMES) add(text, cs);
  while (out.length < count) add(generatedName(rng), false);
  return out;
}

// ---------------------------------------------------------------- text

/** Common English words, most frequent first (weighted by Zipf's law). */
const COMMON_WORDS = (
  'the of and to a in is that for it as was with be by on not he this are or his from at which ' +
  'but have an they you were her she there been one all we their has would when if so no will ' +
  'more can who out up what about its than into them only other some time could these two may ' +
  'then do first any like new my now such our over also just made most after people year well ' +
  'through where much should very way because even many those must back good how state see ' +
  'work being make between both under never each still life day world last while might us ' +
  'great long since against same another part know here take public high before own system ' +
  'help around small however large every business government number course need within home ' +
  'fact again place company come general school use without during market group country ' +
  'development use things found local less important become often power family already early ' +
  'research data model models service support report information across several policy ' +
  'within rather level social open set building however whether together possible since ' +
  'technology security question result change million percent team work project using based ' +
  'language learning training compute chips cloud customers users product products products ' +
  'industry investment funding billion partner partners launch launched announced said says ' +
  'according statement plans new deal agreement companies startup startups researchers ' +
  'engineers executive chief officer president week month quarter revenue growth share ' +
  'shares price prices analysts investors growth global national international european ' +
  'american chinese french regulators law rules safety risk risks open source software tools ' +
  'platform platforms systems access network performance results study paper benchmark ' +
  'scale apple target block orange arm runway perplexity oracle amazon meta intel snowflake ' +
  'meta-analysis metadata together intelligence artificial machine deep neural generative'
).split(/\s+/);
const PROPER = (
  'Monday Tuesday Wednesday Thursday Friday January February March April June July August ' +
  'September October November December London Washington Brussels Berlin California Texas ' +
  'Europe Asia Africa America China France Germany Japan Canada India Britain Congress Senate ' +
  'Sarah John Michael David Maria Anna James Robert Laura Emma Thomas Daniel Paul Chen Wang ' +
  'Nakamura Dupont Martin Garcia Rossi Kowalski Reuters Bloomberg Street Avenue Park Road'
).split(' ');

function weightedPicker(words: readonly string[], rng: Rng): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 0; r < words.length; r++) {
    total += 1 / (r + 2.7);
    cumulative.push(total);
  }
  return () => {
    const x = rng() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

/** Builds ≈ `targetChars` of prose with a name from `names` about every 2 KB. */
export function benchProse(
  names: readonly MatcherPattern[],
  targetChars: number,
  seed = 0xc0ffee,
): string {
  const rng = mulberry32(seed);
  const word = weightedPicker(COMMON_WORDS, rng);
  const parts: string[] = [];
  let length = 0;
  let sinceName = 0;
  let nextNameAt = 1000 + rng() * 2000;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    sinceName += s.length;
  };
  const capitalize = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  while (length < targetChars) {
    const sentences = 3 + Math.floor(rng() * 6);
    for (let s = 0; s < sentences; s++) {
      const words = 6 + Math.floor(rng() * 23);
      const sentence: string[] = [];
      for (let w = 0; w < words; w++) {
        let token: string;
        const r = rng();
        if (sinceName >= nextNameAt) {
          const name = pick(rng, names).text;
          const d = rng();
          token =
            d < 0.55
              ? name
              : d < 0.7
                ? `${name}'s`
                : d < 0.8
                  ? `(${name})`
                  : d < 0.9
                    ? `“${name}”`
                    : `${name},`;
          sinceName = 0;
          nextNameAt = 1000 + rng() * 2000;
        } else if (r < 0.06) token = pick(rng, PROPER);
        else if (r < 0.08) token = String(Math.floor(rng() * 2100));
        else token = word();
        if (w === 0) token = capitalize(token);
        if (w < words - 1 && rng() < 0.07) token += ',';
        sentence.push(token);
      }
      const end = rng();
      let text = sentence.join(' ') + (end < 0.9 ? '.' : end < 0.95 ? '?' : '!');
      if (rng() < 0.08) text = `“${text}” ${capitalize(word())} said.`;
      push(text);
      push(' ');
    }
    push('\n\n');
  }
  return parts.join('');
}

/** Visible text of the pages in `dir` (`*.html.gz`): tags, scripts and styles removed. */
export function corpusText(dir: string): string {
  const texts: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.html.gz')) continue;
    const html = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    texts.push(
      html
        .replace(/<(script|style|noscript|svg|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&nbsp;/g, '\u00a0')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#0?39;|&apos;|&rsquo;/g, '’')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    );
  }
  return texts.join('\n');
}

// ---------------------------------------------------------------- engines

interface Engine {
  name: string;
  /** Matches found in `text` (count only: selection is each engine's own). */
  run(text: string): number;
  /** Run on a prefix of this many UTF-16 units and extrapolate, when slow. */
  slice?: number;
  note?: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}\\p{M}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}\\p{M}_])';

function ours(names: readonly MatcherPattern[]): Engine {
  const matcher = compileMatcher(names, tuneMatcher(names.map((p) => p.text)));
  return { name: 'ours (compileMatcher)', run: (text) => matcher.findAll(text).length };
}

/** One RegExp per name, whole-word lookarounds; leftmost-longest selection afterwards. */
function naive(names: readonly MatcherPattern[], slice: number): Engine {
  const res = names.map(
    (p) =>
      new RegExp(
        NOT_WORD_BEFORE + escapeRegExp(p.text) + NOT_WORD_AFTER,
        p.caseSensitive ? 'gu' : 'giu',
      ),
  );
  return {
    name: 'naive (one RegExp per name)',
    slice,
    note: `${res.length} regexes; rate measured on the first ${(slice / 1e3).toFixed(0)} K chars`,
    run(text) {
      const hits: [number, number][] = [];
      for (const re of res) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          hits.push([m.index, m.index + m[0].length]);
        }
      }
      hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      let count = 0;
      let last = -1;
      for (const [s, e] of hits) {
        if (s >= last) {
          count++;
          last = e;
        }
      }
      return count;
    },
  };
}

/** Drops hits of case-sensitive names whose case differs, as a real user of the engine would. */
function caseFilter(names: readonly MatcherPattern[]): (hit: string) => boolean {
  const byLower = new Map<string, MatcherPattern[]>();
  for (const p of names) {
    const k = p.text.toLowerCase();
    byLower.set(k, [...(byLower.get(k) ?? []), p]);
  }
  return (hit) =>
    (byLower.get(hit.toLowerCase()) ?? []).some((p) => !p.caseSensitive || p.text === hit);
}

/** One alternation of every name, longest first, case-insensitive, case-sensitive names filtered after. */
function combined(names: readonly MatcherPattern[]): Engine {
  const alternatives = names
    .map((p) => escapeRegExp(p.text))
    .sort((a, b) => b.length - a.length)
    .join('|');
  const re = new RegExp(`${NOT_WORD_BEFORE}(?:${alternatives})${NOT_WORD_AFTER}`, 'giu');
  const keep = caseFilter(names);
  return {
    name: 'combined RegExp alternation',
    note: 'flag i; case-sensitive names checked after',
    run(text) {
      re.lastIndex = 0;
      let count = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) if (keep(m[0])) count++;
      return count;
    },
  };
}

/**
 * modern-ahocorasick over lower-cased text, leftmost-longest; with its
 * Unicode whole-word boundary (comparable results) or without (its fastest
 * mode, which also finds names inside words).
 */
function ahoCorasick(names: readonly MatcherPattern[], wholeWords: boolean): Engine {
  const ac = new AhoCorasick(
    names.map((p) => p.text.toLowerCase()),
    wholeWords ? { boundary: 'unicode' } : {},
  );
  return {
    name: wholeWords ? 'modern-ahocorasick' : 'modern-ahocorasick, no boundary',
    note: wholeWords
      ? "boundary 'unicode', on text.toLowerCase(); case checked after"
      : 'substrings inside words too; on text.toLowerCase(); case checked after',
    run(text) {
      let count = 0;
      for (const hit of ac.search(text.toLowerCase(), { strategy: 'leftmost-longest' })) {
        const p = names[hit.patternIndex]!;
        if (!p.caseSensitive || text.startsWith(p.text, hit.start)) count++;
      }
      return count;
    },
  };
}

// ---------------------------------------------------------------- timing

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function utf8MB(text: string): number {
  return Buffer.byteLength(text, 'utf8') / 1e6;
}

function measure(engine: Engine, text: string, runs: number): { MBps: number; matches: number } {
  const input = engine.slice !== undefined ? text.slice(0, engine.slice) : text;
  const mb = utf8MB(input);
  let matches = engine.run(input); // warm-up
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    matches = engine.run(input);
    times.push(performance.now() - t0);
  }
  return { MBps: mb / (median(times) / 1e3), matches };
}

export interface MatcherBenchOptions {
  /** Characters of synthetic prose (default 6,000,000). */
  textChars?: number;
  /** Timed runs of the fast engines, median taken (default 11; slow ones: 3). */
  runs?: number;
  log?: (line: string) => void;
}

export async function runMatcherBench(
  options: MatcherBenchOptions = {},
): Promise<MatcherBenchResult> {
  const { textChars = 6_000_000, runs = 11, log = () => {} } = options;
  const all = benchNames(2000);
  // Chosen at build time for the dataset; compiling with it is the page's cost.
  const tuning = tuneMatcher(all.map((p) => p.text));
  const cold = performance.now();
  compileMatcher(all, tuning);
  const compileColdMs = performance.now() - cold;
  const text = benchProse(all, textChars);
  const textMB = utf8MB(text);
  log(`synthetic prose: ${textMB.toFixed(2)} MB UTF-8, ${text.length} UTF-16 units`);

  const corpora: { name: string; text: string }[] = [{ name: 'synthetic prose', text }];
  const dir = process.env.BENCH_CORPUS_DIR;
  if (dir) {
    const pages = corpusText(dir);
    corpora.push({ name: 'pages', text: pages });
    log(`pages (${dir}): ${utf8MB(pages).toFixed(2)} MB UTF-8`);
  }

  const rows: MatcherBenchRow[] = [];
  const at2000: Record<string, number> = {};
  for (const size of [600, 2000]) {
    const names = all.slice(0, size);
    const engines = [
      ours(names),
      naive(names, 200_000),
      combined(names),
      ahoCorasick(names, true),
      ahoCorasick(names, false),
    ];
    for (const corpus of corpora) {
      for (const engine of engines) {
        const slow = engine.slice !== undefined || engine.name.startsWith('modern');
        const { MBps, matches } = measure(engine, corpus.text, slow ? 3 : runs);
        const row: MatcherBenchRow = {
          corpus: corpus.name,
          names: size,
          engine: engine.name,
          MBps,
          matches,
        };
        if (engine.note) row.note = engine.note;
        rows.push(row);
        log(`${corpus.name} ${size} ${engine.name}: ${MBps.toFixed(1)} MB/s, ${matches} matches`);
        if (size === 2000 && corpus.name === 'synthetic prose') at2000[engine.name] = MBps;
      }
    }
  }

  // Compile time and size at 2000 names.
  const compileTimes: number[] = [];
  let matcher = compileMatcher(all, tuning);
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    matcher = compileMatcher(all, tuning);
    compileTimes.push(performance.now() - t0);
  }

  const oursMBps = at2000['ours (compileMatcher)']!;
  return {
    rows,
    matcherMBps: oursMBps,
    vsNaive: oursMBps / at2000['naive (one RegExp per name)']!,
    vsCombinedRegex: oursMBps / at2000['combined RegExp alternation']!,
    // Against the faster of its two modes.
    vsAhoCorasick:
      oursMBps /
      Math.max(at2000['modern-ahocorasick']!, at2000['modern-ahocorasick, no boundary']!),
    compileMs: median(compileTimes),
    compileColdMs,
    matcherBytes: matcherStats(matcher).approxBytes,
    textMB,
  };
}
