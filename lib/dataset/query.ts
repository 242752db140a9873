/**
 * Lookups over the runtime index for the UI, built once per index. Pure.
 */
import type { Initiative, Membership, Organization, RuntimeIndex } from './types';

export interface DatasetQueries {
  orgById: ReadonlyMap<string, Organization>;
  initiativeById: ReadonlyMap<string, Initiative>;
  /** The memberships of an organization, in index order (by initiative); [] when none. */
  membershipsOf(orgId: string): readonly Membership[];
  /** The members of an initiative, in index order (by organization id); [] when none. */
  membersOf(initiativeId: string): readonly Membership[];
  /** Organizations whose parent is `orgId` (Red Hat for IBM), by id; [] when none. */
  childrenOf(orgId: string): readonly Organization[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const NONE: readonly never[] = Object.freeze([]);

export function createDatasetQueries(index: RuntimeIndex): DatasetQueries {
  const orgById = new Map(index.organizations.map((o) => [o.id, o]));
  const initiativeById = new Map(index.initiatives.map((i) => [i.id, i]));
  const byOrg = groupBy(index.memberships, (m) => m.org);
  const byInitiative = groupBy(index.memberships, (m) => m.initiative);
  const byParent = groupBy(index.organizations, (o) => o.parent);
  return {
    orgById,
    initiativeById,
    membershipsOf: (orgId) => byOrg.get(orgId) ?? NONE,
    membersOf: (initiativeId) => byInitiative.get(initiativeId) ?? NONE,
    childrenOf: (orgId) => byParent.get(orgId) ?? NONE,
  };
}
