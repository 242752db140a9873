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
  /**
   * Names in each of `texts` (its first `count` only, when given), tagged
   * with the text's position in the list.
   */
  findInEach(texts: readonly string[], count?: number): { index: number; name: FoundName }[];
}

/**
 * `index.matcherMix` is the tuning chosen at build time for all of
 * `index.aliases` (see `tuneMatcher`); it holds for any subset the options
 * leave, since they hash words alike.
 */
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
  constructor(
    private readonly matcher: Matcher,
    private readonly aliases: readonly Alias[],
  ) {}

  find(text: string): FoundName[] {
    return this.matcher.findAll(text).map((match) => this.toName(match));
  }

  findInEach(texts: readonly string[], count = texts.length): { index: number; name: FoundName }[] {
    const hits: { index: number; name: FoundName }[] = [];
    const matches: Match[] = [];
    // One growing list for the whole call: emptied with `length = 0` for each
    // text, it gave up its storage and made it again for every text with a name.
    // Each text is matched as the page handed it over. Joined into one string
    // first, a batch matched faster (V8 reads its own strings faster than the
    // browser's: 8 ms against 11 on the benchmark page), but the copy took back
    // the 2–3 ms it saved, and a matcher fed both kinds of string ran at half speed.
    for (let index = 0; index < count; index++) {
      let k = matches.length;
      this.matcher.findAll(texts[index]!, matches);
      for (; k < matches.length; k++) hits.push({ index, name: this.toName(matches[k]!) });
    }
    return hits;
  }

  private toName({ start, end, id }: Match): FoundName {
    const alias = this.aliases[id]!;
    const found: FoundName = { start, end, kind: alias.kind, id: alias.target };
    if (alias.former) found.formerName = alias.text;
    return found;
  }
}
