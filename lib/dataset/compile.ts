/**
 * Turns the validated source dataset into the runtime index the extension
 * reads. Pure and browser-free. Only what a reader sees is kept: notes,
 * legal names, source notes and bookkeeping fields stay in `data/`.
 *
 * Order is part of the contract (`pack.ts` relies on it): organizations by id,
 * initiatives by id, memberships by initiative then as listed in its file, and
 * aliases grouped by target, organizations first, in that same order.
 */
import type { SourceDataset, SourceAlias } from './schema';
import type { Alias, Initiative, Membership, Organization, RuntimeIndex } from './types';

type Kind = Alias['kind'];

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function compileIndex(source: SourceDataset): RuntimeIndex {
  const orgs = [...source.organizations].sort(byId);
  const inits = [...source.initiatives].sort(byId);
  const aliases: Alias[] = [];
  const searchOnlyNames: RuntimeIndex['searchOnlyNames'] = [];

  const addAliases = (list: readonly SourceAlias[], kind: Kind, target: string) => {
    for (const a of list) {
      if (a.match === false) {
        searchOnlyNames.push({ text: a.text, kind, target });
        continue;
      }
      const alias: Alias = { text: a.text, kind, target, caseSensitive: a.caseSensitive === true };
      if (a.unlessPrecededBy) alias.unlessPrecededBy = [...a.unlessPrecededBy];
      if (a.unlessFollowedBy) alias.unlessFollowedBy = [...a.unlessFollowedBy];
      aliases.push(alias);
    }
  };

  const organizations = orgs.map((o): Organization => {
    const org: Organization = {
      id: o.id,
      name: o.name,
      type: o.type,
      country: o.country,
      domain: o.domain,
    };
    if (o.parent !== undefined) org.parent = o.parent;
    if (o.formerNames) {
      org.formerNames = o.formerNames.map((f) =>
        f.until === undefined ? { name: f.name } : { name: f.name, until: f.until },
      );
    }
    addAliases(o.aliases, 'org', o.id);
    for (const f of o.formerNames ?? []) {
      // A former name is matched on pages only when the data says so.
      if (f.match === true)
        aliases.push({
          text: f.name,
          kind: 'org',
          target: o.id,
          caseSensitive: false,
          former: true,
        });
      else searchOnlyNames.push({ text: f.name, kind: 'org', target: o.id });
    }
    return org;
  });

  const initiatives = inits.map((i): Initiative => {
    addAliases(i.aliases, 'initiative', i.id);
    return {
      id: i.id,
      name: i.name,
      ...(i.nameFr !== undefined && { nameFr: i.nameFr }),
      description: i.description,
      ...(i.descriptionFr !== undefined && { descriptionFr: i.descriptionFr }),
      founded: i.founded,
      homepage: i.homepage,
    };
  });

  const memberships = inits.flatMap((i) =>
    i.members.map((m): Membership => ({
      org: m.org,
      initiative: i.id,
      role: m.role,
      ...(m.cohort !== undefined && { cohort: m.cohort }),
      ...(m.cohortFr !== undefined && { cohortFr: m.cohortFr }),
      joined: m.joined,
      joinedVerified: m.joinedVerified,
      ...(m.left !== undefined && { left: m.left }),
      source: m.source,
      confirmed: m.confirmed,
    })),
  );

  return {
    asOf: source.meta.asOf,
    organizations,
    initiatives,
    memberships,
    aliases,
    searchOnlyNames,
  };
}
