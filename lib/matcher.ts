/**
 * CONTRACT STUB — replaced by the real matcher.
 *
 * Finds organization and initiative names in a string. Browser-free.
 */

export interface MatcherPattern {
  text: string;
  /** Caller's identifier for what the pattern names; returned in matches. */
  id: number;
  caseSensitive: boolean;
  unlessPrecededBy?: string[];
  unlessFollowedBy?: string[];
}

export interface Match {
  start: number;
  end: number;
  id: number;
}

export interface Matcher {
  /** All non-overlapping matches, leftmost-longest, in text order. */
  findAll(text: string): Match[];
}

export function compileMatcher(patterns: readonly MatcherPattern[]): Matcher {
  const list = [...patterns].sort((a, b) => b.text.length - a.text.length);
  return {
    findAll(text) {
      const out: Match[] = [];
      for (const p of list) {
        let i = text.indexOf(p.text);
        while (i >= 0) {
          out.push({ start: i, end: i + p.text.length, id: p.id });
          i = text.indexOf(p.text, i + 1);
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
