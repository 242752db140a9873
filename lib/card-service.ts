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

export type CardRequest =
  | { type: 'get-card'; kind: 'org'; id: string; formerName?: string; hiddenInitiatives: string[] }
  | { type: 'get-card'; kind: 'initiative'; id: string; orgIdsOnPage: string[] };

export type CardReply =
  | { kind: 'org'; asOf: string; model: OrgCardModel }
  | { kind: 'initiative'; asOf: string; model: InitiativeCardModel }
  | { kind: 'unknown' };

export function answerCardRequest(
  queries: DatasetQueries,
  asOf: string,
  request: CardRequest,
): CardReply {
  if (request.kind === 'org') {
    const hidden = new Set(request.hiddenInitiatives);
    const model = orgCardModel(
      queries,
      request.id,
      { isInitiativeShown: (id) => !hidden.has(id) },
      request.formerName,
    );
    return model ? { kind: 'org', asOf, model } : { kind: 'unknown' };
  }
  const model = initiativeCardModel(queries, request.id, new Set(request.orgIdsOnPage));
  return model ? { kind: 'initiative', asOf, model } : { kind: 'unknown' };
}
