/**
 * Valibot schemas for the hand-edited files in `data/`: `meta.json`,
 * `organizations.json` and one `initiatives/<id>.json` per initiative.
 * Objects are strict (an unknown key is an error), and every message is
 * written to finish the sentence `field "x": …` in a DatasetError.
 * Cross-record rules (ids exist, sorting, alias clashes…) live in `load.ts`.
 */
import * as v from 'valibot';
import { ORG_TYPES, ROLES } from './vocab';

export { ORG_TYPES, ROLES };

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

/** Precision of an ISO date string, or null when it is not one or not a real date. */
export function datePrecision(text: string): DatePrecision | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return 'year';
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return 'month';
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth ? 'day' : null;
}

const PRECISION_FORMS: Record<DatePrecision, string> = {
  year: 'YYYY',
  month: 'YYYY-MM',
  day: 'YYYY-MM-DD',
};

function isoDate(...allowed: DatePrecision[]) {
  const forms = allowed.map((p) => PRECISION_FORMS[p]).join(' or ');
  return v.pipe(
    v.string('must be a string'),
    v.check((s) => DATE.test(s), `must be an ISO date (${forms})`),
    v.check((s) => !DATE.test(s) || datePrecision(s) !== null, 'must be a real calendar date'),
    v.check((s) => {
      const p = datePrecision(s);
      return p === null || allowed.includes(p);
    }, `must be written ${forms}`),
  );
}

const text = v.pipe(
  v.string('must be a string'),
  v.minLength(1, 'must not be empty'),
  v.check((s) => s.trim() === s, 'must not start or end with spaces'),
);

const id = v.pipe(
  v.string('must be a string'),
  v.regex(KEBAB, 'must be a kebab-case id (a-z, 0-9, -)'),
);

const httpsUrl = v.pipe(
  v.string('must be a string'),
  v.check((s) => {
    try {
      const url = new URL(s);
      return url.protocol === 'https:' && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be an https URL'),
);

const words = v.pipe(
  v.array(text, 'must be an array of words'),
  v.minLength(1, 'must not be empty (leave the field out instead)'),
);

export const AliasSchema = v.strictObject({
  text,
  lang: v.optional(v.picklist(['en', 'fr'], 'must be "en" or "fr"')),
  caseSensitive: v.optional(v.literal(true, 'must be true (leave it out otherwise)')),
  match: v.optional(v.literal(false, 'must be false (leave it out otherwise)')),
  unlessPrecededBy: v.optional(words),
  unlessFollowedBy: v.optional(words),
  shared: v.optional(v.literal(true, 'must be true (leave it out otherwise)')),
});

export const FormerNameSchema = v.strictObject({
  name: text,
  until: v.optional(isoDate('year', 'month', 'day')),
  match: v.optional(v.boolean('must be true or false')),
});

export const OrganizationSchema = v.strictObject({
  id,
  name: text,
  legalName: v.optional(text),
  type: v.picklist(ORG_TYPES, `must be one of ${ORG_TYPES.join(', ')}`),
  country: v.nullable(
    v.pipe(
      v.string('must be a string or null'),
      v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code (two capital letters) or null'),
    ),
  ),
  domain: v.nullable(
    v.pipe(
      v.string('must be a string or null'),
      v.regex(
        /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/,
        'must be a bare lower-case domain name (example.org) or null',
      ),
    ),
  ),
  parent: v.optional(id),
  aliases: v.pipe(
    v.array(AliasSchema, 'must be an array'),
    v.minLength(1, 'must list at least the display name'),
  ),
  formerNames: v.optional(
    v.pipe(v.array(FormerNameSchema, 'must be an array'), v.minLength(1, 'must not be empty')),
  ),
  note: v.optional(text),
});

export const MembershipSchema = v.strictObject({
  org: id,
  role: v.picklist(ROLES, `must be one of ${ROLES.join(', ')}`),
  cohort: v.optional(text),
  cohortFr: v.optional(text),
  joined: v.nullable(isoDate('month', 'day')),
  joinedVerified: v.boolean('must be true or false'),
  joinedBefore: v.optional(isoDate('year', 'month', 'day')),
  left: v.optional(isoDate('year', 'month', 'day')),
  leftSource: v.optional(httpsUrl),
  source: httpsUrl,
  confirmed: v.boolean('must be true or false'),
  note: v.optional(text),
});

const initiativeFields = {
  id,
  name: text,
  nameFr: v.optional(text),
  aliases: v.pipe(
    v.array(AliasSchema, 'must be an array'),
    v.minLength(1, 'must list at least the name'),
  ),
  description: v.pipe(text, v.maxLength(300, 'must be at most 300 characters')),
  descriptionFr: v.pipe(text, v.maxLength(360, 'must be at most 360 characters')),
  founded: isoDate('month', 'day'),
  homepage: httpsUrl,
  homepageVerified: v.optional(
    v.literal(false, 'must be false (leave it out when the page was read)'),
  ),
  membershipNote: v.optional(text),
};

/** An initiative file with its members left unchecked: `load.ts` checks each member on its own. */
export const InitiativeHeaderSchema = v.strictObject({
  ...initiativeFields,
  members: v.array(v.unknown(), 'must be an array'),
});

export const InitiativeSchema = v.strictObject({
  ...initiativeFields,
  members: v.array(MembershipSchema, 'must be an array'),
});

export const MetaSchema = v.strictObject({
  asOf: isoDate('day'),
});

export type SourceAlias = v.InferOutput<typeof AliasSchema>;
export type SourceFormerName = v.InferOutput<typeof FormerNameSchema>;
export type SourceOrganization = v.InferOutput<typeof OrganizationSchema>;
export type SourceMembership = v.InferOutput<typeof MembershipSchema>;
export type SourceInitiative = v.InferOutput<typeof InitiativeSchema>;
export type SourceMeta = v.InferOutput<typeof MetaSchema>;

/** Everything in `data/`, validated. */
export interface SourceDataset {
  meta: SourceMeta;
  organizations: SourceOrganization[];
  initiatives: SourceInitiative[];
}
