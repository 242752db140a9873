/**
 * Strings of the popup, the options page and the background's menu entry, in
 * English and French, on top of the card strings of `lib/i18n.ts` (kept apart
 * so the content script does not carry them).
 */
import type { Role } from './dataset/types';
import { createTranslatorWith, type CardMessageKey, type Locale, type Translator } from './i18n';

const en = {
  searchPlaceholder: 'Search organizations and initiatives',
  searchLabel: 'Search the dataset',
  noResults: 'No organization or initiative matches “{query}”.',
  onThisPage: 'On this page',
  nothingOnPage: 'No known organization on this page.',
  pageUnavailable: 'This page cannot be read by extensions.',
  thisSite: 'On {site}',
  siteOn: 'Enabled on this site',
  siteOff: 'Disabled on this site',
  openOptions: 'Settings',
  back: 'Back',
  timeline: 'Joins over time',
  mentions: '{count}×',
  matrixCaption: 'Who is in which initiative',
  initiativesOnPage: 'Initiatives named:',
  matrixMember: 'member',
  // Options
  optionsTitle: 'AI Alliances Lens settings',
  optEnabled: 'Mark organizations on pages',
  optHighlightStyle: 'Highlight style',
  styleUnderline: 'Dotted underline',
  styleBackground: 'Background',
  styleNone: 'None (names stay hoverable)',
  optHoverDelay: 'Hover delay',
  optAmbiguous: 'Also match ambiguous names (Meta, Apple, Amazon…)',
  optBadge: 'Show the count on the toolbar button',
  optShortcut: 'Keyboard shortcut for the card of the selected name:',
  shortcutNone: 'none set',
  changeShortcut: 'Change…',
  changeShortcutLabel: 'Change the keyboard shortcut',
  optInitiatives: 'Initiatives to show',
  showAllInitiatives: 'Show all',
  hideAllInitiatives: 'Hide all',
  optSites: 'Sites where the extension is off',
  addSite: 'Add',
  removeSite: 'Remove {site}',
  sitePlaceholder: 'example.com',
  reset: 'Reset to defaults',
  saved: 'Saved',
  menuLookUp: 'Look up in AI initiatives',
};

export type PageMessageKey = keyof typeof en;
export type MessageKey = CardMessageKey | PageMessageKey;

const fr: Record<PageMessageKey, string> = {
  searchPlaceholder: 'Chercher une organisation ou une initiative',
  searchLabel: 'Chercher dans les données',
  noResults: 'Aucune organisation ni initiative ne correspond à « {query} ».',
  onThisPage: 'Sur cette page',
  nothingOnPage: 'Aucune organisation connue sur cette page.',
  pageUnavailable: 'Cette page ne peut pas être lue par les extensions.',
  thisSite: 'Sur {site}',
  siteOn: 'Activée sur ce site',
  siteOff: 'Désactivée sur ce site',
  openOptions: 'Réglages',
  back: 'Retour',
  timeline: 'Adhésions dans le temps',
  mentions: '{count}×',
  matrixCaption: 'Qui est dans quelle initiative',
  initiativesOnPage: 'Initiatives citées :',
  matrixMember: 'membre',
  optionsTitle: 'Réglages d’AI Alliances Lens',
  optEnabled: 'Marquer les organisations sur les pages',
  optHighlightStyle: 'Style du marquage',
  styleUnderline: 'Soulignement pointillé',
  styleBackground: 'Surlignage',
  styleNone: 'Aucun (les noms restent survolables)',
  optHoverDelay: 'Délai de survol',
  optAmbiguous: 'Reconnaître aussi les noms ambigus (Meta, Apple, Amazon…)',
  optBadge: 'Afficher le nombre sur le bouton de la barre d’outils',
  optShortcut: 'Raccourci clavier pour la fiche du nom sélectionné :',
  shortcutNone: 'aucun',
  changeShortcut: 'Modifier…',
  changeShortcutLabel: 'Modifier le raccourci clavier',
  optInitiatives: 'Initiatives à afficher',
  showAllInitiatives: 'Tout afficher',
  hideAllInitiatives: 'Tout masquer',
  optSites: 'Sites où l’extension est désactivée',
  addSite: 'Ajouter',
  removeSite: 'Retirer {site}',
  sitePlaceholder: 'exemple.fr',
  reset: 'Rétablir les valeurs par défaut',
  saved: 'Enregistré',
  menuLookUp: 'Chercher dans les initiatives IA',
};

export type PageTranslator = Translator<MessageKey>;

export function createPageTranslator(locale: Locale): PageTranslator {
  return createTranslatorWith<PageMessageKey>(locale, { en, fr });
}

/** Roles as the heading of a group of members; a committee or a board stays one. */
const ROLE_GROUPS: Record<Locale, Record<Role, string>> = {
  en: {
    'co-founder': 'co-founders',
    'founding-member': 'founding members',
    member: 'members',
    signatory: 'signatories',
    partner: 'partners',
    sponsor: 'sponsors',
    'founding-sponsor': 'founding sponsors',
    'premier-sponsor': 'premier sponsors',
    'founding-premier-sponsor': 'founding premier sponsors',
    'premier-member': 'premier members',
    'steering-committee': 'steering committee',
    'founding-board': 'founding board',
    'reporting-organisation': 'reporting organisations',
  },
  fr: {
    'co-founder': 'cofondateurs',
    'founding-member': 'membres fondateurs',
    member: 'membres',
    signatory: 'signataires',
    partner: 'partenaires',
    sponsor: 'sponsors',
    'founding-sponsor': 'sponsors fondateurs',
    'premier-sponsor': 'sponsors premium',
    'founding-premier-sponsor': 'sponsors premium fondateurs',
    'premier-member': 'membres premium',
    'steering-committee': 'comité de pilotage',
    'founding-board': 'conseil fondateur',
    'reporting-organisation': 'organisations déclarantes',
  },
};

/** "signatories (16)", but "signatory (1)". */
export function roleGroupHeading(i18n: PageTranslator, role: Role, count: number): string {
  return `${count === 1 ? i18n.role(role) : ROLE_GROUPS[i18n.locale][role]} (${count})`;
}
