/**
 * Each dataset rule, proved on a small in-memory dataset: the valid dataset
 * passes, and breaking exactly one thing yields a problem that names the
 * file, the record and the field.
 */
import { describe, expect, it } from 'vitest';
import { checkSourceFiles, DatasetError } from '../../lib/dataset/load';
import { datePrecision } from '../../lib/dataset/schema';
import { foldName } from '../../lib/dataset/fold';
import {
  canonical,
  problemsAfter,
  problemsIn,
  smallDataset,
  toFiles,
  TODAY,
  type RawDataset,
} from './data-fixture';

const ORGS = 'data/organizations.json';
const PACT = 'data/initiatives/alpha-pact.json';
const ACME = `${ORGS}: organizations[0] (id "acme")`;
const LABS = `${ORGS}: organizations[1] (id "acme-labs")`;
const BETA = `${ORGS}: organizations[2] (id "beta-university")`;
const PACT_REC = `${PACT}: initiative "alpha-pact"`;
const MEMBER0 = `${PACT}: members[0] (org "acme-labs")`;
const MEMBER1 = `${PACT}: members[1] (org "beta-university")`;

const org = (d: RawDataset, i: number) => d.organizations[i];
const pact = (d: RawDataset) => d.initiatives[0];
const member = (d: RawDataset, i: number) => d.initiatives[0].members[i];

describe('the small dataset', () => {
  it('is valid', () => {
    expect(problemsIn(toFiles(smallDataset()))).toEqual([]);
  });

  it('loads with initiatives ordered by id', () => {
    const data = smallDataset();
    data.initiatives.push({
      ...structuredClone(data.initiatives[0]),
      id: 'aardvark-accord',
      name: 'Aardvark Accord',
      nameFr: undefined,
      aliases: [{ text: 'Aardvark Accord' }],
    });
    delete data.initiatives[1].nameFr;
    const dataset = checkSourceFiles(toFiles(data), { today: TODAY });
    expect(dataset.initiatives.map((i) => i.id)).toEqual(['aardvark-accord', 'alpha-pact']);
  });
});

// [what is broken, how, the problem line expected (whole or its start)]
const CASES: [string, (d: RawDataset) => void, string][] = [
  // --- schema: organizations
  [
    'unknown organization field',
    (d) => (org(d, 0).website = 'https://acme.example'),
    `${ACME}: field "website": unknown field`,
  ],
  [
    'missing organization field',
    (d) => delete org(d, 0).type,
    `${ACME}: field "type": is required`,
  ],
  [
    'id not kebab-case',
    (d) => (org(d, 2).id = 'Beta_University'),
    `${ORGS}: organizations[2] (id "Beta_University"): field "id": must be a kebab-case id`,
  ],
  ['empty name', (d) => (org(d, 2).name = ''), `${BETA}: field "name": must not be empty`],
  [
    'name with outer spaces',
    (d) => (org(d, 2).name = 'Beta University '),
    `${BETA}: field "name": must not start or end with spaces`,
  ],
  [
    'unknown organization type',
    (d) => (org(d, 0).type = 'corporation'),
    `${ACME}: field "type": must be one of company, university`,
  ],
  [
    'lower-case country',
    (d) => (org(d, 0).country = 'us'),
    `${ACME}: field "country": must be an ISO 3166 alpha-2 code`,
  ],
  [
    'three-letter country',
    (d) => (org(d, 0).country = 'USA'),
    `${ACME}: field "country": must be an ISO 3166 alpha-2 code`,
  ],
  [
    'domain written as a URL',
    (d) => (org(d, 0).domain = 'https://acme.example'),
    `${ACME}: field "domain": must be a bare lower-case domain name`,
  ],
  [
    'organization without aliases',
    (d) => (org(d, 2).aliases = []),
    `${BETA}: field "aliases": must list at least the display name`,
  ],
  [
    'unknown alias field',
    (d) => (org(d, 2).aliases[0].regex = '.*'),
    `${BETA}: field "aliases[0].regex": unknown field`,
  ],
  [
    'alias lang other than en/fr',
    (d) => (org(d, 2).aliases[1].lang = 'de'),
    `${BETA}: field "aliases[1].lang": must be "en" or "fr"`,
  ],
  [
    'caseSensitive: false written out',
    (d) => (org(d, 2).aliases[0].caseSensitive = false),
    `${BETA}: field "aliases[0].caseSensitive": must be true`,
  ],
  [
    'match: true written out',
    (d) => (org(d, 2).aliases[0].match = true),
    `${BETA}: field "aliases[0].match": must be false`,
  ],
  [
    'empty context-word list',
    (d) => (org(d, 0).aliases[0].unlessFollowedBy = []),
    `${ACME}: field "aliases[0].unlessFollowedBy": must not be empty`,
  ],
  [
    'context words on a search-only alias',
    (d) => (org(d, 1).aliases[2].unlessPrecededBy = ['the']),
    `${LABS}: field "aliases[2]": context words have no effect`,
  ],
  [
    'curly apostrophe in an alias',
    (d) => (org(d, 2).aliases[1].text = 'université d’Beta'),
    `${BETA}: field "aliases[1].text": must use the straight apostrophe`,
  ],
  [
    'former name until an impossible date',
    (d) => (org(d, 0).formerNames[0].until = '2020-13'),
    `${ACME}: field "formerNames[0].until": must be a real calendar date`,
  ],
  ['empty note', (d) => (org(d, 0).note = ''), `${ACME}: field "note": must not be empty`],
  // --- schema: initiatives
  [
    'unknown initiative field',
    (d) => (pact(d).logo = 'x'),
    `${PACT_REC}: field "logo": unknown field`,
  ],
  [
    'missing description',
    (d) => delete pact(d).description,
    `${PACT_REC}: field "description": is required`,
  ],
  [
    'description over 300 characters',
    (d) => (pact(d).description = 'x'.repeat(301)),
    `${PACT_REC}: field "description": must be at most 300 characters`,
  ],
  [
    'homepage over http',
    (d) => (pact(d).homepage = 'http://alpha.example/'),
    `${PACT_REC}: field "homepage": must be an https URL`,
  ],
  [
    'homepageVerified: true written out',
    (d) => (pact(d).homepageVerified = true),
    `${PACT_REC}: field "homepageVerified": must be false`,
  ],
  [
    'founded as a year',
    (d) => (pact(d).founded = '2023'),
    `${PACT_REC}: field "founded": must be written YYYY-MM or YYYY-MM-DD`,
  ],
  [
    'members not an array',
    (d) => (pact(d).members = {}),
    `${PACT_REC}: field "members": must be an array`,
  ],
  // --- schema: members
  [
    'source over http',
    (d) => (member(d, 0).source = 'http://alpha.example/launch'),
    `${MEMBER0}: field "source": must be an https URL`,
  ],
  [
    'source not a URL',
    (d) => (member(d, 0).source = 'alpha launch page'),
    `${MEMBER0}: field "source": must be an https URL`,
  ],
  [
    'leftSource not https',
    (d) => (member(d, 0).leftSource = 'ftp://alpha.example'),
    `${MEMBER0}: field "leftSource": must be an https URL`,
  ],
  [
    'unknown role',
    (d) => (member(d, 0).role = 'founder'),
    `${MEMBER0}: field "role": must be one of co-founder, founding-member`,
  ],
  [
    'joined with slashes',
    (d) => (member(d, 0).joined = '2023/01/10'),
    `${MEMBER0}: field "joined": must be an ISO date`,
  ],
  [
    'joined on 30 February',
    (d) => (member(d, 0).joined = '2023-02-30'),
    `${MEMBER0}: field "joined": must be a real calendar date`,
  ],
  [
    'joined as a bare year',
    (d) => (member(d, 0).joined = '2023'),
    `${MEMBER0}: field "joined": must be written YYYY-MM or YYYY-MM-DD`,
  ],
  [
    'joined left out instead of null',
    (d) => delete member(d, 1).joined,
    `${MEMBER1}: field "joined": is required`,
  ],
  [
    'confirmed as a string',
    (d) => (member(d, 0).confirmed = 'yes'),
    `${MEMBER0}: field "confirmed": must be true or false`,
  ],
  [
    'member that is not an object',
    (d) => (pact(d).members[1] = 'beta-university'),
    `${PACT}: members[1]: must be an object`,
  ],
  // --- meta
  [
    'asOf as a month',
    (d) => (d.meta.asOf = '2024-05'),
    `data/meta.json: field "asOf": must be written YYYY-MM-DD`,
  ],
  [
    'unknown meta field',
    (d) => (d.meta.version = 2),
    `data/meta.json: field "version": unknown field`,
  ],
  // --- dates against today and each other
  [
    'asOf in the future',
    (d) => (d.meta.asOf = '2024-06-02'),
    `data/meta.json: field "asOf": is in the future (today is ${TODAY})`,
  ],
  [
    'founded in the future',
    (d) => (pact(d).founded = '2024-07'),
    `${PACT_REC}: field "founded": is in the future`,
  ],
  [
    'joined in the future',
    (d) => (member(d, 0).joined = '2024-06-02'),
    `${MEMBER0}: field "joined": is in the future`,
  ],
  [
    'left in the future',
    (d) => (member(d, 0).left = '2025'),
    `${MEMBER0}: field "left": is in the future`,
  ],
  [
    'former name until the future',
    (d) => (org(d, 0).formerNames[0].until = '2024-12-31'),
    `${ACME}: field "formerNames[0].until": is in the future`,
  ],
  [
    'left before joined',
    (d) => (member(d, 0).left = '2022-12'),
    `${MEMBER0}: field "left": is before joined (2023-01-10)`,
  ],
  [
    'joined before the initiative was founded',
    (d) => (member(d, 0).joined = '2022-12-31'),
    `${MEMBER0}: field "joined": is before the initiative was founded (2023-01)`,
  ],
  [
    'cohort without its French form',
    (d) => delete member(d, 0).cohortFr,
    `${MEMBER0}: field "cohort": needs a cohortFr, its French form`,
  ],
  [
    'French cohort without the English one',
    (d) => delete member(d, 0).cohort,
    `${MEMBER0}: field "cohortFr": needs a cohort, its English form`,
  ],
  [
    'joinedVerified with no date',
    (d) => (member(d, 1).joinedVerified = true),
    `${MEMBER1}: field "joinedVerified": must be false when joined is null`,
  ],
  [
    'joinedBefore with a date',
    (d) => (member(d, 1).joined = '2023-03'),
    `${MEMBER1}: field "joinedBefore": is only for members whose joined date is null`,
  ],
  [
    'leftSource without left',
    (d) => delete member(d, 0).left,
    `${MEMBER0}: field "leftSource": needs a left date`,
  ],
  // --- references
  [
    'member organization unknown',
    (d) => (member(d, 1).org = 'gamma'),
    `${PACT}: members[1] (org "gamma"): field "org": unknown organization "gamma"`,
  ],
  [
    'parent unknown',
    (d) => (org(d, 1).parent = 'acme-holdings'),
    `${LABS}: field "parent": unknown organization "acme-holdings"`,
  ],
  [
    'parent is itself',
    (d) => (org(d, 1).parent = 'acme-labs'),
    `${LABS}: field "parent": must not be the organization itself`,
  ],
  [
    'parent chain loops',
    (d) => (org(d, 0).parent = 'acme-labs'),
    `${ACME}: field "parent": parent chain loops back on itself`,
  ],
  [
    'organization used nowhere',
    (d) =>
      d.organizations.push({
        id: 'zeta',
        name: 'Zeta',
        type: 'company',
        country: null,
        domain: null,
        aliases: [{ text: 'Zeta' }],
      }),
    `${ORGS}: organizations[3] (id "zeta"): is not a member of any initiative nor the parent of one that is`,
  ],
  [
    'duplicate organization id',
    (d) =>
      d.organizations.push({ ...org(d, 2), aliases: [{ text: 'Beta University', shared: true }] }),
    `${ORGS}: organizations[3] (id "beta-university"): field "id": duplicate id "beta-university"`,
  ],
  // --- order
  [
    'organizations out of order',
    (d) => d.organizations.reverse(),
    `${ORGS}: organizations[1] (id "acme-labs"): field "id": organizations must be sorted by id`,
  ],
  [
    'members out of order',
    (d) => pact(d).members.reverse(),
    `${PACT}: members[1] (org "acme-labs"): field "org": members must be sorted by org then joined`,
  ],
  [
    'same organization twice with the same date',
    (d) => pact(d).members.push({ ...member(d, 1) }),
    `${PACT}: members[2] (org "beta-university"): field "org": the same organization is listed twice`,
  ],
  // --- aliases
  [
    'alias claimed by two organizations',
    (d) => org(d, 2).aliases.push({ text: 'acme labs' }),
    `${BETA}: field "aliases[2].text": alias "acme labs" is also claimed by org "acme-labs"`,
  ],
  [
    'alias claimed by an organization and an initiative',
    (d) => org(d, 2).aliases.push({ text: 'Alpha Pact' }),
    `${BETA}: field "aliases[2].text": alias "Alpha Pact" is also claimed by initiative "alpha-pact"`,
  ],
  [
    'alias clash found across apostrophe forms',
    (d) => pact(d).aliases.push({ text: "Université d'Beta" }),
    `${PACT_REC}: field "aliases[2].text": alias "Université d'Beta" is also claimed by org "beta-university"`,
  ],
  [
    'former name clashes with an alias',
    (d) => org(d, 2).aliases.push({ text: 'Acme Widgets' }),
    `${BETA}: field "aliases[2].text": alias "Acme Widgets" is also claimed by org "acme"`,
  ],
  [
    'shared set on one side only',
    (d) => org(d, 2).aliases.push({ text: 'Acme Labs', shared: true }),
    `${LABS}: field "aliases[0].text": alias "Acme Labs" is also claimed by org "beta-university"`,
  ],
  [
    'shared set where nothing is shared',
    (d) => (org(d, 2).aliases[0].shared = true),
    `${BETA}: field "aliases[0].text": "shared" is set but no other`,
  ],
  [
    'the same alias twice',
    (d) => org(d, 2).aliases.push({ text: 'BETA UNIVERSITY' }),
    `${BETA}: field "aliases[2].text": duplicates "Beta University"`,
  ],
  [
    'a case-sensitive copy of a case-blind alias',
    (d) => org(d, 2).aliases.push({ text: 'BETA University', caseSensitive: true }),
    `${BETA}: field "aliases[2].text": duplicates "Beta University"`,
  ],
  [
    'display name missing from aliases',
    (d) => (org(d, 2).name = 'Beta Uni'),
    `${BETA}: field "aliases": must include the name "Beta Uni"`,
  ],
  [
    'French name missing from aliases',
    (d) => (pact(d).nameFr = 'Pacte Alpha'),
    `${PACT_REC}: field "aliases": must include the French name "Pacte Alpha"`,
  ],
];

describe('each rule catches its fault', () => {
  it.each(CASES)('%s', (_what, breakIt, expected) => {
    const problems = problemsAfter(breakIt);
    expect(
      problems.some((p) => p.startsWith(expected)),
      `expected a line starting\n  ${expected}\ngot\n  ${problems.join('\n  ')}`,
    ).toBe(true);
  });
});

describe('rules that must not fire', () => {
  it('allows two case-sensitive forms that differ only in case', () => {
    // The small dataset has "Acme" and "ACME", both case-sensitive.
    expect(problemsIn(toFiles(smallDataset()))).toEqual([]);
  });

  it('allows an alias on two targets when both entries are marked shared', () => {
    expect(
      problemsAfter((d) => {
        org(d, 2).aliases.push({ text: 'Alpha Pact', shared: true });
        pact(d).aliases[0].shared = true;
      }),
    ).toEqual([]);
  });

  it('accepts a parent that is not itself a member', () => {
    // "acme" is in no initiative but is the parent of "acme-labs".
    expect(
      smallDataset().initiatives[0].members.some((m: { org: string }) => m.org === 'acme'),
    ).toBe(false);
    expect(problemsIn(toFiles(smallDataset()))).toEqual([]);
  });

  it('sorts a null joined date after real dates of the same organization', () => {
    expect(
      problemsAfter((d) => {
        pact(d).members.splice(1, 0, {
          ...member(d, 1),
          joined: '2023-05',
          joinedVerified: true,
          joinedBefore: undefined,
        });
        delete member(d, 1).joinedBefore;
      }),
    ).toEqual([]);
  });
});

describe('files', () => {
  it('requires an initiative id to match its file name', () => {
    const files = toFiles(smallDataset());
    files.initiatives['alpha-pact.json'] = canonical({
      ...smallDataset().initiatives[0],
      id: 'beta-pact',
    });
    expect(problemsIn(files)).toEqual([
      `${PACT}: initiative "beta-pact": field "id": must match the file name (alpha-pact)`,
    ]);
  });

  it('rejects a file not written as JSON.stringify(value, null, 2) plus a newline', () => {
    const files = toFiles(smallDataset());
    files.organizations = JSON.stringify(JSON.parse(files.organizations!), null, 4) + '\n';
    expect(problemsIn(files)).toEqual([
      `${ORGS}: is not in canonical format (JSON.stringify with 2-space indent and a final newline); first difference at line 2`,
    ]);
  });

  it('rejects a missing final newline', () => {
    const files = toFiles(smallDataset());
    files.meta = files.meta!.trimEnd();
    expect(problemsIn(files)[0]).toMatch(/^data\/meta\.json: is not in canonical format/);
  });

  it('reports a file that is not JSON', () => {
    const files = toFiles(smallDataset());
    files.initiatives['alpha-pact.json'] = '{ "id": "alpha-pact", }';
    expect(problemsIn(files).join('\n')).toMatch(
      /^data\/initiatives\/alpha-pact\.json: is not valid JSON/m,
    );
  });

  it('reports missing files', () => {
    const problems = problemsIn({
      dir: 'data',
      meta: undefined,
      organizations: undefined,
      initiatives: {},
    });
    expect(problems).toEqual([
      'data/meta.json: is missing',
      'data/organizations.json: is missing',
      'data/initiatives/: holds no initiative files',
    ]);
  });

  it('requires organizations.json to hold an array', () => {
    const files = toFiles(smallDataset());
    files.organizations = canonical({ acme: {} });
    expect(problemsIn(files)).toContain(`${ORGS}: must be an array of organizations`);
  });
});

describe('problem reporting', () => {
  it('collects every problem in one error, one line each', () => {
    const data = smallDataset();
    member(data, 0).source = 'http://alpha.example';
    org(data, 0).country = 'us';
    data.meta.asOf = '2030-01-01';
    let error: unknown;
    try {
      checkSourceFiles(toFiles(data), { today: TODAY });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const message = (error as DatasetError).message;
    expect(message).toMatch(/^The dataset has 3 problems:\n/);
    expect(message).toContain(`  ${MEMBER0}: field "source": must be an https URL`);
    expect(message).toContain(`  ${ACME}: field "country": must be an ISO 3166 alpha-2 code`);
    expect(message).toContain('  data/meta.json: field "asOf": is in the future');
  });

  it('names the data directory it was given', () => {
    const files = { ...toFiles(smallDataset()), dir: 'tests/fixtures/x' };
    files.meta = canonical({ asOf: 'soon' });
    expect(problemsIn(files)).toEqual([
      'tests/fixtures/x/meta.json: field "asOf": must be an ISO date (YYYY-MM-DD)',
    ]);
  });
});

describe('helpers', () => {
  it.each([
    ['2024', 'year'],
    ['2024-02', 'month'],
    ['2024-02-29', 'day'],
    ['2023-02-29', null],
    ['2024-00', null],
    ['2024-04-31', null],
    ['24-01-01', null],
    ['2024-1-01', null],
  ])('datePrecision(%s) is %s', (text, expected) => {
    expect(datePrecision(text)).toBe(expected);
  });

  it('foldName folds case, curly apostrophes and spaces', () => {
    expect(foldName('Université de l’Illinois')).toBe(foldName("université  de l'illinois"));
    expect(foldName(' CERN ')).toBe('cern');
  });
});
