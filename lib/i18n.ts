/**
 * UI strings in English and French, and the small formatting helpers the
 * cards need (roles, partial ISO dates). Kept in code rather than in
 * `_locales` so components stay pure (no browser API) and both languages are
 * type-checked to have every key. The manifest's own strings are in
 * `public/_locales`. Only the card strings live here, because the content
 * script carries them into every frame; the popup's and options page's own
 * strings are in `lib/i18n-pages.ts`.
 */
import type { Initiative, Membership, OrgType, Role } from './dataset/types';

export type Locale = 'en' | 'fr';

const en = {
  tooltipLabel: 'AI initiatives of {name}',
  initiativeTooltipLabel: 'About {name}',
  close: 'Close',
  noMemberships: 'Not a member of any initiative shown.',
  noMembershipsFiltered: 'Member only of initiatives you have hidden.',
  joined: 'since {date}',
  joinedOn: 'since {date}',
  left: 'left {date}',
  leftOn: 'left {date}',
  dateUnknown: 'date unknown',
  dateUnverified: 'date not confirmed',
  unverified: 'unverified',
  unverifiedTitle: 'The source does not confirm this membership.',
  source: 'source',
  sourceTitle: 'Open the source in a new tab',
  asOf: 'Data as of {date}',
  partOf: 'part of {name}',
  formerly: '{former} → {name}',
  founded: 'Founded {date}',
  foundedOn: 'Founded {date}',
  members: '{count} members',
  alsoOnPage: 'On this page',
  otherMembers: 'Other members',
  homepage: 'Homepage',
  moreMembers: '+{count} more',
};

/** Strings the cards need, in the tooltip and the popup alike. */
export type CardMessageKey = keyof typeof en;

const fr: Record<CardMessageKey, string> = {
  tooltipLabel: 'Initiatives IA de {name}',
  initiativeTooltipLabel: 'À propos de {name}',
  close: 'Fermer',
  noMemberships: 'Membre d’aucune initiative affichée.',
  noMembershipsFiltered: 'Membre seulement d’initiatives que vous avez masquées.',
  joined: 'depuis {date}',
  // A day takes "le" in French, a month or a year does not.
  joinedOn: 'depuis le {date}',
  // « départ », a noun: « parti » would have to agree with the member.
  left: 'départ en {date}',
  leftOn: 'départ le {date}',
  dateUnknown: 'date inconnue',
  dateUnverified: 'date non confirmée',
  unverified: 'non vérifié',
  unverifiedTitle: 'La source ne confirme pas cette adhésion.',
  source: 'source',
  sourceTitle: 'Ouvrir la source dans un nouvel onglet',
  asOf: 'Données au {date}',
  partOf: 'fait partie de {name}',
  formerly: '{former} → {name}',
  founded: 'Fondée en {date}',
  foundedOn: 'Fondée le {date}',
  members: '{count} membres',
  alsoOnPage: 'Sur cette page',
  otherMembers: 'Autres membres',
  homepage: 'Site officiel',
  moreMembers: '+{count} autres',
};

const ROLE_LABELS: Record<Locale, Record<Role, string>> = {
  en: {
    'co-founder': 'co-founder',
    'founding-member': 'founding member',
    member: 'member',
    signatory: 'signatory',
    partner: 'partner',
    sponsor: 'sponsor',
    'founding-sponsor': 'founding sponsor',
    'premier-sponsor': 'premier sponsor',
    'founding-premier-sponsor': 'founding premier sponsor',
    'premier-member': 'premier member',
    'steering-committee': 'steering committee',
    'founding-board': 'founding board',
    'reporting-organisation': 'reporting organisation',
  },
  fr: {
    'co-founder': 'cofondateur',
    'founding-member': 'membre fondateur',
    member: 'membre',
    signatory: 'signataire',
    partner: 'partenaire',
    sponsor: 'sponsor',
    'founding-sponsor': 'sponsor fondateur',
    'premier-sponsor': 'sponsor premium',
    'founding-premier-sponsor': 'sponsor premium fondateur',
    'premier-member': 'membre premium',
    'steering-committee': 'comité de pilotage',
    'founding-board': 'conseil fondateur',
    'reporting-organisation': 'organisation déclarante',
  },
};

const ORG_TYPE_LABELS: Record<Locale, Record<OrgType, string>> = {
  en: {
    company: 'company',
    university: 'university',
    nonprofit: 'non-profit',
    'research-lab': 'research lab',
    government: 'public body',
    'industry-body': 'industry body',
  },
  fr: {
    company: 'entreprise',
    university: 'université',
    nonprofit: 'organisation à but non lucratif',
    'research-lab': 'laboratoire de recherche',
    government: 'organisme public',
    'industry-body': 'organisation professionnelle',
  },
};

const CARD_MESSAGES: Record<Locale, Record<CardMessageKey, string>> = { en, fr };

/**
 * Every word a card needs in one language. The background sends these with
 * each card (`lib/card-service.ts`), so the content script, injected into
 * every frame, carries no dictionary of its own.
 */
export interface CardWords {
  locale: Locale;
  messages: Record<string, string>;
  roles: Record<Role, string>;
  orgTypes: Record<OrgType, string>;
  /**
   * Dates and country names already formatted, by ISO date and country
   * code. The first Intl formatter a page builds loads locale data, tens of
   * milliseconds on a busy machine: the background does that instead.
   */
  formatted?: Record<string, string>;
}

export function cardWords(locale: Locale): CardWords {
  return {
    locale,
    messages: CARD_MESSAGES[locale],
    roles: ROLE_LABELS[locale],
    orgTypes: ORG_TYPE_LABELS[locale],
  };
}

export interface Translator<Key extends string = CardMessageKey> {
  locale: Locale;
  t(key: Key, params?: Record<string, string | number>): string;
  role(role: Role): string;
  orgType(type: OrgType): string;
  /** "2023-12-05" → "5 Dec 2023"; "2024-02" → "Feb 2024"; "2024" → "2024". */
  date(iso: string): string;
  country(code: string): string;
}

/** An initiative's name and description in `locale`, when the dataset has them in it. */
export function localizedInitiative(initiative: Initiative, locale: Locale) {
  const fr = locale === 'fr';
  return {
    name: fr && initiative.nameFr ? initiative.nameFr : initiative.name,
    description: fr && initiative.descriptionFr ? initiative.descriptionFr : initiative.description,
  };
}

/** Initiatives with the name shown in `locale`, in the order a reader looks for them. */
export function initiativesByName(initiatives: readonly Initiative[], locale: Locale) {
  return initiatives
    .map((initiative) => ({ initiative, name: localizedInitiative(initiative, locale).name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** A membership's finer detail ("second round (September 2023)") in `locale`. */
export function localizedCohort(membership: Membership, locale: Locale): string | undefined {
  return (locale === 'fr' && membership.cohortFr) || membership.cohort;
}

/**
 * The message for a date phrase: `${key}On` for an ISO day ("joinedOn":
 * « depuis le 5 déc. 2023 »), `key` itself for a month or a year.
 */
export function dateKey<K extends string>(key: K, iso: string): K | `${K}On` {
  return iso.length > 7 ? `${key}On` : key;
}

/** 'fr' for any French browser language (fr, fr-CA…), English otherwise. */
export function pickLocale(language: string | undefined): Locale {
  // The whole subtag: "frr" (North Frisian) or "frp" (Arpitan) are not French.
  return language && /^fr(?:[-_]|$)/i.test(language) ? 'fr' : 'en';
}

export function createTranslator(locale: Locale): Translator {
  return translatorFor(cardWords(locale));
}

/** A translator for the card strings plus a page's own (`lib/i18n-pages.ts`). */
export function createTranslatorWith<Extra extends string>(
  locale: Locale,
  extra: Record<Locale, Record<Extra, string>>,
): Translator<CardMessageKey | Extra> {
  const words = cardWords(locale);
  return translatorFor({ ...words, messages: { ...words.messages, ...extra[locale] } });
}

/** A translator over the given words (what the content script builds from a card reply). */
export function translatorFor<Key extends string = CardMessageKey>(
  words: CardWords,
): Translator<Key> {
  const { locale, messages, roles, orgTypes } = words;
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  // Formatters are built on first use: each costs milliseconds, and the
  // content script creates a translator in every frame at start-up.
  let dayFormat: Intl.DateTimeFormat | undefined;
  let monthFormat: Intl.DateTimeFormat | undefined;
  let regionNames: Intl.DisplayNames | undefined;
  return {
    locale,
    t(key, params) {
      const text = messages[key] ?? key;
      if (!params) return text;
      // One pass, so a value that itself reads "{name}" is never substituted again.
      return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
        Object.hasOwn(params, name) ? String(params[name]) : placeholder,
      );
    },
    role: (role) => roles[role] ?? role,
    orgType: (type) => orgTypes[type] ?? type,
    date(iso) {
      const preformatted = words.formatted?.[iso];
      if (preformatted) return preformatted;
      // Anything else is shown as given: formatting an invalid date throws.
      const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
      if (!match) return iso;
      const [, year, month, day] = match;
      if (!month) return year ?? iso;
      const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
      // Date.UTC rolls "2024-13" or "2024-02-30" over into a real, wrong date.
      if (utc.getUTCMonth() !== Number(month) - 1) return iso;
      const format = day
        ? (dayFormat ??= new Intl.DateTimeFormat(tag, {
            day: 'numeric',
            month: 'short',
            year: 'numeric',
            timeZone: 'UTC',
          }))
        : (monthFormat ??= new Intl.DateTimeFormat(tag, {
            month: 'short',
            year: 'numeric',
            timeZone: 'UTC',
          }));
      const text = format.format(utc);
      // French writes the first of the month as an ordinal: « 1er août 2024 ».
      return locale === 'fr' && day === '01' ? text.replace(/^1(?!\d)/, '1er') : text;
    },
    country(code) {
      const preformatted = words.formatted?.[code];
      if (preformatted) return preformatted;
      try {
        regionNames ??= new Intl.DisplayNames([tag], { type: 'region' });
        return regionNames.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
