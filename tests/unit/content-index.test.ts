import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../lib/dataset/compile';
import {
  packContentIndex,
  toContentIndex,
  unpackContentIndex,
  type ContentIndex,
} from '../../lib/dataset/content-index';
import { loadDataset } from '../../lib/dataset/load';
import { matcherStats, tuneMatcher, type Matcher } from '../../lib/matcher';
import { createNameFinder, type NameFinderOptions } from '../../lib/name-finder';
import type { Alias } from '../../lib/dataset/types';
import { alias } from './fixtures/alias';
import { SMALL_INDEX } from './fixtures/small-index';

const byKey = (a: Alias, b: Alias) =>
  `${a.kind}:${a.target}:${a.text}`.localeCompare(`${b.kind}:${b.target}:${b.text}`);

describe.each([
  ['the small fixture', () => SMALL_INDEX],
  ['the real dataset', () => compileIndex(loadDataset('data'))],
])('content index of %s', (_, makeIndex) => {
  const index = makeIndex();
  const content = toContentIndex(index);

  it('lists, for every organization, exactly the initiatives it is a member of', () => {
    for (const org of index.organizations) {
      const expected = [
        ...new Set(index.memberships.filter((m) => m.org === org.id).map((m) => m.initiative)),
      ];
      expect(content.orgInitiatives[org.id]?.sort()).toEqual(expected.sort());
    }
  });

  it('keeps every alias the page matcher uses', () => {
    expect([...content.aliases].sort(byKey)).toEqual([...index.aliases].sort(byKey));
  });

  it('packs and unpacks to the same content, through JSON as the build ships it', () => {
    const round = unpackContentIndex(JSON.parse(JSON.stringify(packContentIndex(content))));
    expect(round.asOf).toBe(content.asOf);
    expect(round.matcherMix).toBe(content.matcherMix);
    expect(round.orgInitiatives).toEqual(content.orgInitiatives);
    expect([...round.aliases].sort(byKey)).toEqual([...content.aliases].sort(byKey));
  });

  it('carries the matcher tuning chosen for all its aliases', () => {
    expect(content.matcherMix).toBe(tuneMatcher(index.aliases.map((a) => a.text)).mix);
  });

  it('gives the page finder that tuning, whatever subset of names the settings leave', () => {
    const settingsCases: NameFinderOptions[] = [
      {},
      { matchAmbiguousNames: false },
      { isShown: (kind, id) => kind === 'org' && id < 'm' },
    ];
    // White-box: the finder's matcher is internal.
    const matcherOf = (finder: unknown) => (finder as { matcher: Matcher }).matcher;
    // A multiplier unlike the chosen one, to see that it is the one used.
    const marked = unpackContentIndex(packContentIndex({ ...content, matcherMix: 0x2545f491 }));
    const real = unpackContentIndex(packContentIndex(content));
    for (const options of settingsCases) {
      expect(matcherStats(matcherOf(createNameFinder(marked, options))).mix).toBe(0x2545f491);
      const stats = matcherStats(matcherOf(createNameFinder(real, options)));
      expect(stats.frequentWordsInBloom).toEqual([]);
    }
  });
});

it('carries no card text: no descriptions, sources or display names', () => {
  const index = compileIndex(loadDataset('data'));
  const packed = JSON.stringify(packContentIndex(toContentIndex(index)));
  expect(packed).not.toContain('https://');
  expect(packed).not.toContain(index.initiatives[0]!.description.slice(0, 30));
  // Small enough for a script injected into every frame.
  expect(packed.length).toBeLessThan(12_000);
});

describe('packed form', () => {
  const content: ContentIndex = {
    asOf: '2025-01-31',
    aliases: [
      alias('Meta', 'meta', { caseSensitive: true, unlessFollowedBy: ['Ridley', 'X-ray'] }),
      alias('Facebook', 'meta', { former: true }),
      alias('Thefacebook', 'meta', { former: true, caseSensitive: true }),
      alias('Apple', 'apple', { caseSensitive: true, unlessPrecededBy: ['big'] }),
      alias('Apple Inc.', 'apple', { unlessPrecededBy: ['the'], unlessFollowedBy: ['pie'] }),
      alias('Arm Holdings', 'arm'),
      alias('Coalition for Secure AI', 'cosai'),
      alias('CoSAI', 'cosai'),
      alias('AI Alliance', 'ai-alliance', { kind: 'initiative', caseSensitive: true }),
    ],
    orgInitiatives: {
      meta: ['ai-alliance', 'frontier-model-forum'],
      apple: [],
      arm: ['ai-alliance'],
      cosai: [],
      'no-alias-org': ['frontier-model-forum'],
    },
    // Negative as an int32: it must come back signed.
    matcherMix: -1640531535,
  };

  it('reads back every flag, context list, explicit id and alias-less target', () => {
    const round = unpackContentIndex(packContentIndex(content));
    expect(round.asOf).toBe(content.asOf);
    expect(round.matcherMix).toBe(content.matcherMix);
    expect(round.aliases).toEqual(content.aliases);
    expect(round.orgInitiatives).toEqual(content.orgInitiatives);
  });

  it('leaves out ids that the first alias gives', () => {
    const packed = packContentIndex(content);
    expect(packed).not.toMatch(/\|meta\|/);
    expect(packed).toContain('|arm|Arm Holdings');
    expect(packed).toContain('|.1|Coalition for Secure AI|CoSAI');
    expect(packed).toContain('|no-alias-org');
  });

  it('writes frequent words as characters the names do not use, and reads them back', () => {
    const universities = ['Tokyo', 'Kyoto', 'Oxford', 'Cambridge', 'Toronto', 'Ghent'].map((city) =>
      alias(`University of ${city}`, `university-of-${city.toLowerCase()}`),
    );
    // '#' and '$' are names' own characters here: they must not stand for words.
    const own = [alias('#University $5 (2024)', 'odd'), alias('University 100%', 'odd')];
    const dense: ContentIndex = { ...content, aliases: [...universities, ...own] };
    dense.orgInitiatives = Object.fromEntries(dense.aliases.map((a) => [a.target, []]));
    const packed = packContentIndex(dense);
    const [dictionary, ...body] = packed.split('\n');
    expect(dictionary).toMatch(/University/);
    expect(dictionary).not.toMatch(/[#$%(]/);
    expect(body.join('\n')).not.toContain('University of');
    expect(unpackContentIndex(packed).aliases).toEqual(dense.aliases);
  });

  it.each([
    ['an alias holding |', alias('A|B', 'a-b')],
    ['an alias holding <', alias('A<B', 'a-b')],
    ['an alias starting with !', alias('!A', 'a')],
    ['an alias starting with ~', alias('~A', 'a')],
    ['a context word holding a comma', alias('A', 'a', { unlessFollowedBy: ['b,c'] })],
    ['an empty context word', alias('A', 'a', { unlessPrecededBy: [''] })],
    ['a line break', alias('A\nB', 'a-b')],
  ])('refuses %s rather than read it back wrong', (_, bad) => {
    expect(() => packContentIndex({ ...content, aliases: [bad] })).toThrow(/reserved/);
  });

  it('refuses more initiatives than a mask holds exactly', () => {
    const many = Array.from({ length: 53 }, (_, k) => `initiative-${k}`);
    expect(() => packContentIndex({ ...content, orgInitiatives: { meta: many } })).toThrow(
      /initiatives/,
    );
  });
});
