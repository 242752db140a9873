/**
 * The closed vocabularies of the dataset as runtime lists, in a fixed order:
 * `schema.ts` validates against them and `pack.ts` stores their indexes, so
 * append new values at the end. Dependency-free (it ships in the content script).
 */
import type { OrgType, Role } from './types';

export const ROLES = [
  'co-founder',
  'founding-member',
  'member',
  'signatory',
  'partner',
  'sponsor',
  'founding-sponsor',
  'premier-sponsor',
  'founding-premier-sponsor',
  'premier-member',
  'steering-committee',
  'founding-board',
  'reporting-organisation',
] as const satisfies readonly Role[];

export const ORG_TYPES = [
  'company',
  'university',
  'nonprofit',
  'research-lab',
  'government',
  'industry-body',
] as const satisfies readonly OrgType[];

// Compile-time proof that the lists name every Role and OrgType.
type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
export const VOCABULARIES_COMPLETE: [
  Complete<Role, (typeof ROLES)[number]>,
  Complete<OrgType, (typeof ORG_TYPES)[number]>,
] = [true, true];
