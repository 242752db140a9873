/**
 * What an organization card and an initiative card show, computed from the
 * dataset and the user's filters. Shared by the tooltip and the popup so both
 * always say the same thing. Browser-free.
 */
import type { DatasetQueries } from './dataset/query';
import type { Initiative, Membership, Organization } from './dataset/types';

export interface OrgCardRow {
  initiative: Initiative;
  membership: Membership;
}

export interface OrgCardModel {
  org: Organization;
  parent?: Organization;
  /** The former name the page used, when it used one ("Facebook"). */
  formerName?: string;
  rows: OrgCardRow[];
  /** Memberships in initiatives the user has hidden. */
  hiddenCount: number;
}

export interface InitiativeCardModel {
  initiative: Initiative;
  memberCount: number;
  /** Distinct member organizations named on the current page, first. */
  membersOnPage: Organization[];
  otherMembers: Organization[];
}

export interface CardFilters {
  isInitiativeShown: (initiativeId: string) => boolean;
}

/** Oldest join first, so a card reads as the organization's history; unknown dates last. */
function byJoined(a: OrgCardRow, b: OrgCardRow): number {
  const ja = a.membership.joined ?? '9999';
  const jb = b.membership.joined ?? '9999';
  return ja.localeCompare(jb) || a.initiative.name.localeCompare(b.initiative.name);
}

export function orgCardModel(
  queries: DatasetQueries,
  orgId: string,
  filters: CardFilters,
  formerName?: string,
): OrgCardModel | undefined {
  const org = queries.orgById.get(orgId);
  if (!org) return undefined;
  const rows: OrgCardRow[] = [];
  let hiddenCount = 0;
  for (const membership of queries.membershipsOf(orgId)) {
    const initiative = queries.initiativeById.get(membership.initiative);
    if (!initiative) continue;
    if (filters.isInitiativeShown(initiative.id)) rows.push({ initiative, membership });
    else hiddenCount++;
  }
  rows.sort(byJoined);
  const parent = org.parent ? queries.orgById.get(org.parent) : undefined;
  return { org, parent, formerName, rows, hiddenCount };
}

export function initiativeCardModel(
  queries: DatasetQueries,
  initiativeId: string,
  orgIdsOnPage: ReadonlySet<string>,
): InitiativeCardModel | undefined {
  const initiative = queries.initiativeById.get(initiativeId);
  if (!initiative) return undefined;
  const seen = new Set<string>();
  const membersOnPage: Organization[] = [];
  const otherMembers: Organization[] = [];
  for (const membership of queries.membersOf(initiativeId)) {
    if (seen.has(membership.org)) continue;
    seen.add(membership.org);
    const org = queries.orgById.get(membership.org);
    if (!org) continue;
    (orgIdsOnPage.has(org.id) ? membersOnPage : otherMembers).push(org);
  }
  const byName = (a: Organization, b: Organization) => a.name.localeCompare(b.name);
  return {
    initiative,
    // The organizations listed, like the detail view's count, not every id seen.
    memberCount: membersOnPage.length + otherMembers.length,
    membersOnPage: membersOnPage.sort(byName),
    otherMembers: otherMembers.sort(byName),
  };
}

export interface InitiativeDetailModel {
  initiative: Initiative;
  memberCount: number;
  /** Members grouped by role, roles in the order they first appear by join date. */
  byRole: { role: Membership['role']; members: { org: Organization; membership: Membership }[] }[];
  /** Joins per month (or per year when only the year is known), oldest first. */
  timeline: { period: string; orgs: Organization[] }[];
}

export function initiativeDetailModel(
  queries: DatasetQueries,
  initiativeId: string,
): InitiativeDetailModel | undefined {
  const initiative = queries.initiativeById.get(initiativeId);
  if (!initiative) return undefined;
  const members = queries
    .membersOf(initiativeId)
    .map((membership) => ({ org: queries.orgById.get(membership.org), membership }))
    .filter((m): m is { org: Organization; membership: Membership } => !!m.org)
    .sort(
      (a, b) =>
        (a.membership.joined ?? '9999').localeCompare(b.membership.joined ?? '9999') ||
        a.org.name.localeCompare(b.org.name),
    );
  const byRole = new Map<Membership['role'], InitiativeDetailModel['byRole'][number]['members']>();
  const timeline = new Map<string, Organization[]>();
  for (const member of members) {
    const group = byRole.get(member.membership.role);
    if (group) group.push(member);
    else byRole.set(member.membership.role, [member]);
    const period = member.membership.joined?.slice(0, 7);
    if (period) {
      const orgs = timeline.get(period);
      if (orgs) orgs.push(member.org);
      else timeline.set(period, [member.org]);
    }
  }
  return {
    initiative,
    memberCount: new Set(members.map((m) => m.org.id)).size,
    byRole: [...byRole].map(([role, list]) => ({
      role,
      members: list.sort((a, b) => a.org.name.localeCompare(b.org.name)),
    })),
    timeline: [...timeline].map(([period, orgs]) => ({ period, orgs })),
  };
}
