/**
 * Answers the content script's "what does this name's card say?" question.
 * Runs in the background, which holds the whole dataset once; the content
 * script in each frame carries only what it needs to find names. Pure:
 * request in, plain JSON-serializable card out.
 */
import {
  initiativeCardModel,
  orgCardModel,
  type InitiativeCardModel,
  type OrgCardModel,
} from './cards';
import type { DatasetQueries } from './dataset/query';
import { cardWords, type CardWords, type Locale } from './i18n';

/** `locale`: the language the frame reads in, for the card's words. */
export type CardRequest = { type: 'get-card'; locale: Locale } & (
  | { kind: 'org'; id: string; formerName?: string; hiddenInitiatives: string[] }
  | { kind: 'initiative'; id: string; orgIdsOnPage: string[] }
);

/** A card to render, with the words to render it in. */
export type CardReply =
  | { kind: 'org'; asOf: string; model: OrgCardModel; words: CardWords }
  | { kind: 'initiative'; asOf: string; model: InitiativeCardModel; words: CardWords }
  | { kind: 'unknown' };

export function answerCardRequest(
  queries: DatasetQueries,
  asOf: string,
  request: CardRequest,
): CardReply {
  const words: CardWords = cardWords(request.locale);
  if (request.kind === 'org') {
    const hidden = new Set(request.hiddenInitiatives);
    const model = orgCardModel(
      queries,
      request.id,
      { isInitiativeShown: (id) => !hidden.has(id) },
      request.formerName,
    );
    return model ? { kind: 'org', asOf, model, words } : { kind: 'unknown' };
  }
  const model = initiativeCardModel(queries, request.id, new Set(request.orgIdsOnPage));
  return model ? { kind: 'initiative', asOf, model, words } : { kind: 'unknown' };
}
