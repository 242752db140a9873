/**
 * Reads and checks the hand-edited dataset in `data/` (Node only).
 *
 * Every file is parsed and validated, every record on its own, and the
 * cross-file rules run over whatever passed; all problems are collected and
 * thrown together as one DatasetError whose lines read
 * `data/initiatives/ai-alliance.json: members[12] (org "foo"): field "source": must be an https URL`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { foldName } from './fold';
import {
  InitiativeHeaderSchema,
  MembershipSchema,
  MetaSchema,
  OrganizationSchema,
  type SourceAlias,
  type SourceDataset,
  type SourceInitiative,
  type SourceMembership,
  type SourceOrganization,
} from './schema';

export type { SourceDataset } from './schema';

export interface Problem {
  /** File as shown to the reader: `data/organizations.json`. */
  file: string;
  /** Which record: `organizations[3] (id "ibm")`, `members[12] (org "foo")`. */
  record?: string;
  /** Field path inside the record: `source`, `aliases[2].text`. */
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return [p.file, p.record, p.field === undefined ? undefined : `field "${p.field}"`, p.message]
    .filter((part) => part !== undefined)
    .join(': ');
}

export class DatasetError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const lines = problems.map((p) => `  ${formatProblem(p)}`);
    super(
      `The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`,
    );
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

/** The raw text of every data file, keyed by path relative to the data directory. */
export interface SourceFiles {
  /** Directory as shown in messages, e.g. `data`. */
  dir: string;
  meta: string | undefined;
  organizations: string | undefined;
  /** File name (`ai-alliance.json`) → text. */
  initiatives: Record<string, string>;
}

export interface CheckOptions {
  /** ISO day treated as today for the "not in the future" rule. Defaults to the real date. */
  today?: string;
}

export const META_FILE = 'meta.json';
export const ORGANIZATIONS_FILE = 'organizations.json';
export const INITIATIVES_DIR = 'initiatives';

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Initiative file names in `dataDir`, sorted; none when the folder is missing. */
function initiativeFileNames(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, INITIATIVES_DIR))
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
}

/** Every data file path under `dataDir` (for watch lists). */
export function listDataFiles(dataDir: string): string[] {
  return [
    join(dataDir, META_FILE),
    join(dataDir, ORGANIZATIONS_FILE),
    ...initiativeFileNames(dataDir).map((n) => join(dataDir, INITIATIVES_DIR, n)),
  ];
}

export function readSourceFiles(dataDir: string): SourceFiles {
  const initiatives: Record<string, string> = {};
  for (const name of initiativeFileNames(dataDir)) {
    initiatives[name] = readFileSync(join(dataDir, INITIATIVES_DIR, name), 'utf8');
  }
  return {
    dir: dataDir.replace(/\\/g, '/').replace(/\/+$/, ''),
    meta: readIfExists(join(dataDir, META_FILE)),
    organizations: readIfExists(join(dataDir, ORGANIZATIONS_FILE)),
    initiatives,
  };
}

/** Reads `dataDir`, validates everything and returns the dataset, or throws a DatasetError. */
export function loadDataset(dataDir: string, options: CheckOptions = {}): SourceDataset {
  return checkSourceFiles(readSourceFiles(dataDir), options);
}

// ---------------------------------------------------------------------------

function fieldPath(path: readonly { key: unknown }[] | undefined, skip = 0): string | undefined {
  if (!path || path.length <= skip) return undefined;
  let out = '';
  for (const item of path.slice(skip)) {
    out +=
      typeof item.key === 'number'
        ? `[${item.key}]`
        : out === ''
          ? String(item.key)
          : `.${String(item.key)}`;
  }
  return out;
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' || issue.type === 'object') {
    if (issue.expected === 'never') return 'unknown field';
    if (issue.received === 'undefined' && issue.path?.length) return 'is required';
    return 'must be an object';
  }
  return issue.message;
}

/** Validates `value` against `schema`; on failure reports each issue and returns undefined. */
function validate<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  report: (field: string | undefined, message: string) => void,
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  for (const issue of result.issues) report(fieldPath(issue.path), issueMessage(issue));
  return undefined;
}

function firstDifferentLine(a: string, b: string): number {
  const la = a.split('\n');
  const lb = b.split('\n');
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  return i + 1;
}

/** Parses a file and checks it is written exactly as `JSON.stringify(value, null, 2)` plus a newline. */
function parseJson(file: string, text: string, problems: Problem[]): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.push({ file, message: `is not valid JSON (${(error as Error).message})` });
    return undefined;
  }
  const canonical = JSON.stringify(value, null, 2) + '\n';
  if (text !== canonical) {
    problems.push({
      file,
      message: `is not in canonical format (JSON.stringify with 2-space indent and a final newline); first difference at line ${firstDifferentLine(text, canonical)}`,
    });
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a` ≤ `b` for ISO dates of any precision, compared on their common precision. */
function notAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

function memberSortKey(m: { org: string; joined: string | null }): string {
  // Null dates sort after every real date of the same org.
  return `${m.org}\u0000${m.joined ?? '\uffff'}`;
}

interface AliasClaim {
  fold: string;
  text: string;
  caseSensitive: boolean;
  shared: boolean;
  target: string; // "org:ibm" | "initiative:ai-alliance"
  problem: Omit<Problem, 'message'>;
}

/**
 * Checks already-read data files. Throws a DatasetError listing every problem,
 * or returns the validated dataset with initiatives ordered by id.
 */
export function checkSourceFiles(files: SourceFiles, options: CheckOptions = {}): SourceDataset {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const problems: Problem[] = [];
  const dir = files.dir;
  const metaFile = `${dir}/${META_FILE}`;
  const orgFile = `${dir}/${ORGANIZATIONS_FILE}`;

  const notFuture = (date: string | null | undefined, where: Omit<Problem, 'message'>) => {
    if (date && !notAfter(date, today))
      problems.push({ ...where, message: `is in the future (today is ${today})` });
  };

  // --- meta.json -----------------------------------------------------------
  let asOf = '';
  if (files.meta === undefined) {
    problems.push({ file: metaFile, message: 'is missing' });
  } else {
    const raw = parseJson(metaFile, files.meta, problems);
    if (raw !== undefined) {
      const meta = validate(MetaSchema, raw, (field, message) =>
        problems.push({ file: metaFile, field, message }),
      );
      if (meta) {
        asOf = meta.asOf;
        notFuture(meta.asOf, { file: metaFile, field: 'asOf' });
      }
    }
  }

  // --- organizations.json --------------------------------------------------
  const organizations: SourceOrganization[] = [];
  const orgRecords: { org: SourceOrganization; index: number }[] = [];
  // Ids and member orgs of records that failed validation still count for
  // references, so one bad record does not cause a cascade of problems.
  const knownOrgIds = new Set<string>();
  const usedOrgs = new Set<string>();
  if (files.organizations === undefined) {
    problems.push({ file: orgFile, message: 'is missing' });
  } else {
    const raw = parseJson(orgFile, files.organizations, problems);
    if (raw !== undefined && !Array.isArray(raw)) {
      problems.push({ file: orgFile, message: 'must be an array of organizations' });
    } else if (Array.isArray(raw)) {
      raw.forEach((item: unknown, index) => {
        if (isRecord(item) && typeof item.id === 'string') knownOrgIds.add(item.id);
        const id = isRecord(item) && typeof item.id === 'string' ? ` (id "${item.id}")` : '';
        const record = `organizations[${index}]${id}`;
        const org = validate(OrganizationSchema, item, (field, message) =>
          problems.push({ file: orgFile, record, field, message }),
        );
        if (org) {
          organizations.push(org);
          orgRecords.push({ org, index });
        }
      });
    }
  }
  const orgRecordName = (index: number, id: string) => `organizations[${index}] (id "${id}")`;

  // --- initiatives/*.json --------------------------------------------------
  const initiatives: SourceInitiative[] = [];
  const initiativeFiles: { initiative: SourceInitiative; file: string; memberIndex: number[] }[] =
    [];
  const fileNames = Object.keys(files.initiatives).sort();
  if (fileNames.length === 0)
    problems.push({ file: `${dir}/${INITIATIVES_DIR}/`, message: 'holds no initiative files' });
  for (const name of fileNames) {
    const file = `${dir}/${INITIATIVES_DIR}/${name}`;
    const raw = parseJson(file, files.initiatives[name] ?? '', problems);
    if (raw === undefined) continue;
    const idText =
      isRecord(raw) && typeof raw.id === 'string' ? raw.id : name.replace(/\.json$/, '');
    const record = `initiative "${idText}"`;
    const header = validate(InitiativeHeaderSchema, raw, (field, message) => {
      // Member problems are reported per member below, with the member named.
      if (field?.startsWith('members[')) return;
      problems.push({ file, record, field, message });
    });
    const rawMembers =
      isRecord(raw) && Array.isArray(raw.members) ? (raw.members as unknown[]) : [];
    const members: SourceMembership[] = [];
    const memberIndex: number[] = [];
    rawMembers.forEach((item, index) => {
      if (isRecord(item) && typeof item.org === 'string') usedOrgs.add(item.org);
      const org = isRecord(item) && typeof item.org === 'string' ? ` (org "${item.org}")` : '';
      const memberRecord = `members[${index}]${org}`;
      const member = validate(MembershipSchema, item, (field, message) =>
        problems.push({ file, record: memberRecord, field, message }),
      );
      if (member) {
        members.push(member);
        memberIndex.push(index);
      }
    });
    if (!header) continue;
    const initiative: SourceInitiative = { ...header, members };
    if (`${initiative.id}.json` !== name) {
      problems.push({
        file,
        record,
        field: 'id',
        message: `must match the file name (${name.replace(/\.json$/, '')})`,
      });
    }
    initiatives.push(initiative);
    initiativeFiles.push({ initiative, file, memberIndex });
  }

  // --- organizations: ids, order, parents ----------------------------------
  const orgById = new Map<string, SourceOrganization>();
  for (const { org, index } of orgRecords) {
    const record = orgRecordName(index, org.id);
    if (orgById.has(org.id))
      problems.push({ file: orgFile, record, field: 'id', message: `duplicate id "${org.id}"` });
    else orgById.set(org.id, org);
  }
  for (let i = 1; i < orgRecords.length; i++) {
    const prev = orgRecords[i - 1]!;
    const cur = orgRecords[i]!;
    if (cur.org.id < prev.org.id) {
      problems.push({
        file: orgFile,
        record: orgRecordName(cur.index, cur.org.id),
        field: 'id',
        message: `organizations must be sorted by id; "${cur.org.id}" comes after "${prev.org.id}"`,
      });
    }
  }
  for (const { org, index } of orgRecords) {
    const record = orgRecordName(index, org.id);
    if (org.parent !== undefined) {
      if (org.parent === org.id)
        problems.push({
          file: orgFile,
          record,
          field: 'parent',
          message: 'must not be the organization itself',
        });
      else if (!knownOrgIds.has(org.parent))
        problems.push({
          file: orgFile,
          record,
          field: 'parent',
          message: `unknown organization "${org.parent}"`,
        });
      else {
        // Walk up the chain to catch cycles (a → b → a).
        const seen = new Set([org.id]);
        let cur = orgById.get(org.parent);
        while (cur?.parent !== undefined && !seen.has(cur.id)) {
          seen.add(cur.id);
          cur = orgById.get(cur.parent);
        }
        if (cur && seen.has(cur.id))
          problems.push({
            file: orgFile,
            record,
            field: 'parent',
            message: 'parent chain loops back on itself',
          });
      }
    }
    org.formerNames?.forEach((former, i) =>
      notFuture(former.until, { file: orgFile, record, field: `formerNames[${i}].until` }),
    );
  }

  // --- initiatives: ids, dates, members -------------------------------------
  const initiativeIds = new Set<string>();
  for (const { initiative, file, memberIndex } of initiativeFiles) {
    const record = `initiative "${initiative.id}"`;
    if (initiativeIds.has(initiative.id))
      problems.push({
        file,
        record,
        field: 'id',
        message: `duplicate initiative id "${initiative.id}"`,
      });
    initiativeIds.add(initiative.id);
    notFuture(initiative.founded, { file, record, field: 'founded' });

    const seen = new Set<string>();
    initiative.members.forEach((m, i) => {
      const where = { file, record: `members[${memberIndex[i]}] (org "${m.org}")` };
      // Skipped when no organization was readable, so one broken file does not flood the report.
      if (orgRecords.length > 0 && !knownOrgIds.has(m.org)) {
        problems.push({
          ...where,
          field: 'org',
          message: `unknown organization "${m.org}" (add it to ${ORGANIZATIONS_FILE})`,
        });
      }
      const key = `${m.org}|${m.joined ?? ''}`;
      if (seen.has(key))
        problems.push({
          ...where,
          field: 'org',
          message: 'the same organization is listed twice with the same joined date',
        });
      seen.add(key);
      notFuture(m.joined, { ...where, field: 'joined' });
      notFuture(m.left, { ...where, field: 'left' });
      notFuture(m.joinedBefore, { ...where, field: 'joinedBefore' });
      if (m.joined && !notAfter(initiative.founded, m.joined)) {
        problems.push({
          ...where,
          field: 'joined',
          message: `is before the initiative was founded (${initiative.founded})`,
        });
      }
      if (m.joined && m.left && !notAfter(m.joined, m.left)) {
        problems.push({ ...where, field: 'left', message: `is before joined (${m.joined})` });
      }
      // French cards show the French detail: one without the other would
      // leave an English phrase in a French card, or a French one unused.
      if ((m.cohort === undefined) !== (m.cohortFr === undefined)) {
        problems.push({
          ...where,
          field: m.cohort === undefined ? 'cohortFr' : 'cohort',
          message:
            m.cohort === undefined
              ? 'needs a cohort, its English form'
              : 'needs a cohortFr, its French form',
        });
      }
      if (m.joined === null && m.joinedVerified) {
        problems.push({
          ...where,
          field: 'joinedVerified',
          message: 'must be false when joined is null',
        });
      }
      if (m.joined !== null && m.joinedBefore !== undefined) {
        problems.push({
          ...where,
          field: 'joinedBefore',
          message: 'is only for members whose joined date is null',
        });
      }
      if (m.leftSource !== undefined && m.left === undefined) {
        problems.push({ ...where, field: 'leftSource', message: 'needs a left date' });
      }
      if (i > 0) {
        const prev = initiative.members[i - 1]!;
        if (memberSortKey(m) < memberSortKey(prev)) {
          problems.push({
            ...where,
            field: 'org',
            message: `members must be sorted by org then joined; "${m.org}" ${m.joined ?? 'null'} comes after "${prev.org}" ${prev.joined ?? 'null'}`,
          });
        }
      }
    });
  }

  // Every organization must be a member somewhere, or the parent of one that is.
  if (initiativeFiles.length > 0) {
    const parentsOfUsed = new Set<string>();
    for (const id of usedOrgs) {
      let cur = orgById.get(id);
      const seen = new Set<string>();
      while (cur?.parent !== undefined && !seen.has(cur.id)) {
        seen.add(cur.id);
        parentsOfUsed.add(cur.parent);
        cur = orgById.get(cur.parent);
      }
    }
    for (const { org, index } of orgRecords) {
      if (!usedOrgs.has(org.id) && !parentsOfUsed.has(org.id)) {
        problems.push({
          file: orgFile,
          record: orgRecordName(index, org.id),
          message:
            'is not a member of any initiative nor the parent of one that is; remove it or add its membership',
        });
      }
    }
  }

  // --- aliases --------------------------------------------------------------
  const claims: AliasClaim[] = [];
  const checkAliases = (
    aliases: readonly SourceAlias[],
    name: string,
    target: string,
    where: Omit<Problem, 'message' | 'field'>,
  ) => {
    aliases.forEach((alias, i) => {
      const field = `aliases[${i}]`;
      if (alias.text.includes('\u2019')) {
        problems.push({
          ...where,
          field: `${field}.text`,
          message: "must use the straight apostrophe ' (the matcher folds ’)",
        });
      }
      if (alias.match === false && (alias.unlessPrecededBy || alias.unlessFollowedBy)) {
        problems.push({
          ...where,
          field,
          message: 'context words have no effect on an alias with "match": false',
        });
      }
      claims.push({
        fold: foldName(alias.text),
        text: alias.text,
        caseSensitive: alias.caseSensitive === true,
        shared: alias.shared === true,
        target,
        problem: { ...where, field: `${field}.text` },
      });
    });
    if (!aliases.some((a) => foldName(a.text) === foldName(name))) {
      problems.push({ ...where, field: 'aliases', message: `must include the name "${name}"` });
    }
  };
  for (const { org, index } of orgRecords) {
    const where = { file: orgFile, record: orgRecordName(index, org.id) };
    checkAliases(org.aliases, org.name, `org:${org.id}`, where);
    org.formerNames?.forEach((former, i) => {
      if (former.name.includes('\u2019')) {
        problems.push({
          ...where,
          field: `formerNames[${i}].name`,
          message: "must use the straight apostrophe ' (the matcher folds ’)",
        });
      }
      claims.push({
        fold: foldName(former.name),
        text: former.name,
        caseSensitive: false,
        shared: false,
        target: `org:${org.id}`,
        problem: { ...where, field: `formerNames[${i}].name` },
      });
    });
  }
  for (const { initiative, file } of initiativeFiles) {
    const where = { file, record: `initiative "${initiative.id}"` };
    checkAliases(initiative.aliases, initiative.name, `initiative:${initiative.id}`, where);
    if (
      initiative.nameFr &&
      !initiative.aliases.some((a) => foldName(a.text) === foldName(initiative.nameFr!))
    ) {
      problems.push({
        ...where,
        field: 'aliases',
        message: `must include the French name "${initiative.nameFr}"`,
      });
    }
  }
  const byFold = new Map<string, AliasClaim[]>();
  for (const claim of claims) {
    const list = byFold.get(claim.fold) ?? [];
    list.push(claim);
    byFold.set(claim.fold, list);
  }
  for (const list of byFold.values()) {
    const targets = new Set(list.map((c) => c.target));
    for (const claim of list) {
      const label = (t: string) => t.replace(':', ' "') + '"';
      if (targets.size > 1 && !claim.shared) {
        const others = [...targets].filter((t) => t !== claim.target).map(label);
        problems.push({
          ...claim.problem,
          message: `alias "${claim.text}" is also claimed by ${others.join(', ')}; if both really go by it, set "shared": true on each`,
        });
      }
      if (targets.size === 1 && claim.shared) {
        problems.push({
          ...claim.problem,
          message: `"shared" is set but no other organization or initiative uses "${claim.text}"`,
        });
      }
      // Two case-sensitive forms that differ in case ("Wiz", "WIZ") are distinct;
      // any other pair on the same target is a duplicate, reported on the later one.
      const earlier = list.slice(0, list.indexOf(claim));
      const duplicate = earlier.find(
        (c) =>
          c.target === claim.target &&
          (!c.caseSensitive || !claim.caseSensitive || c.text === claim.text),
      );
      if (duplicate) {
        problems.push({
          ...claim.problem,
          message: `duplicates "${duplicate.text}" (names are compared as the page matcher sees them: ignoring case, accents and apostrophe style)`,
        });
      }
    }
  }

  if (problems.length > 0) throw new DatasetError(problems);
  return {
    meta: { asOf },
    organizations,
    initiatives: [...initiatives].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
