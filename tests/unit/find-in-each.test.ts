import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alias } from './fixtures/alias';
import { createNameFinder } from '../../lib/name-finder';

const finder = createNameFinder({
  aliases: [
    alias('IBM', 'ibm'),
    alias('Hugging Face', 'hugging-face'),
    alias('Apple', 'apple', { caseSensitive: true, unlessPrecededBy: ['big'] }),
  ],
});

/** The same answer, one text at a time: what the batch call must reproduce. */
const oneByOne = (texts: string[]) =>
  texts.flatMap((text, index) => finder.find(text).map((name) => ({ index, name })));

describe('findInEach', () => {
  it('reports each name against its own text and offsets', () => {
    const texts = ['Nothing here.', 'IBM and', 'Hugging Face', '', 'then IBM.'];
    expect(finder.findInEach(texts)).toEqual(oneByOne(texts));
    expect(finder.findInEach(texts).map((h) => [h.index, h.name.start])).toEqual([
      [1, 0],
      [2, 0],
      [4, 5],
    ]);
  });

  it('looks at the first `count` texts only, when given', () => {
    // The scanner reuses its arrays: what lies past the batch is stale.
    const texts = ['IBM', 'Hugging Face', 'IBM'];
    expect(finder.findInEach(texts, 2)).toEqual(oneByOne(texts.slice(0, 2)));
    expect(finder.findInEach(texts, 0)).toEqual([]);
  });

  it('never joins a name across two texts', () => {
    expect(finder.findInEach(['Hugging', 'Face'])).toEqual([]);
    expect(finder.findInEach(['Hugging ', ' Face'])).toEqual([]);
  });

  it('never takes a word of the previous text as context', () => {
    // "Big" in the previous node is not "the Big Apple".
    expect(finder.findInEach(['Big', 'Apple sells phones'])).toEqual(
      oneByOne(['Big', 'Apple sells phones']),
    );
    expect(finder.findInEach(['Big', 'Apple sells phones'])).toHaveLength(1);
  });

  it('agrees with one call per text on any texts', () => {
    const word = fc.constantFrom(
      'IBM',
      'Hugging Face',
      'Apple',
      'big',
      'the',
      'ibm.com',
      '',
      ' ',
      '\n',
      'x',
    );
    const text = fc.array(word, { maxLength: 6 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (texts) => {
        expect(finder.findInEach(texts)).toEqual(oneByOne(texts));
      }),
      { numRuns: 300 },
    );
  });
});
