/**
 * Turns the dataset's aliases into a finder of organization and initiative
 * names in a string: the one lookup the content script (and the tests that
 * prove every French form resolves) go through. Browser-free.
 */
import { compileMatcher, type Match, type MatcherPattern } from './matcher';
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

export function createNameFinder(
  index: { aliases: readonly Alias[] },
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
  const matcher = compileMatcher(patterns);
  const toName = ({ start, end, id }: Match): FoundName => {
    const alias = aliases[id]!;
    const found: FoundName = { start, end, kind: alias.kind, id: alias.target };
    if (alias.former) found.formerName = alias.text;
    return found;
  };
  return {
    find: (text) => matcher.findAll(text).map(toName),
    findInEach(texts) {
      const hits: { index: number; name: FoundName }[] = [];
      const matches: Match[] = [];
      for (let index = 0; index < texts.length; index++) {
        matcher.findAll(texts[index]!, matches);
        if (matches.length === 0) continue;
        for (const match of matches) hits.push({ index, name: toName(match) });
        matches.length = 0;
      }
      return hits;
    },
  };
}
