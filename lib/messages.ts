/**
 * Messages between the content script, the popup and the background, and
 * their validation. Every receiver checks what it got: a message may come
 * from an older or newer version of the extension mid-update. Browser-free.
 */

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
export type ToBackgroundMessage = { type: 'page-names-changed'; orgIds: string[] };

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

export function parseToBackgroundMessage(value: unknown): ToBackgroundMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (
    value.type === 'page-names-changed' &&
    Array.isArray(value.orgIds) &&
    value.orgIds.every((id) => typeof id === 'string')
  ) {
    return { type: 'page-names-changed', orgIds: value.orgIds as string[] };
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
