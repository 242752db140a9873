/**
 * The runtime shape of the dataset: what the content script, the popup and the
 * options page read. It is compiled at build time from the hand-edited files in
 * `data/` (see `lib/dataset/compile.ts`), so nothing here is validated again at
 * run time. Browser-free.
 */

export type OrgType =
  'company' | 'university' | 'nonprofit' | 'research-lab' | 'government' | 'industry-body';

/**
 * A role in an initiative. The vocabulary is closed so the UI can translate
 * it; a finer detail (which round of signatures, "former partner"…) goes in
 * `Membership.cohort`.
 */
export type Role =
  | 'co-founder'
  | 'founding-member'
  | 'member'
  | 'signatory'
  | 'partner'
  | 'sponsor'
  | 'founding-sponsor'
  | 'premier-sponsor'
  | 'founding-premier-sponsor'
  | 'premier-member'
  | 'steering-committee'
  | 'founding-board'
  | 'reporting-organisation';

export interface FormerName {
  name: string;
  /** ISO day, month or year the name stopped being used. */
  until?: string;
}

export interface Organization {
  id: string;
  name: string;
  type: OrgType;
  /** ISO 3166 alpha-2, or null for intergovernmental bodies. */
  country: string | null;
  domain: string | null;
  /** Parent organization id (Red Hat → IBM): shown, never merged. */
  parent?: string;
  formerNames?: FormerName[];
}

export interface Initiative {
  id: string;
  name: string;
  /** French name where one is in use (« Alliance pour l'IA »). */
  nameFr?: string;
  description: string;
  descriptionFr?: string;
  /** ISO day or month. */
  founded: string;
  homepage: string;
}

export interface Membership {
  org: string;
  initiative: string;
  role: Role;
  /** Finer detail of the role, in English (e.g. "second round", "former"). */
  cohort?: string;
  /** The same detail in French; present whenever `cohort` is. */
  cohortFr?: string;
  /** ISO day (2023-12-05) or month (2024-02); null when unknown. */
  joined: string | null;
  /** False when the join date is a proxy or was not confirmed by a source. */
  joinedVerified: boolean;
  left?: string;
  /** https URL of the source that states the membership. */
  source: string;
  /** True when the source was read and confirms the membership. */
  confirmed: boolean;
}

/**
 * A surface form the page matcher looks for. `target` is an organization id
 * when `kind` is 'org', an initiative id when it is 'initiative'.
 */
export interface Alias {
  text: string;
  kind: 'org' | 'initiative';
  target: string;
  /** Ambiguous names (Meta, Apple, Amazon…) only match with this exact case. */
  caseSensitive: boolean;
  /** A former name (Facebook → Meta): the UI says "Facebook → Meta". */
  former?: boolean;
  /** Words that, right before the alias, mean it is not the organization ("Big" Apple). */
  unlessPrecededBy?: string[];
  /** Words that, right after the alias, mean it is not the organization (Amazon "rainforest"). */
  unlessFollowedBy?: string[];
}

export interface RuntimeIndex {
  /** ISO day the dataset was last reviewed: shown in every card. */
  asOf: string;
  organizations: Organization[];
  initiatives: Initiative[];
  memberships: Membership[];
  /** Aliases the page matcher uses. */
  aliases: Alias[];
  /** Extra names the popup search knows but the page matcher must not use ("LF", "FAIR"). */
  searchOnlyNames: { text: string; kind: 'org' | 'initiative'; target: string }[];
}
