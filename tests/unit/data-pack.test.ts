/**
 * packIndex / unpackIndex are exact inverses, and the packed index stays small
 * enough for the content-script bundle.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDataset } from '../../lib/dataset/load';
import { compileIndex } from '../../lib/dataset/compile';
import { idFromName, packIndex, unpackIndex } from '../../lib/dataset/pack';
import { ORG_TYPES, ROLES } from '../../lib/dataset/vocab';
import type { Alias, Membership, Organization, RuntimeIndex } from '../../lib/dataset/types';

/** What the bundle carries: the packed index as JSON. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const real = compileIndex(loadDataset('data'));

describe('the real dataset', () => {
  it('round-trips exactly through pack, JSON and unpack', () => {
    expect(unpackIndex(viaJson(packIndex(real)))).toStrictEqual(real);
  });

  it('packs to at most 32 KB of JSON (the content script must stay under 60 KB with its code)', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(packIndex(real))).length;
    expect(bytes).toBeLessThanOrEqual(32 * 1024);
    expect(bytes).toBeLessThan(JSON.stringify(real).length / 3);
  });

  it('stores each source URL once', () => {
    const packed = packIndex(real);
    expect(packed.sources.length).toBe(new Set(real.memberships.map((m) => m.source)).size);
  });
});

// --- arbitrary indexes in compileIndex order ---------------------------------

const word = fc.stringMatching(/^[A-Za-z0-9 '&.-]{1,12}$/);
const date = fc.constantFrom('2020', '2021-03', '2022-11-30', '2024-02-29');

const aliasFields = fc.record(
  {
    text: word,
    caseSensitive: fc.boolean(),
    former: fc.constant(true as const),
    unlessPrecededBy: fc.array(word, { minLength: 1, maxLength: 2 }),
    unlessFollowedBy: fc.array(word, { minLength: 1, maxLength: 2 }),
    searchOnly: fc.boolean(),
    sameAsName: fc.boolean(),
  },
  { requiredKeys: ['text', 'caseSensitive', 'searchOnly', 'sameAsName'] },
);

const arbitraryIndex: fc.Arbitrary<RuntimeIndex> = fc
  .record({
    orgs: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
        name: word,
        useNameAsId: fc.boolean(),
        type: fc.constantFrom(...ORG_TYPES),
        country: fc.option(fc.constantFrom('US', 'FR', 'JP')),
        domain: fc.option(fc.constantFrom('a.example', 'b.example')),
        parent: fc.option(fc.nat()),
        formerNames: fc.option(
          fc.array(fc.record({ name: word, until: date }, { requiredKeys: ['name'] }), {
            minLength: 1,
            maxLength: 2,
          }),
        ),
        aliases: fc.array(aliasFields, { maxLength: 3 }),
      }),
      { selector: (o) => o.id, minLength: 1, maxLength: 6 },
    ),
    inits: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
        name: word,
        nameFr: fc.option(word),
        description: word,
        descriptionFr: fc.option(word),
        founded: date,
        homepage: fc.constantFrom('https://a.example', 'https://b.example/x'),
        aliases: fc.array(aliasFields, { maxLength: 3 }),
      }),
      { selector: (i) => i.id, minLength: 1, maxLength: 3 },
    ),
    members: fc.array(
      fc.record(
        {
          org: fc.nat(),
          initiative: fc.nat(),
          role: fc.constantFrom(...ROLES),
          cohort: word,
          cohortFr: word,
          joined: fc.option(date),
          joinedVerified: fc.boolean(),
          left: date,
          source: fc.constantFrom(
            'https://s.example/1',
            'https://s.example/2',
            'https://t.example',
          ),
          confirmed: fc.boolean(),
        },
        {
          requiredKeys: [
            'org',
            'initiative',
            'role',
            'joined',
            'joinedVerified',
            'source',
            'confirmed',
          ],
        },
      ),
      { maxLength: 12 },
    ),
    asOf: fc.constant('2024-06-01'),
  })
  .map(({ orgs, inits, members, asOf }): RuntimeIndex => {
    const organizations = orgs.map((o): Organization => {
      // Exercise the "id left out when it is the kebab-case name" path.
      const id = o.useNameAsId && idFromName(o.name) ? idFromName(o.name) : o.id;
      const org: Organization = {
        id,
        name: o.name,
        type: o.type,
        country: o.country,
        domain: o.domain,
      };
      if (o.formerNames) org.formerNames = o.formerNames.map((f) => ({ ...f })); // plain objects
      return org;
    });
    // Ids must stay unique after the swap above.
    const seen = new Set<string>();
    const unique = organizations.filter((o) => !seen.has(o.id) && seen.add(o.id));
    orgs.forEach((o, i) => {
      const org = organizations[i]!;
      if (o.parent !== null && unique.includes(org))
        org.parent = unique[o.parent % unique.length]!.id;
    });
    const aliases: Alias[] = [];
    const searchOnlyNames: RuntimeIndex['searchOnlyNames'] = [];
    const addAliases = (
      list: (typeof orgs)[number]['aliases'],
      kind: Alias['kind'],
      target: string,
      name: string,
    ) => {
      for (const { searchOnly, sameAsName, ...a } of list) {
        // Exercise the "alias equal to the display name" path too.
        const text = sameAsName ? name : a.text;
        if (searchOnly) searchOnlyNames.push({ text, kind, target });
        else aliases.push({ ...a, text, kind, target });
      }
    };
    unique.forEach((o) => addAliases(orgs[organizations.indexOf(o)]!.aliases, 'org', o.id, o.name));
    const initiatives = inits.map(({ aliases: list, nameFr, descriptionFr, ...rest }) => {
      addAliases(list, 'initiative', rest.id, rest.name);
      return {
        ...rest,
        ...(nameFr !== null && { nameFr }),
        ...(descriptionFr !== null && { descriptionFr }),
      };
    });
    const memberships = members
      // The French detail goes with an English one, as the loader demands;
      // the same English one may come with different French ones.
      .map(({ cohortFr, ...m }): Membership => ({
        ...m,
        ...(m.cohort !== undefined && cohortFr !== undefined && { cohortFr }),
        org: unique[m.org % unique.length]!.id,
        initiative: initiatives[m.initiative % initiatives.length]!.id,
      }))
      .sort(
        (a, b) =>
          initiatives.findIndex((i) => i.id === a.initiative) -
          initiatives.findIndex((i) => i.id === b.initiative),
      );
    return { asOf, organizations: unique, initiatives, memberships, aliases, searchOnlyNames };
  });

describe('any index in compileIndex order', () => {
  it('round-trips exactly', () => {
    fc.assert(
      fc.property(arbitraryIndex, (index) => {
        expect(unpackIndex(viaJson(packIndex(index)))).toStrictEqual(index);
      }),
      { numRuns: 300 },
    );
  });
});

describe('packIndex refuses what it could not rebuild', () => {
  it('rejects aliases not grouped by target', () => {
    const index = structuredClone(real);
    index.aliases.reverse();
    expect(() => packIndex(index)).toThrow(/aliases must be grouped by target/);
  });

  it('rejects memberships not grouped by initiative', () => {
    const index = structuredClone(real);
    index.memberships.reverse();
    expect(() => packIndex(index)).toThrow(/memberships must be grouped by initiative/);
  });

  it('rejects a membership of an unknown organization', () => {
    const index = structuredClone(real);
    index.memberships[0]!.org = 'nobody';
    expect(() => packIndex(index)).toThrow(/unknown organization "nobody"/);
  });
});

describe('idFromName', () => {
  it.each([
    ['Hugging Face', 'hugging-face'],
    ['IBM', 'ibm'],
    ['fast.ai', 'fast-ai'],
    ['Data & Society', 'data-society'],
    ['  A*STAR ', 'a-star'],
  ])('%s → %s', (name, id) => {
    expect(idFromName(name)).toBe(id);
  });
});
