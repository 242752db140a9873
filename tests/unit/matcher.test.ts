/**
 * The page matcher: which names it finds in which text, at which offsets.
 *
 * Table rows mark the expected matches in the text with ⟦ ⟧ (characters no
 * row otherwise uses); the markers are removed before matching, so a row
 * states the exact substrings and offsets along with the names' labels.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compileMatcher,
  matcherStats,
  tuneMatcher,
  type Match,
  type MatcherPattern,
} from '../../lib/matcher';
import { compileIndex } from '../../lib/dataset/compile';
import { loadDataset } from '../../lib/dataset/load';
import { looseKey } from '../../lib/text/fold';

type Spec = Omit<MatcherPattern, 'id'> & { label?: string };

/** A realistic set, with the case-sensitive ambiguous names the dataset uses. */
const SPECS: Spec[] = [
  { text: 'IBM', caseSensitive: false },
  { text: 'Meta', caseSensitive: true, unlessFollowedBy: ['Ridley'] },
  { text: 'Meta Platforms', caseSensitive: false },
  {
    text: 'Apple',
    caseSensitive: true,
    unlessPrecededBy: ['Big'],
    unlessFollowedBy: ['pie', 'juice'],
  },
  { text: 'Amazon', caseSensitive: true, unlessFollowedBy: ['rainforest', 'River'] },
  { text: 'Oracle', caseSensitive: true, unlessFollowedBy: ['of'] },
  { text: 'Intel', caseSensitive: true },
  { text: 'Scale AI', caseSensitive: true },
  { text: 'Together AI', caseSensitive: true },
  { text: 'Block', caseSensitive: true },
  { text: 'Target', caseSensitive: true },
  { text: 'Google', caseSensitive: false },
  { text: 'Google DeepMind', caseSensitive: false },
  { text: 'DeepMind', caseSensitive: false },
  { text: 'Hugging Face', caseSensitive: false },
  { text: 'OpenAI', caseSensitive: false },
  { text: 'Anthropic', caseSensitive: false },
  { text: 'Mistral AI', caseSensitive: false },
  { text: 'NVIDIA', caseSensitive: false },
  { text: 'CERN', caseSensitive: false },
  { text: 'NASA', caseSensitive: false },
  { text: 'Linux Foundation', caseSensitive: false },
  { text: 'Fondation Linux', caseSensitive: false },
  { text: 'Université de Tokyo', caseSensitive: false },
  { text: 'University of Tokyo', caseSensitive: false },
  { text: 'University of Cambridge', caseSensitive: false },
  { text: 'Nestlé', caseSensitive: false },
  { text: 'Société Générale', caseSensitive: true },
  { text: 'AI Alliance', caseSensitive: false },
  { text: "Alliance pour l'IA", caseSensitive: false },
  { text: "L'Oréal", caseSensitive: false },
  { text: 'AT&T', caseSensitive: false },
  { text: '3M', caseSensitive: false },
  { text: 'Samsung', caseSensitive: false },
  { text: '智谱AI', caseSensitive: false },
  { text: 'ソニーグループ', caseSensitive: false },
  { text: '삼성전자', caseSensitive: false },
  // Two aliases of one organization share an id.
  { text: 'Facebook', caseSensitive: false, label: 'Meta Platforms' },
];

/** Label → id; aliases with a `label` take that label's id. */
const ID = new Map<string, number>();
const PATTERNS: MatcherPattern[] = SPECS.map(({ label, ...rest }) => {
  const name = label ?? rest.text;
  if (!ID.has(name)) ID.set(name, ID.size + 1);
  return { ...rest, id: ID.get(name)! };
});
const LABEL = new Map([...ID].map(([label, id]) => [id, label]));
const matcher = compileMatcher(PATTERNS);

interface Expected {
  text: string;
  found: [substring: string, label: string, start: number, end: number][];
}

/** Removes the ⟦ ⟧ markers, pairing each marked span with the next label. */
function expected(marked: string, labels: readonly string[]): Expected {
  let text = '';
  const found: Expected['found'] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') {
      const label = labels[found.length];
      if (label === undefined) throw new Error(`no label for match ${found.length} in ${marked}`);
      found.push([text.slice(open, text.length), label, open, text.length]);
    } else text += ch;
  }
  if (found.length !== labels.length) throw new Error(`labels do not fit: ${marked}`);
  return { text, found };
}

function actual(text: string, m = matcher): Expected['found'] {
  return m
    .findAll(text)
    .map((x: Match) => [
      text.slice(x.start, x.end),
      LABEL.get(x.id) ?? String(x.id),
      x.start,
      x.end,
    ]);
}

/** [marked text, labels of the marked matches in order]. */
const ROWS: [string, string[]][] = [
  // Plain names, sentence start and end, leftmost-longest.
  ['⟦IBM⟧ and ⟦Google⟧ announced it.', ['IBM', 'Google']],
  ['The deal was signed by ⟦IBM⟧.', ['IBM']],
  ['⟦Google DeepMind⟧ released a model.', ['Google DeepMind']],
  ['⟦Google⟧ and ⟦DeepMind⟧ merged.', ['Google', 'DeepMind']],
  ['Shares of ⟦Meta Platforms⟧ rose.', ['Meta Platforms']],
  ['⟦Meta⟧ said on Monday.', ['Meta']],
  ['⟦Facebook⟧ became ⟦Meta⟧ in 2021.', ['Meta Platforms', 'Meta']],
  ['⟦Hugging Face⟧ hosts models.', ['Hugging Face']],
  ['⟦University of Tokyo⟧ researchers', ['University of Tokyo']],
  ['⟦OpenAI⟧, ⟦Anthropic⟧ and ⟦Mistral AI⟧.', ['OpenAI', 'Anthropic', 'Mistral AI']],
  ['⟦NVIDIA⟧ GPUs', ['NVIDIA']],
  // Case.
  ['⟦ibm⟧ and ⟦Ibm⟧ and ⟦IBM⟧', ['IBM', 'IBM', 'IBM']],
  ['⟦nvidia⟧ and ⟦Nvidia⟧', ['NVIDIA', 'NVIDIA']],
  ['meta and META are not the company', []],
  ['⟦Meta⟧ is, meta is not', ['Meta']],
  ['intel inside, and intelligence', []],
  ['⟦Intel⟧ makes chips; intel is information', ['Intel']],
  ['we scale AI models quickly', []],
  ['⟦Scale AI⟧ labels data', ['Scale AI']],
  ['they worked together AI-first', []],
  ['they brought together AI researchers', []],
  ['⟦Together AI⟧ raised money', ['Together AI']],
  ['block the target and hit the block', []],
  ['⟦Block⟧ and ⟦Target⟧ reported earnings', ['Block', 'Target']],
  ['an apple a day; amazon of choice', []],
  // Context words.
  ['a trip to the Amazon rainforest', []],
  ['along the Amazon River banks', []],
  ['⟦Amazon⟧ reported; the Amazon rainforest burned', ['Amazon']],
  ['she baked an Apple pie', []],
  ['Apple juice is sold here', []],
  ['in the Big Apple tonight', []],
  // Context words ignore case: "Amazon river" is the river too, which costs
  // the rare "the big Apple event".
  ['the big Apple event', []],
  ['a cruise on the Amazon river', []],
  ['⟦Apple⟧ announced a big event', ['Apple']],
  ['the Oracle of Delphi spoke', []],
  ['⟦Oracle⟧ offers databases', ['Oracle']],
  ['the actor Meta Ridley', []],
  ['⟦Meta⟧ Ridleys', ['Meta']],
  ['Amazon\u00a0rainforest, Apple\n pie', []],
  // Hyphens.
  ['a meta-analysis of trials', []],
  ['see our Meta-posts category', []],
  ['the pre-Meta era', []],
  ['⟦Meta⟧-', ['Meta']],
  ['an ⟦IBM⟧-backed venture', ['IBM']],
  ['⟦Google⟧-funded research', ['Google']],
  ['metadata and metaverse', []],
  // Tags, URLs, e-mails, domains, hashtags.
  ['<meta> and <Meta> tags', []],
  ['visit ibm.com or IBM.COM', []],
  ['write to user@ibm.com', []],
  ['ibm@example.org', []],
  ['see https://openai.com/blog for more', []],
  ['github.com/openai/whisper', []],
  ['openai/whisper on GitHub', []],
  ['trending: #Meta #IBM', []],
  ['.IBM', []],
  ['It was ⟦IBM⟧. Then ⟦IBM⟧.', ['IBM', 'IBM']],
  ['⟦IBM⟧.', ['IBM']],
  ['⟦IBM⟧...', ['IBM']],
  ['⟦IBM⟧/', ['IBM']],
  ['⟦IBM⟧ / ⟦Google⟧', ['IBM', 'Google']],
  // Quotes and parentheses.
  ['«\u00a0⟦Meta⟧\u00a0» a dit', ['Meta']],
  ['«⟦OpenAI⟧»', ['OpenAI']],
  ['“⟦Google⟧” and ‘⟦IBM⟧’', ['Google', 'IBM']],
  ['"⟦CERN⟧"', ['CERN']],
  ['(⟦NASA⟧) and [⟦CERN⟧]', ['NASA', 'CERN']],
  ['(⟦Hugging Face⟧)', ['Hugging Face']],
  // Possessives and French elisions.
  ["⟦IBM⟧'s revenue", ['IBM']],
  ['⟦IBM⟧’s revenue', ['IBM']],
  ['⟦Meta⟧ʼs plans', ['Meta']],
  ["l'⟦Université de Tokyo⟧", ['Université de Tokyo']],
  ['l’⟦Université de Tokyo⟧', ['Université de Tokyo']],
  ['les modèles d’⟦OpenAI⟧', ['OpenAI']],
  ["ainsi qu'⟦Anthropic⟧", ['Anthropic']],
  ["jusqu'à ⟦Google⟧", ['Google']],
  ['la ⟦Fondation Linux⟧ et la ⟦Linux Foundation⟧', ['Fondation Linux', 'Linux Foundation']],
  ['membre de l’⟦Alliance pour l’IA⟧', ["Alliance pour l'IA"]],
  ["l'⟦Alliance pour l′IA⟧", ["Alliance pour l'IA"]],
  ['chez ⟦L’Oréal⟧', ["L'Oréal"]],
  ['⟦AI Alliance⟧ members', ['AI Alliance']],
  // Spaces.
  ['⟦Hugging\u00a0Face⟧', ['Hugging Face']],
  ['⟦Hugging\u202fFace⟧', ['Hugging Face']],
  ['⟦Hugging\u2009Face⟧', ['Hugging Face']],
  ['⟦Hugging\n  Face⟧', ['Hugging Face']],
  ['⟦Google \t DeepMind⟧', ['Google DeepMind']],
  ['⟦University\u3000of\u00a0Tokyo⟧', ['University of Tokyo']],
  ['Hugging-Face', []],
  // Accents, NFD, fullwidth, invisible characters.
  ['⟦Universite de Tokyo⟧', ['Université de Tokyo']],
  ['⟦UNIVERSITÉ DE TOKYO⟧', ['Université de Tokyo']],
  ['⟦Universite\u0301 de Tokyo⟧', ['Université de Tokyo']],
  ['⟦Nestle\u0301⟧ and ⟦Nestle⟧ and ⟦NESTLÉ⟧', ['Nestlé', 'Nestlé', 'Nestlé']],
  ['Nestléa and aNestlé', []],
  ['⟦Socie\u0301te\u0301 Ge\u0301ne\u0301rale⟧', ['Société Générale']],
  ['⟦Société Générale⟧', ['Société Générale']],
  ['Societe Generale and société générale', []],
  ['⟦ＩＢＭ⟧ and ⟦ｏｐｅｎａｉ⟧', ['IBM', 'OpenAI']],
  ['⟦Deep\u00adMind⟧', ['DeepMind']],
  ['École, Élysée and Ärzte', []],
  // Word boundaries in other scripts.
  ['IBMer, xIBM, IBM2, _IBM', []],
  ['ÉIBM and IBMé and IBMß', []],
  ['ВIBM and IBMж', []],
  ['⟦DeepMind⟧的模型', ['DeepMind']],
  ['前⟦NASA⟧工程师', ['NASA']],
  ['由⟦Google⟧开发', ['Google']],
  ['⟦OpenAI⟧は発表した', ['OpenAI']],
  ['⟦Google⟧의 모델, ⟦OpenAI⟧는', ['Google', 'OpenAI']],
  ['โดย⟦Google⟧และ', ['Google']],
  ['由⟦智谱AI⟧开发的模型', ['智谱AI']],
  ['⟦智谱AI⟧', ['智谱AI']],
  ['智谱AIX is not it', []],
  ['新⟦ソニーグループ⟧の発表', ['ソニーグループ']],
  ['⟦삼성전자⟧가 발표했다', ['삼성전자']],
  ['😀⟦IBM⟧😀', ['IBM']],
  ['𝐀IBM is inside a word', []],
  // Names with punctuation or digits.
  ['⟦AT&T⟧ and ⟦at&t⟧', ['AT&T', 'AT&T']],
  ['AT&Tx', []],
  ['⟦3M⟧ reported; 3Ms and 13M are not', ['3M']],
  // Similar names that are not the pattern.
  ['Cambridge University Press published it', []],
  ['⟦University of Cambridge⟧ Press', ['University of Cambridge']],
  ['Samsungs and Samsungite', []],
  ['Googles, DeepMinds, Googleplex', []],
  ['Hugging Faces', []],
  ['', []],
];

describe('compileMatcher: table', () => {
  it('has enough cases of both kinds', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
    expect(ROWS.filter(([, labels]) => labels.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it.each(ROWS)('%j', (marked, labels) => {
    const { text, found } = expected(marked, labels);
    expect(actual(text)).toEqual(found);
  });
});

describe('compileMatcher: API', () => {
  it('returns matches in text order, non-overlapping', () => {
    const text = 'Google DeepMind, IBM, Meta Platforms and Google';
    const found = matcher.findAll(text);
    for (let k = 1; k < found.length; k++) {
      expect(found[k]!.start).toBeGreaterThanOrEqual(found[k - 1]!.end);
    }
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([
      'Google DeepMind',
      'IBM',
      'Meta Platforms',
      'Google',
    ]);
  });

  it('handles an empty pattern list and empty patterns', () => {
    expect(compileMatcher([]).findAll('IBM')).toEqual([]);
    const m = compileMatcher([
      { text: '', id: 1, caseSensitive: false },
      { text: '   ', id: 2, caseSensitive: false },
      { text: 'IBM', id: 3, caseSensitive: false },
    ]);
    expect(m.findAll('an IBM')).toEqual([{ start: 3, end: 6, id: 3 }]);
  });

  it('prefers the case-sensitive reading when two names fold alike', () => {
    const m = compileMatcher([
      { text: 'apple', id: 1, caseSensitive: false },
      { text: 'Apple', id: 2, caseSensitive: true },
    ]);
    expect(m.findAll('Apple and apple').map((x) => x.id)).toEqual([2, 1]);
  });

  it('falls back to a shorter name when the longer one is vetoed by context', () => {
    const m = compileMatcher([
      { text: 'Amazon', id: 1, caseSensitive: false },
      { text: 'Amazon Web', id: 2, caseSensitive: true, unlessFollowedBy: ['Services'] },
    ]);
    expect(m.findAll('Amazon Web Services').map((x) => x.id)).toEqual([1]);
  });

  it('walks a first word on only where its names can go on', () => {
    // "a" is the first word of "A*STAR" and of "A Team": a space after it
    // leads on for one name, punctuation for the other.
    const m = compileMatcher([
      { text: 'A*STAR', id: 1, caseSensitive: false },
      { text: 'A Team', id: 2, caseSensitive: false },
    ]);
    const text = 'a star, a*star, a team, A*STAR. a';
    expect(m.findAll(text).map((x) => [text.slice(x.start, x.end), x.id])).toEqual([
      ['a*star', 1],
      ['a team', 2],
      ['A*STAR', 1],
    ]);
    const starOnly = compileMatcher([{ text: 'A*STAR', id: 1, caseSensitive: false }]);
    expect(starOnly.findAll('a star and a team')).toEqual([]);
    expect(starOnly.findAll('a a*star')).toEqual([{ start: 2, end: 8, id: 1 }]);
  });

  it('appends to the array it is given', () => {
    const out = matcher.findAll('IBM');
    expect(matcher.findAll('and IBM', out)).toBe(out);
    expect(out.map((x) => x.start)).toEqual([0, 4]);
  });

  it('keeps the original offsets when the text is NFD or spaced oddly', () => {
    const text = 'x Universite\u0301\u00a0\n de Tokyo!';
    const [hit] = matcher.findAll(text);
    expect(hit).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toBe('Universite\u0301\u00a0\n de Tokyo');
  });

  it('finds nothing in long text without names, and every name in long text', () => {
    const filler = 'the quick brown fox jumps over the lazy dog; '.repeat(2000);
    expect(matcher.findAll(filler)).toEqual([]);
    const text = `${filler}IBM ${filler}Hugging Face.`;
    expect(actual(text).map(([s]) => s)).toEqual(['IBM', 'Hugging Face']);
  });

  it('passes long runs of marks, emoji and CJK and still finds the name after them', () => {
    const runs = [
      ('a' + '\u0301'.repeat(500) + ' ').repeat(20),
      ('x\u0301'.repeat(500) + ' ').repeat(5),
      '😀'.repeat(5000) + ' ',
      '智'.repeat(5000),
    ];
    for (const run of runs) {
      const found = matcher.findAll(`${run}IBM`);
      expect(found).toEqual([{ start: run.length, end: run.length + 3, id: ID.get('IBM') }]);
    }
    expect(matcher.findAll(`${'x\u0301'.repeat(50)}IBM`)).toEqual([]);
  });

  it('reads each word whole while it first meets its code units', () => {
    // A fresh matcher has seen no code unit yet, whatever the script.
    const fresh = () => compileMatcher(PATTERNS);
    const ibm = ID.get('IBM');
    expect(fresh().findAll('IBMЖ IBM')).toEqual([{ start: 5, end: 8, id: ibm }]);
    expect(fresh().findAll('ЖIBM, IBM')).toEqual([{ start: 6, end: 9, id: ibm }]);
    expect(fresh().findAll('IBM’s')).toEqual([{ start: 0, end: 3, id: ibm }]);
    expect(fresh().findAll('IBMx\u0301 IBM')).toEqual([{ start: 6, end: 9, id: ibm }]);
    const letters = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, k) => String.fromCharCode(from + k)).join('');
    const word = letters(0x100, 0x24f) + letters(0x410, 0x44f) + letters(0xa000, 0xa48c) + 'IBM';
    expect(fresh().findAll(`${word} IBM`)).toEqual([
      { start: word.length + 1, end: word.length + 4, id: ibm },
    ]);
  });

  it("keeps the frequent words of English and French off the fast path's stops", () => {
    // Each such word would cost a slow step wherever it occurs in prose.
    const aliases = compileIndex(loadDataset('data')).aliases;
    const tuning = tuneMatcher(aliases.map((alias) => alias.text));
    const patterns = aliases.map((alias, id) => ({
      text: alias.text,
      id,
      caseSensitive: alias.caseSensitive,
    }));
    expect(matcherStats(compileMatcher(patterns, tuning)).frequentWordsInBloom).toEqual([]);
    // The settings leave a subset of the names: the tuning still holds.
    const subset = patterns.filter((p) => !p.caseSensitive && p.id % 3 !== 0);
    expect(matcherStats(compileMatcher(subset, tuning)).frequentWordsInBloom).toEqual([]);
  });

  it('reports its size', () => {
    const stats = matcherStats(compileMatcher(PATTERNS));
    expect(stats.patterns).toBe(PATTERNS.length);
    expect(stats.approxBytes).toBeGreaterThan(0);
    expect(stats.approxBytes).toBeLessThan(1_000_000);
  });
});

// --- property: inserted names are found exactly ------------------------------

/** Tokens of every pattern: filler words must not be one, nor join two names. */
const NAME_TOKENS = new Set(
  PATTERNS.flatMap((p) => looseKey(p.text).split(/[^\p{L}\p{N}]+/u)).filter(Boolean),
);
const CONTEXT_WORDS = new Set(
  PATTERNS.flatMap((p) => [...(p.unlessPrecededBy ?? []), ...(p.unlessFollowedBy ?? [])]).map((w) =>
    w.toLowerCase(),
  ),
);
const FILLER = (
  'the a of and to in is that for it was with on as by at from this report said new model ' +
  'data policy river bank market today week open source research team building cloud chips ' +
  'le la les des un une est dans sur avec nouveau rapport selon marché semaine équipe ' +
  'über für und mit 的 模型 研究 reported, announced; said: analysts (say) “quote” rates'
)
  .split(' ')
  .filter((w) => !NAME_TOKENS.has(looseKey(w).replace(/[^\p{L}\p{N}]/gu, '')))
  // A context word next to its name rightly prevents the match.
  .filter((w) => !CONTEXT_WORDS.has(w.toLowerCase()));

const BEFORE = [' ', ' (', ' “', ' «\u00a0', " l'", ' d’', '\n', '\u00a0', ' "', ' [', ' — '];
const AFTER = [' ', ') ', '” ', '\u00a0» ', "'s ", '’s ', ', ', '. ', ': ', '; ', '! ', '? ', '\n'];

/** How a name may be written on a page, by kind of pattern. */
function variants(p: MatcherPattern): string[] {
  // Hangul syllables decompose into conjoining jamo, which are not composed back.
  const nfd = /[\uac00-\ud7a3]/.test(p.text) ? p.text : p.text.normalize('NFD');
  const spaced = p.text.replace(/ /g, '\u00a0');
  if (p.caseSensitive) return [p.text, nfd, spaced];
  const stripped = nfd.replace(/\p{Mn}/gu, '');
  return [p.text, nfd, spaced, stripped, p.text.toUpperCase(), p.text.toLowerCase()];
}

const segment = fc.record({
  words: fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 6 }),
  name: fc.option(
    fc.record({
      pattern: fc.constantFrom(...PATTERNS),
      variant: fc.nat(),
      before: fc.constantFrom(...BEFORE),
      after: fc.constantFrom(...AFTER),
    }),
  ),
});

describe('compileMatcher: property', () => {
  it('finds each inserted name exactly once, at its offsets, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 12 }), (segments) => {
        let text = '';
        const inserted: Match[] = [];
        for (const { words, name } of segments) {
          text += words.join(' ');
          if (name) {
            const forms = variants(name.pattern);
            const form = forms[name.variant % forms.length]!;
            text += name.before;
            inserted.push({
              start: text.length,
              end: text.length + form.length,
              id: name.pattern.id,
            });
            text += form + name.after;
          } else {
            text += ' ';
          }
        }
        expect(matcher.findAll(text)).toEqual(inserted);
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same with a bloom that stops the fast pass after every word', () => {
    // The fast pass only decides where the slow path looks: with every bloom
    // bit set (white-box: the bitmap is internal), every word and every
    // punctuation mark goes the slow way, and nothing found may change.
    const everywhere = compileMatcher(PATTERNS);
    (everywhere as unknown as { trie: { bloom: Int32Array } }).trie.bloom.fill(-1);
    const pieces = fc.constantFrom(
      ...FILLER,
      ...PATTERNS.flatMap(variants),
      ...BEFORE,
      ...AFTER,
      '\u0301',
      'ibm.com',
      '#Meta',
      'x',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        expect(everywhere.findAll(text)).toEqual(matcher.findAll(text));
      }),
      { numRuns: 500 },
    );
  });

  it('never returns overlapping or out-of-range matches on arbitrary text', () => {
    const alphabet = fc.constantFrom(
      ..."IBM Meta Google DeepMind ibm.com @#<>-'’ \u00a0\n\u0301é智谱AI的".split(''),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        let last = 0;
        for (const m of matcher.findAll(text)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
