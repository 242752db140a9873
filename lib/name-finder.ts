/**
 * Turns the dataset's aliases into a finder of organization and initiative
 * names in a string: the one lookup the content script (and the tests that
 * prove every French form resolves) go through. Browser-free.
 */
import { compileMatcher, type Match, type Matcher, type MatcherPattern } from './matcher';
import type { Alias } from './dataset/types';

export interface FoundName {
  start: number;
  end: number;
  kind: Alias['kind'];
  /** Organization or initiative id. */
  id: string;
  /** Set when the page used a former name ("Facebook" for Meta). */
  formerName?: string;
}

export interface NameFinderOptions {
  /** Case-sensitive ambiguous names (Meta, Apple, Amazon…); on by default. */
  matchAmbiguousNames?: boolean;
  /** Limits results to these targets; all when omitted. */
  isShown?: (kind: Alias['kind'], id: string) => boolean;
}

export interface NameFinder {
  find(text: string): FoundName[];
  /** Names in each of `texts`, tagged with the text's position in the list. */
  findInEach(texts: readonly string[]): { index: number; name: FoundName }[];
}

/**
 * `index.matcherMix` is the tuning chosen at build time for all of
 * `index.aliases` (see `tuneMatcher`); it holds for any subset the options
 * leave, since they hash words alike.
 */
/** Between the texts `findInEach` joins: no name may contain it (the dataset loader checks). */
const TEXT_SEPARATOR = '\u0000';

export function createNameFinder(
  index: { aliases: readonly Alias[]; matcherMix?: number },
  options: NameFinderOptions = {},
): NameFinder {
  const { matchAmbiguousNames = true, isShown = () => true } = options;
  const aliases = index.aliases.filter(
    (alias) => (matchAmbiguousNames || !alias.caseSensitive) && isShown(alias.kind, alias.target),
  );
  const patterns: MatcherPattern[] = aliases.map((alias, i) => ({
    text: alias.text,
    id: i,
    caseSensitive: alias.caseSensitive,
    unlessPrecededBy: alias.unlessPrecededBy,
    unlessFollowedBy: alias.unlessFollowedBy,
  }));
  const tuning =
    index.matcherMix === undefined
      ? undefined
      : { names: index.aliases.map((alias) => alias.text), mix: index.matcherMix };
  return new MatcherNameFinder(compileMatcher(patterns, tuning), aliases);
}

/**
 * Methods, not closures: every finder in a page shares one compiled copy of
 * this code, so a finder rebuilt after a settings change runs at full speed
 * at once (see `TrieMatcher`).
 */
class MatcherNameFinder implements NameFinder {
  readonly #aliases: readonly Alias[];

  /** `matcher` is public for tests that check how it was tuned. */
  constructor(
    readonly matcher: Matcher,
    aliases: readonly Alias[],
  ) {
    this.#aliases = aliases;
  }

  find(text: string): FoundName[] {
    return this.matcher.findAll(text).map((match) => this.#toName(match));
  }

  /**
   * Matches the texts joined by TEXT_SEPARATOR, in one call. A page's text
   * nodes reach script as external strings (Blink keeps the characters),
   * and reading those one code unit at a time costs more than reading a
   * string of V8's own: on the benchmark page, matching the nodes' strings
   * took 11 ms and matching copies of them 8 ms. Joining makes that copy,
   * natively, for about 2 ms, and saves a call per text. The separator is
   * neither a word character nor a space, so no name spans two texts or
   * takes a word of the other text as context: the result is that of one
   * call per text.
   */
  findInEach(texts: readonly string[]): { index: number; name: FoundName }[] {
    const hits: { index: number; name: FoundName }[] = [];
    if (texts.length === 0) return hits;
    let index = 0;
    let base = 0;
    let end = texts[0]!.length;
    for (const match of this.matcher.findAll(texts.join(TEXT_SEPARATOR))) {
      // Matches come in order: move on to the text this one starts in.
      while (match.start > end) {
        base = end + 1;
        end = base + texts[++index]!.length;
      }
      hits.push({ index, name: this.#toName(match, base) });
    }
    return hits;
  }

  #toName({ start, end, id }: Match, base = 0): FoundName {
    const alias = this.#aliases[id]!;
    const found: FoundName = {
      start: start - base,
      end: end - base,
      kind: alias.kind,
      id: alias.target,
    };
    if (alias.former) found.formerName = alias.text;
    return found;
  }
}
