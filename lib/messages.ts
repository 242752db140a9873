/**
 * Messages between the content script, the popup and the background, and
 * their validation. Every receiver checks what it got: a message may come
 * from an older or newer version of the extension mid-update. Browser-free.
 */
import type { CardReply, CardRequest } from './card-service';

/** The manifest's command that shows the card for the selected name. */
export const SHOW_CARD_COMMAND = 'show-card';

export interface PageNameCount {
  kind: 'org' | 'initiative';
  id: string;
  count: number;
}

export type ToContentMessage =
  | { type: 'get-page-names' }
  | { type: 'reveal-name'; kind: 'org' | 'initiative'; id: string }
  | { type: 'show-card-for-selection' };

/** A frame's distinct organization ids: the background unions frames for the badge. */
export type ToBackgroundMessage = { type: 'page-names-changed'; orgIds: string[] } | CardRequest;

export interface PageNamesReply {
  names: PageNameCount[];
  /** The page's site as the site switch keys it; the popup cannot read tab URLs itself. */
  site: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isKind = (value: unknown): value is 'org' | 'initiative' =>
  value === 'org' || value === 'initiative';

// NaN or Infinity would print as a count and break sorting by count.
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

export function parseToContentMessage(value: unknown): ToContentMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'get-page-names':
    case 'show-card-for-selection':
      return { type: value.type };
    case 'reveal-name':
      return isKind(value.kind) && typeof value.id === 'string'
        ? { type: 'reveal-name', kind: value.kind, id: value.id }
        : undefined;
    default:
      return undefined;
  }
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function parseToBackgroundMessage(value: unknown): ToBackgroundMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'get-card' && typeof value.id === 'string') {
    // An unknown language gets English words rather than no card.
    const locale = value.locale === 'fr' ? 'fr' : 'en';
    if (value.kind === 'org' && isStringList(value.hiddenInitiatives)) {
      const request: CardRequest = {
        type: 'get-card',
        locale,
        kind: 'org',
        id: value.id,
        hiddenInitiatives: value.hiddenInitiatives,
      };
      if (typeof value.formerName === 'string') request.formerName = value.formerName;
      return request;
    }
    if (value.kind === 'initiative' && isStringList(value.orgIdsOnPage)) {
      return {
        type: 'get-card',
        locale,
        kind: 'initiative',
        id: value.id,
        orgIdsOnPage: value.orgIdsOnPage,
      };
    }
    return undefined;
  }
  if (value.type === 'page-names-changed' && isStringList(value.orgIds)) {
    return { type: 'page-names-changed', orgIds: value.orgIds };
  }
  return undefined;
}

export function parsePageNamesReply(value: unknown): PageNamesReply | undefined {
  if (!isRecord(value) || !Array.isArray(value.names)) return undefined;
  const names: PageNameCount[] = [];
  for (const entry of value.names) {
    if (
      isRecord(entry) &&
      isKind(entry.kind) &&
      typeof entry.id === 'string' &&
      isCount(entry.count)
    ) {
      names.push({ kind: entry.kind, id: entry.id, count: entry.count });
    }
  }
  const site = typeof value.site === 'string' && value.site !== '' ? value.site : null;
  return { names, site };
}

/** A card reply from the background, checked only as far as its shape tag. */
export function parseCardReply(value: unknown): CardReply | undefined {
  if (!isRecord(value) || !isRecord(value.model) || typeof value.asOf !== 'string')
    return undefined;
  const words = value.words;
  const wordsOk =
    isRecord(words) &&
    isRecord(words.messages) &&
    isRecord(words.roles) &&
    isRecord(words.orgTypes) &&
    (words.locale === 'en' || words.locale === 'fr');
  if (!wordsOk) return undefined;
  return value.kind === 'org' || value.kind === 'initiative'
    ? (value as unknown as CardReply)
    : undefined;
}
