/**
 * A small valid dataset built in memory, for proving each rule of
 * `lib/dataset/load.ts` catches its fault: copy it, break one thing, check.
 */
import {
  checkSourceFiles,
  DatasetError,
  formatProblem,
  type SourceFiles,
} from '../../lib/dataset/load';

export const TODAY = '2024-06-01';

/** Loose on purpose: tests put wrong values in. */
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface RawDataset {
  meta: Json;
  organizations: Json[];
  initiatives: Json[];
}

export function smallDataset(): RawDataset {
  return {
    meta: { asOf: '2024-05-31' },
    organizations: [
      {
        id: 'acme',
        name: 'Acme',
        legalName: 'Acme Corporation',
        type: 'company',
        country: 'US',
        domain: 'acme.example',
        aliases: [
          { text: 'Acme', caseSensitive: true, unlessFollowedBy: ['anvil'] },
          { text: 'ACME', caseSensitive: true },
        ],
        formerNames: [{ name: 'Acme Widgets', until: '2020-01', match: true }],
        note: 'Parent of Acme Labs.',
      },
      {
        id: 'acme-labs',
        name: 'Acme Labs',
        type: 'research-lab',
        country: 'GB',
        domain: null,
        parent: 'acme',
        aliases: [
          { text: 'Acme Labs' },
          { text: 'laboratoires Acme', lang: 'fr' },
          { text: 'AL', match: false },
        ],
      },
      {
        id: 'beta-university',
        name: 'Beta University',
        type: 'university',
        country: null,
        domain: 'beta.example',
        aliases: [{ text: 'Beta University' }, { text: "université d'Beta", lang: 'fr' }],
      },
    ],
    initiatives: [
      {
        id: 'alpha-pact',
        name: 'Alpha Pact',
        nameFr: "Pacte d'Alpha",
        aliases: [{ text: 'Alpha Pact' }, { text: "Pacte d'Alpha", lang: 'fr' }],
        description: 'A pact.',
        descriptionFr: 'Un pacte.',
        founded: '2023-01',
        homepage: 'https://alpha.example/',
        membershipNote: 'All members.',
        members: [
          {
            org: 'acme-labs',
            role: 'founding-member',
            cohort: 'first wave',
            cohortFr: 'première vague',
            joined: '2023-01-10',
            joinedVerified: true,
            left: '2024-02',
            leftSource: 'https://alpha.example/news',
            source: 'https://alpha.example/launch',
            confirmed: true,
            note: 'Left in 2024.',
          },
          {
            org: 'beta-university',
            role: 'member',
            joined: null,
            joinedVerified: false,
            joinedBefore: '2023-06',
            source: 'https://alpha.example/members',
            confirmed: true,
          },
        ],
      },
    ],
  };
}

export const canonical = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

export function toFiles(data: RawDataset): SourceFiles {
  return {
    dir: 'data',
    meta: canonical(data.meta),
    organizations: canonical(data.organizations),
    initiatives: Object.fromEntries(data.initiatives.map((i) => [`${i.id}.json`, canonical(i)])),
  };
}

/** The formatted problem lines for `files`, or [] when the data is valid. */
export function problemsIn(files: SourceFiles): string[] {
  try {
    checkSourceFiles(files, { today: TODAY });
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map(formatProblem);
    throw error;
  }
}

/** Problems after `breakIt` changed a fresh copy of the small dataset. */
export function problemsAfter(breakIt: (data: RawDataset) => void): string[] {
  const data = smallDataset();
  breakIt(data);
  return problemsIn(toFiles(data));
}
